/**
 * `npm test`: every tier in turn (unit, database, browser), even when one fails, then one summary line
 * "N passed, N failed". Exits non-zero when any test failed or a tier could not run.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const results = path.join(root, ".test-results");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

type Tier = { name: string; command: string; args: string[]; report: string; count: (json: unknown) => { passed: number; failed: number } };

type JestReport = { numPassedTests: number; numFailedTests: number; numRuntimeErrorTestSuites: number };
const jestCount = (json: unknown) => {
  const report = json as JestReport;
  return { passed: report.numPassedTests, failed: report.numFailedTests + report.numRuntimeErrorTestSuites };
};
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number }; errors?: unknown[] };
const playwrightCount = (json: unknown) => {
  const { stats, errors } = json as PlaywrightReport;
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected + (errors?.length ?? 0) };
};

const TIERS: Tier[] = [
  { name: "unit", command: bin("jest"), args: ["--selectProjects", "unit", "--json", `--outputFile=${results}/unit.json`], report: "unit.json", count: jestCount },
  { name: "db", command: bin("jest"), args: ["--selectProjects", "db", "--runInBand", "--json", `--outputFile=${results}/db.json`], report: "db.json", count: jestCount },
  { name: "e2e", command: bin("playwright"), args: ["test"], report: "e2e.json", count: playwrightCount },
];

const only = process.argv.slice(2);
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;
const lines: string[] = [];
for (const tier of TIERS.filter((t) => only.length === 0 || only.includes(t.name))) {
  console.log(`\n=== ${tier.name} tests ===`);
  const run = spawnSync(tier.command, tier.args, { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const file = path.join(results, tier.report);
  let counts = { passed: 0, failed: 1 };
  if (existsSync(file)) {
    try {
      counts = tier.count(JSON.parse(readFileSync(file, "utf8")));
    } catch {
      // an unreadable report counts as one failure, below
    }
  }
  // A tier that exits non-zero without reporting a failed test still failed (a crash, a setup error).
  if (run.status !== 0 && counts.failed === 0) counts.failed = 1;
  passed += counts.passed;
  failed += counts.failed;
  lines.push(`${tier.name}: ${counts.passed} passed, ${counts.failed} failed`);
}
console.log(`\n${lines.join("\n")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
