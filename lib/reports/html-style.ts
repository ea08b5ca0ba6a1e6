import type { ClaimStatus } from "@/lib/db/generated/enums";
import { INK, MUTED_INK, STATUS_COLORS, STATUS_ORDER } from "./status-colors";

/** The CSS class carrying a status's colours. */
export const statusClass = (status: ClaimStatus) => `s-${status.toLowerCase()}`;

const statusRules = STATUS_ORDER.map((status) => {
  const { solid, tint } = STATUS_COLORS[status];
  const c = `.${statusClass(status)}`;
  return `mark${c},${c} .context strong{background:${tint}}${c} .badge,.badge${c}{background:${solid};color:#fff}`;
}).join("\n");

/** The report's whole stylesheet, inlined so the file is self-contained and prints as it shows. */
export const REPORT_CSS = `
:root{color:${INK};font:15px/1.5 "Segoe UI",system-ui,-apple-system,"Helvetica Neue",Arial,sans-serif}
body{max-width:52rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.7rem;line-height:1.25;margin:0 0 .75rem}
h2{font-size:1.3rem;margin:2rem 0 .75rem;border-bottom:1px solid #d0d7de;padding-bottom:.25rem}
h3{font-size:1.05rem;margin:0 0 .5rem;display:flex;gap:.5rem;align-items:center}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0}
dl.meta dt,.claim dt{color:${MUTED_INK};font-weight:600}
dl.meta dd{margin:0}
table{border-collapse:collapse;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:600;padding-bottom:.25rem}
th,td{border:1px solid #d0d7de;padding:.25rem .6rem;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.chart text{font-size:13px;fill:${INK}}
.claim{border:1px solid #d0d7de;border-radius:6px;padding:.75rem 1rem;margin:0 0 1rem;break-inside:avoid}
.claim dl{display:grid;grid-template-columns:8rem 1fr;gap:.2rem .75rem;margin:.5rem 0 0}
.claim dd{margin:0;overflow-wrap:anywhere}
.claim dd p{margin:0 0 .25rem}
.context{margin:0;padding:.4rem .75rem;border-left:4px solid #d0d7de;background:#f6f8fa}
.badge{display:inline-block;border-radius:999px;padding:0 .6rem;font-size:.8rem;font-weight:600}
.muted{color:${MUTED_INK}}
.appendix p{margin:0 0 .8rem}
mark{color:inherit;padding:0 1px}
mark.overlap{box-shadow:inset 0 -2px 0 ${INK}}
sup.n{font-size:.7rem;font-weight:700;color:${INK};margin-right:1px}
sup.n a{color:inherit;text-decoration:none}
${statusRules}
@media print{
  :root{font-size:11pt}
  body{max-width:none;margin:0}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  a{color:inherit}
  h2{break-after:avoid}
  .appendix{break-before:page}
}
`;
