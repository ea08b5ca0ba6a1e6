// PDF review report speed: an article of ~20,000 words (the shared corpus, repeated) with 1,000 claims in every
// status, each with a note, sources and sometimes comments; spans are random and so sometimes overlap, as
// real reviews do. Measures the whole stream read to its end (median of runs), on this machine's cores.
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ExportArticle, ExportClaim, ExportPerson } from "../lib/exports/export-model";
import { renderPdf } from "../lib/reports/render-pdf";
import { corpusArticles, randomSpan, seededRandom } from "../tests/unit/anchoring/support";
import type { BenchResult } from "./types";

const TARGET_WORDS = 20_000;
const CLAIMS = 1_000;
const WARM_UP = 1;
const RUNS = 5;
const BUDGET_MS = 5_000;

const STATUSES = ["VERIFIED", "DISPUTED", "UNSOURCED", "UNREVIEWED"] as const;
const RELATIONS = ["SUPPORTS", "CONTRADICTS", "CONTEXT"] as const;
const people: ExportPerson[] = ["Ana Lima", "Jörg Weiß", "Chloé Martin"].map((name, i) => ({ id: `p${i}`, name, email: `p${i}@example.org` }));

function articleText(): string {
  const corpus = corpusArticles();
  const blocks: string[] = [];
  for (let words = 0; words < TARGET_WORDS; ) {
    const next = corpus[blocks.length % corpus.length];
    blocks.push(next);
    words += next.split(/\s+/).length;
  }
  return blocks.join("\n\n");
}

export function benchArticle(): ExportArticle {
  const rng = seededRandom(1_000);
  const text = articleText();
  const when = new Date("2025-03-01T09:00:00Z");
  const claims = Array.from({ length: CLAIMS }, (_, i): ExportClaim => {
    const { start, end } = randomSpan(text, rng);
    const noteText = `Checked against the ministry’s figures (table ${i % 40}); the number is ${i % 3 === 0 ? "rounded" : "exact"}.`;
    return {
      id: `claim-${i}`,
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(end, end + 32),
      start,
      end,
      status: STATUSES[i % 4],
      anchorState: "ANCHORED",
      note: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: noteText }] }] },
      noteText,
      claimSummary: null,
      sources: Array.from({ length: 1 + (i % 2) }, (_, j) => ({
        url: `https://source${j}.example.org/report/${i}`,
        title: j === 0 ? `Official statistics, release ${i}` : null,
        publisher: j === 0 ? "Statistics Office" : null,
        relation: RELATIONS[(i + j) % 3],
        addedBy: people[j],
        createdAt: when,
      })),
      assignee: people[i % 3],
      createdBy: people[0],
      reviewedBy: people[(i + 1) % 3],
      approvedBy: i % 5 === 0 ? people[2] : null,
      approvedAt: i % 5 === 0 ? when : null,
      comments: i % 7 === 0 ? [{ author: people[1], text: "Second source agrees.", createdAt: when }] : [],
      createdAt: when,
      updatedAt: when,
    };
  });
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    id: "bench",
    title: "Benchmark article",
    byline: null,
    siteName: null,
    sourceUrl: "https://news.example.org/bench",
    publishedAt: null,
    language: "en",
    team: { id: "t", name: "Bench desk" },
    version: { id: "v", number: 1, createdAt: when, text },
    claims,
    reviewers: people,
    exportedAt: when,
    baseUrl: "https://factdesk.example.org",
  };
}

/** Renders the report into a sink that only counts bytes (the route pipes into the response the same way). */
async function renderOnce(article: ExportArticle): Promise<number> {
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  await pipeline(renderPdf(article), sink);
  return bytes;
}

export default async function reportPdfBench(): Promise<BenchResult[]> {
  const article = benchArticle();
  for (let i = 0; i < WARM_UP; i++) await renderOnce(article);
  const times: number[] = [];
  let bytes = 0;
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    bytes = await renderOnce(article);
    times.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  // Wall time is what a user waits; CPU time per render says how much of it was this process on a busy machine.
  console.log(`report-pdf: runs ${times.map(Math.round).join(", ")} ms; CPU ${Math.round((cpu.user + cpu.system) / 1000 / RUNS)} ms per render`);
  const words = article.version.text.split(/\s+/).length;
  return [
    {
      figure: `PDF report, ${CLAIMS.toLocaleString("en")} claims, ${words.toLocaleString("en")} words, ${Math.round(bytes / 1024)} KB (median of ${RUNS})`,
      value: Math.round(median),
      unit: "ms",
      target: `< ${BUDGET_MS} ms`,
      pass: median < BUDGET_MS,
    },
  ];
}
