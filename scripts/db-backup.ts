/**
 * `npm run db:backup -- [file]`: a pg_dump custom-format (-Fc) backup of the app's database, by default to
 * `<data dir>/backups/factdesk-<timestamp>.dump`. Migrations are deliberately not applied first (unlike `npm start`):
 * a backup taken before an upgrade must hold the database as it was.
 */
import { chmodSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { findPostgresTool, openAppDatabase, runPostgresTool, serverMajorVersion, type OpenedDatabase } from "@/lib/db/backup-tools";
import { dataDir } from "@/lib/config/data-dir";

const say = (line: string) => console.log(`[factdesk] ${line}`);

function defaultBackupFile(): string {
  const stamp = new Date().toISOString().replace(/\.\d+Z$/, "Z").replace(/:/g, "-");
  return path.join(dataDir(), "backups", `factdesk-${stamp}.dump`);
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["kB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

async function main() {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length > 1) throw new Error("Usage: npm run db:backup -- [file]");
  const file = path.resolve(positionals[0] ?? defaultBackupFile());
  // pg_dump writes beside the target and the result is renamed into place, so an interrupted backup never leaves a
  // truncated file under a name that looks complete.
  const partial = `${file}.partial`;

  const opened: { database?: OpenedDatabase } = {};
  const interrupted = () => {
    rmSync(partial, { force: true });
    say("Interrupted; no backup was written.");
    void (opened.database?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);

  const database = await openAppDatabase({ createIfMissing: false, log: say });
  opened.database = database;
  try {
    const pgDump = await findPostgresTool("pg_dump", await serverMajorVersion(database.url));
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const started = Date.now();
    await runPostgresTool(pgDump, ["--format=custom", "--no-password", `--file=${partial}`], database.url);
    // The dump holds password hashes and tokens: readable by its owner only.
    chmodSync(partial, 0o600);
    renameSync(partial, file);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    say(`Backed up ${database.where} with ${pgDump.name} ${pgDump.version} in ${seconds} s.`);
    say(`Backup: ${file} (${formatSize(statSync(file).size)})`);
  } finally {
    rmSync(partial, { force: true });
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[factdesk] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
