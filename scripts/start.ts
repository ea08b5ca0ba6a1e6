/**
 * `npm start`: database (embedded or DATABASE_URL), migrations, demo data, build when needed, then the web server.
 * `npm run dev` does the same with `next dev`. Ctrl-C stops the web server and the embedded database cleanly.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { dataDir } from "@/lib/config/data-dir";
import { loadOrCreateSecrets } from "@/lib/config/secrets";
import { isPortFree } from "@/lib/db/port-check";
import { env } from "@/lib/env";
import { DEMO_ACCOUNT } from "@/lib/demo/demo-content";
import { build, needsBuild } from "./lib-build";
import { prepareDatabase } from "./lib-database";
import { seedDemo } from "./lib-seed";

const root = path.resolve(__dirname, "..");
const dev = process.argv.includes("--dev");
const say = (line: string) => console.log(`[factdesk] ${line}`);

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("The web server stopped while starting; see the messages above.");
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`The web server did not answer at ${url} within ${Math.round(timeoutMs / 1000)} s.`);
}

async function main() {
  const config = env();
  const started = Date.now();
  if (!(await isPortFree(config.PORT, "0.0.0.0"))) {
    throw new Error(`Port ${config.PORT} is already in use. Stop the program using it, or start Factdesk on another port: PORT=3001 npm start`);
  }
  const folder = dataDir();
  const secrets = loadOrCreateSecrets(folder);
  const database = await prepareDatabase({
    root,
    databaseUrl: config.DATABASE_URL,
    dataDir: folder,
    embeddedPort: config.FACTDESK_DB_PORT,
    embeddedPassword: secrets.databasePassword,
    log: say,
  });
  const running: { server?: ChildProcess } = {};
  const shutdown = () => {
    if (running.server && running.server.exitCode === null) running.server.kill("SIGTERM");
    database.stop().finally(() => process.exit(0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);

  const seeded = await seedDemo(database.url);
  if (seeded) say("Created the demo team, account and article.");

  const baseUrl = config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`;
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: config.AUTH_SECRET ?? config.NEXTAUTH_SECRET ?? secrets.authSecret,
    NEXTAUTH_URL: baseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(config.PORT),
  };
  if (!dev && needsBuild(root)) {
    say("Building Factdesk (first start or changed sources; this takes a minute)...");
    build(root, { ...childEnv, NODE_ENV: "production" });
  }
  const next = path.join(root, "node_modules/next/dist/bin/next");
  const command = dev ? [next, "dev", "-p", String(config.PORT)] : [path.join(root, "scripts/serve.mjs"), "--port", String(config.PORT)];
  const server = spawn(process.execPath, command, {
    cwd: root,
    env: childEnv,
    stdio: ["ignore", "inherit", "inherit"],
  });
  running.server = server;
  server.on("exit", (code, signal) => {
    // Ctrl-C and `kill` reach the whole process group, so the web server often stops first: that is a normal stop.
    const askedToStop = signal === "SIGINT" || signal === "SIGTERM" || code === 130 || code === 143;
    if (!askedToStop) say(`The web server stopped unexpectedly (${signal ?? `exit code ${code}`}).`);
    database.stop().finally(() => process.exit(askedToStop ? 0 : (code ?? 1)));
  });
  await waitForHttp(`http://127.0.0.1:${config.PORT}/sign-in`, server, dev ? 120_000 : 60_000);
  say(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${baseUrl}`);
  say(`Demo sign-in: ${DEMO_ACCOUNT.email} / ${DEMO_ACCOUNT.password}`);
  say("Press Ctrl-C to stop.");
}

main().catch((error: unknown) => {
  console.error(`[factdesk] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
