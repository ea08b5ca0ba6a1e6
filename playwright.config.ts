/**
 * Browser tier: Playwright drives Debian's Chromium (never a downloaded browser) against a Factdesk started from
 * scratch on its own embedded database in .test-data/e2e.
 */
import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  throw new Error(
    `Chromium was not found at ${chromium}, so the browser tests cannot run. Install it with:\n` +
      `  sudo apt-get update && sudo apt-get install -y chromium fonts-liberation\n` +
      `or point CHROMIUM_PATH at a Chromium binary.`,
  );
}

const port = Number(process.env.E2E_PORT ?? 3100);
// Chosen once, in the runner process, and inherited by the workers: tests that check the database reach it here.
process.env.E2E_DB_PORT ??= String(40000 + (process.pid % 20000));
const dbPort = Number(process.env.E2E_DB_PORT);
export const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: ".test-results/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: {
    command: "rm -rf .test-data/e2e && node node_modules/tsx/dist/cli.mjs scripts/start.ts",
    url: `${baseURL}/sign-in`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: {
      DATABASE_URL: "",
      FACTDESK_DATA_DIR: ".test-data/e2e",
      PORT: String(port),
      FACTDESK_DB_PORT: String(dbPort),
      NEXTAUTH_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      // Webhook tests deliver to a receiver on this machine, and watch a retry happen within seconds, not minutes.
      FACTDESK_WEBHOOKS_ALLOW_PRIVATE: "1",
      FACTDESK_WEBHOOK_RETRY_BASE_MS: "1000",
      FACTDESK_WEBHOOK_POLL_MS: "250",
    },
  },
});
