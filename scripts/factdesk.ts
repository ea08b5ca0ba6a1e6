/**
 * `npm run factdesk -- <command>`: the admin command line for newsroom operations and scripts. It calls the same
 * lib/ functions as the app, acting as an administrator (no session), on DATABASE_URL or the embedded database.
 * Exit codes: 0 done, 1 refused or failed (the message says why), 2 the command was mistyped.
 */
import { AppError } from "@/lib/errors/app-error";
import type { PreparedDatabase } from "./lib-database";
import { UsageError } from "./cli/args";
import { INVOCATION, type Command } from "./cli/command";

type Entry = { name: string; summary: string; load: () => Promise<Command> };

// Each command is loaded only when it runs: together they pull in the importer, the PDF and Word writers and
// Prisma, which would make `--help` and every typo take seconds.
const COMMANDS: Entry[] = [
  {
    name: "create-user",
    summary: "Create an account and its personal team, as sign-up does",
    load: async () => (await import("./cli/create-user")).createUserCommand,
  },
  {
    name: "create-team",
    summary: "Create a team owned by an existing user",
    load: async () => (await import("./cli/create-team")).createTeamCommand,
  },
  {
    name: "add-member",
    summary: "Add an existing user to a team with a role",
    load: async () => (await import("./cli/add-member")).addMemberCommand,
  },
  {
    name: "create-token",
    summary: "Create an API access token for a user in one of their teams (the secret is printed once)",
    load: async () => (await import("./cli/create-token")).createTokenCommand,
  },
  {
    name: "import",
    summary: "Import a file or a web address into a team as a new article",
    load: async () => (await import("./cli/import")).importCommand,
  },
  {
    name: "export",
    summary: "Export an article's review (PDF, HTML, Markdown, Word, CSV, W3C annotations, ClaimReview)",
    load: async () => (await import("./cli/export")).exportCommand,
  },
];

const say = (line: string) => process.stderr.write(`[factdesk] ${line}\n`);

function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    "Factdesk admin command line.",
    "",
    `Usage: ${INVOCATION} <command> [options]`,
    "",
    "Commands:",
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
    `Each command explains its options: ${INVOCATION} <command> --help`,
    "Without DATABASE_URL, commands use the embedded database in .data/ (or the one `npm start` is running).",
    "",
    "Examples:",
    `  ${INVOCATION} create-user --email ana@newsroom.org --name "Ana Silva"`,
    `  ${INVOCATION} create-team --name "Politics desk" --owner ana@newsroom.org`,
    `  ${INVOCATION} add-member --team "Politics desk" --email ben@newsroom.org --role reviewer`,
    `  ${INVOCATION} import --team "Politics desk" --as ana@newsroom.org --file ./budget.docx`,
    `  ${INVOCATION} export --article <id> --format pdf --out review.pdf`,
  ].join("\n");
}

/** Clean-up owed if the process is interrupted: a started server to stop, a half-written file to remove. */
const owed: { database?: Promise<PreparedDatabase>; cleanUps: (() => void)[] } = { cleanUps: [] };

function onSignal(signal: NodeJS.Signals, code: number) {
  process.once(signal, () => {
    say("Interrupted.");
    for (const cleanUp of owed.cleanUps) cleanUp();
    // Also waits for a server still starting, so it is stopped rather than left running.
    const stopped = owed.database?.then((database) => database.stop()) ?? Promise.resolve();
    void stopped.catch(() => {}).finally(() => process.exit(code));
  });
}

async function runCommand(entry: Entry, command: Command, argv: string[]): Promise<number> {
  const prepared = await command.prepare(argv);
  if (prepared.help) {
    process.stdout.write(`${entry.summary}.\n\n${command.helpText}\n`);
    return 0;
  }
  const { openDatabase } = await import("./cli/database");
  const { db } = await import("@/lib/db/client");
  owed.database = openDatabase(say);
  const database = await owed.database;
  try {
    // Set before the client is made, so any lib function that uses its default client reaches the same database.
    process.env.DATABASE_URL = database.url;
    const client = db();
    try {
      await prepared.run({ db: client, out: process.stdout, say, onInterrupt: (cleanUp) => owed.cleanUps.push(cleanUp) });
    } finally {
      await client.$disconnect();
    }
  } finally {
    await database.stop();
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--help" || name === "-h" || (name === "help" && rest.length === 0)) {
    process.stdout.write(`${overview()}\n`);
    return 0;
  }
  const wanted = name === "help" ? rest[0] : name;
  const entry = COMMANDS.find((each) => each.name === wanted);
  if (!entry) {
    process.stderr.write(`${wanted === undefined ? "Name a command." : `Unknown command "${wanted}".`}\n\n${overview()}\n`);
    return 2;
  }
  const command = await entry.load();
  try {
    return await runCommand(entry, command, name === "help" ? ["--help"] : rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\nUsage: ${command.usageLine}\nMore: ${INVOCATION} ${command.name} --help\n`);
      return 2;
    }
    throw error;
  }
}

onSignal("SIGINT", 130);
onSignal("SIGTERM", 143);
// `export ... | head` closes the pipe early; that is the reader's choice, not a failure worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
});

main(process.argv.slice(2)).then(
  // Let everything written to a pipe drain before exiting.
  (code) => process.stdout.write("", () => process.exit(code)),
  (error: unknown) => {
    // AppError messages are written for people; anything else is unexpected, and its message is still the best clue.
    const message = error instanceof Error ? error.message : String(error);
    say(error instanceof AppError ? message : `Failed: ${message}`);
    process.exit(1);
  },
);
