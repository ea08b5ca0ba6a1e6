/**
 * `npm run db:restore -- <file> [--yes]`: replaces the app's database with a backup made by `npm run db:backup`.
 * A database that already holds data is only overwritten with --yes. The restore is one transaction: if anything
 * fails, the database is left exactly as it was.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import {
  assertCustomFormatDump,
  findPostgresTool,
  openAppDatabase,
  runPostgresTool,
  serverMajorVersion,
  tablesHoldingData,
  type OpenedDatabase,
} from "@/lib/db/backup-tools";

const say = (line: string) => console.log(`[factdesk] ${line}`);
const USAGE = "Usage: npm run db:restore -- <file> [--yes]";

async function main() {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { yes: { type: "boolean", default: false } } });
  if (positionals.length !== 1) throw new Error(USAGE);
  const file = path.resolve(positionals[0]);
  // Checked before the database is even opened, so a wrong file changes nothing anywhere.
  assertCustomFormatDump(file);

  const opened: { database?: OpenedDatabase } = {};
  const interrupted = () => {
    say("Interrupted; the restore transaction is rolled back and the database is unchanged.");
    void (opened.database?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);

  const database = await openAppDatabase({ createIfMissing: true, log: say });
  opened.database = database;
  try {
    const pgRestore = await findPostgresTool("pg_restore", await serverMajorVersion(database.url));
    const occupied = await tablesHoldingData(database.url);
    if (occupied.length > 0 && !values.yes) {
      const examples = occupied.slice(0, 5).join(", ") + (occupied.length > 5 ? ", ..." : "");
      throw new Error(
        `The database at ${database.where} already holds data (${occupied.length} table(s) with rows: ${examples}). ` +
          `Restoring replaces all of it. To go ahead: npm run db:restore -- ${positionals[0]} --yes`,
      );
    }
    const started = Date.now();
    await runPostgresTool(
      pgRestore,
      // --dbname is required: without it pg_restore prints SQL instead of restoring. The name is no secret;
      // the password stays in the environment.
      ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--no-password", `--dbname=${decodeURIComponent(new URL(database.url).pathname.slice(1))}`, file],
      database.url,
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    say(`Restored ${file} into ${database.where} with ${pgRestore.name} ${pgRestore.version} in ${seconds} s.`);
    say("Migrations newer than the backup are applied at the next `npm start`.");
  } finally {
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
