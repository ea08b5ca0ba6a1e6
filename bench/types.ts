/** One measured figure of `npm run bench`. */
export type BenchResult = {
  /** What was measured, e.g. "re-anchor 1,000 claims, 20,000 words, 5% edits (median)". */
  figure: string;
  value: number;
  unit: string;
  /** The budget in words, e.g. "< 200 ms". */
  target: string;
  pass: boolean;
};

/** Every `bench/*.bench.ts` default-exports one of these. */
export type Bench = () => Promise<BenchResult[]>;
