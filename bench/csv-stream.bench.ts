// CSV export memory: 100,000 claims streamed from a generator (as a database cursor would yield them) through
// createCsvStream into a sink that discards the bytes. Memory must stay flat: RSS is sampled as rows go by, and
// the figure that matters is the growth between row 10,000 and row 100,000 (the first rows pay for warm-up).
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ExportClaim, ExportPerson } from "../lib/exports/export-model";
import { createCsvStream } from "../lib/reports/render-csv";
import type { BenchResult } from "./types";

const ROWS = 100_000;
const EARLY = 10_000;
const FLAT_BUDGET_MB = 32;
const PEAK_BUDGET_MB = 64;
const MIN_ROWS_PER_SECOND = 10_000;
const MB = 1024 * 1024;

const STATUSES = ["VERIFIED", "DISPUTED", "UNSOURCED", "UNREVIEWED"] as const;
const people: ExportPerson[] = ["Ana Lima", "=Jörg Weiß", "Chloé Martin"].map((name, i) => ({ id: `p${i}`, name, email: `p${i}@example.org` }));
const WORDS = "the council said figures for 2024 showed a rise of 12 percent in rents while officials disputed the count".split(" ");
const TEXT = Array.from({ length: 20_000 }, (_, i) => WORDS[(i * 7) % WORDS.length]).join(" ");

/** Fresh claim objects, one at a time: nothing here keeps a reference to a claim once it has been yielded. */
function* claims(onRow: (row: number) => void): Generator<ExportClaim> {
  const when = new Date("2025-03-01T09:00:00Z");
  for (let i = 0; i < ROWS; i++) {
    const start = (i * 97) % (TEXT.length - 200);
    const end = start + 40 + (i % 60);
    onRow(i + 1);
    yield {
      id: `claim-${i}`,
      exact: TEXT.slice(start, end),
      prefix: TEXT.slice(start - 32, start),
      suffix: TEXT.slice(end, end + 32),
      start,
      end,
      status: STATUSES[i % 4],
      anchorState: "ANCHORED",
      note: null,
      noteText: i % 3 === 0 ? `+ checked against table ${i}\nsecond line` : "",
      claimSummary: null,
      sources: [{ url: `https://stats.example.org/${i}`, title: null, publisher: null, relation: "SUPPORTS", addedBy: people[0], createdAt: when }],
      assignee: people[i % 3],
      createdBy: people[0],
      reviewedBy: people[(i + 1) % 3],
      approvedBy: null,
      approvedAt: null,
      comments: [],
      createdAt: when,
      updatedAt: when,
    };
  }
}

export default async function csvStreamBench(): Promise<BenchResult[]> {
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  const start = process.memoryUsage.rss();
  let early = 0;
  let peak = start;
  const onRow = (row: number) => {
    if (row % 1_000 === 0) peak = Math.max(peak, process.memoryUsage.rss());
    if (row === EARLY) early = process.memoryUsage.rss();
  };
  const t0 = performance.now();
  await pipeline(createCsvStream(claims(onRow), { title: "Bench article", version: { number: 1, text: TEXT } }), sink);
  const seconds = (performance.now() - t0) / 1000;
  const late = process.memoryUsage.rss();
  const growth = (late - early) / MB;
  console.log(
    `csv-stream: ${ROWS.toLocaleString("en")} rows, ${Math.round(bytes / MB)} MB of CSV in ${seconds.toFixed(1)} s; RSS start ` +
      `${Math.round(start / MB)} MB, row ${EARLY.toLocaleString("en")} ${Math.round(early / MB)} MB, end ${Math.round(late / MB)} MB, peak ${Math.round(peak / MB)} MB`,
  );
  return [
    {
      figure: `CSV stream, RSS growth from row ${EARLY.toLocaleString("en")} to ${ROWS.toLocaleString("en")}`,
      value: Math.round(growth * 10) / 10,
      unit: "MB",
      target: `< ${FLAT_BUDGET_MB} MB (flat)`,
      pass: growth < FLAT_BUDGET_MB,
    },
    {
      figure: `CSV stream, peak RSS above start (${ROWS.toLocaleString("en")} claims)`,
      value: Math.round(((peak - start) / MB) * 10) / 10,
      unit: "MB",
      target: `< ${PEAK_BUDGET_MB} MB`,
      pass: (peak - start) / MB < PEAK_BUDGET_MB,
    },
    {
      figure: "CSV stream throughput",
      value: Math.round(ROWS / seconds),
      unit: "rows/s",
      target: `> ${MIN_ROWS_PER_SECOND.toLocaleString("en")} rows/s`,
      pass: ROWS / seconds > MIN_ROWS_PER_SECOND,
    },
  ];
}
