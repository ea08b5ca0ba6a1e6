/** `import`: a file or a web address into a team, through the same pipeline as the import dialog. */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { createArticle } from "@/lib/articles/create-article";
import { articleMetadataSchema, importSourceSchema, MAX_UPLOAD_BYTES, type ImportSource } from "@/lib/articles/import-schemas";
import { runImport } from "@/lib/articles/run-import";
import { articleUrl } from "@/lib/exports/claim-url";
import { emailSchema } from "@/lib/users/schemas";
import { parseInput, UsageError } from "./args";
import { baseUrlSchema, resolveBaseUrl } from "./base-url";
import { defineCommand } from "./command";
import { findTeam, findUserByEmail, memberAccess, teamOption } from "./lookups";

const optionsSchema = z
  .object({
    team: teamOption,
    as: emailSchema,
    file: z.string().min(1).optional(),
    url: z.string().optional(),
    title: articleMetadataSchema.shape.title.optional(),
    "base-url": baseUrlSchema,
  })
  .refine((options) => (options.file === undefined) !== (options.url === undefined), { error: "Give exactly one of --file <path> or --url <url>.", path: ["file"] });

/** The file as the import dialog uploads it: base64 bytes and the name, whose extension tells the importer the kind. */
function fileSource(file: string): ImportSource {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new UsageError(`--file: ${file} is not a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--file: No file at ${file}.`);
  }
  // Checked before reading, so a mistaken multi-gigabyte path is not loaded into memory.
  if (size > MAX_UPLOAD_BYTES) throw new UsageError(`--file: ${file} is over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; Factdesk imports files up to that size.`);
  return { kind: "file", name: path.basename(file), base64: readFileSync(file).toString("base64") };
}

function checkedSource(source: ImportSource, option: "file" | "url"): ImportSource {
  const parsed = importSourceSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  throw new UsageError(`--${option}: ${parsed.error.issues[0]?.message ?? "not something Factdesk can import."}`);
}

export const importCommand = defineCommand({
  name: "import",
  usage: "--team <id|name> --as <email> (--file <path> | --url <url>) [--title <t>] [--base-url <url>]",
  details: [
    "--team <id|name>    the team the article goes to",
    "--as <email>        the member recorded as importing it (an editor or owner of the team)",
    "--file <path>       a .txt, .md, .html or .docx file (up to 5 MB)",
    "--url <url>         a web page, fetched and cleaned like in the import dialog",
    "--title <t>         the title, instead of the one found in the article",
    "--base-url <url>    Factdesk's address for the printed link (default: NEXTAUTH_URL, else http://localhost:$PORT)",
    "Prints the article's id, title, word count and the address of its review page.",
  ],
  examples: ['--team "Politics desk" --as ana@newsroom.org --file ./budget.docx', '--team "Politics desk" --as ana@newsroom.org --url https://example.org/news/budget --title "Budget vote"'],
  options: { team: { type: "string" }, as: { type: "string" }, file: { type: "string" }, url: { type: "string" }, title: { type: "string" }, "base-url": { type: "string" } },
  parse(values) {
    const options = parseInput(optionsSchema, values);
    // Read now, before the database is opened: a wrong path is a typo, not a database matter.
    const source = options.file !== undefined ? checkedSource(fileSource(options.file), "file") : checkedSource({ kind: "url", url: options.url ?? "" }, "url");
    return { ...options, source };
  },
  async run(input, { db, out, say }) {
    const team = await findTeam(db, input.team);
    const user = await findUserByEmail(db, input.as);
    const access = await memberAccess(db, user, team, "article:import");
    const imported = await runImport(input.source);
    const title = input.title ?? imported.title;
    const { articleId } = await createArticle(
      {
        userId: access.userId,
        teamId: access.teamId,
        title,
        byline: imported.byline,
        sourceUrl: imported.sourceUrl,
        publishedAt: imported.publishedAt ? new Date(imported.publishedAt) : null,
        language: imported.language,
        siteName: imported.siteName,
        doc: imported.doc,
        importReport: imported.report,
      },
      db,
    );
    for (const warning of imported.report.warnings) say(`Import note: ${warning}`);
    if (imported.report.flags.length > 0) say(`${imported.report.flags.length} spot(s) in the text are flagged for checking (characters lost in the source).`);
    const words = imported.text.split(/\s+/).filter(Boolean).length;
    out.write(`Article: ${articleId}\nTitle: ${title}\nWords: ${words}\nReview: ${articleUrl(resolveBaseUrl(input["base-url"]), articleId)}\n`);
  },
});
