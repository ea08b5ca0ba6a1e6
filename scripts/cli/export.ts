/** `export`: one article's review in any export format, to a file or to standard output, like the export URL. */
import { createWriteStream, renameSync, rmSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { EXPORT_FORMATS, FORMAT_SPECS } from "@/lib/exports/export-formats";
import { exportFiltersFromSearchParams } from "@/lib/exports/export-filters";
import { exportFormatSchema } from "@/lib/exports/export-response";
import { loadArticleExport } from "@/lib/exports/load-article-export";
import { emailSchema } from "@/lib/users/schemas";
import { parseInput, UsageError } from "./args";
import { baseUrlSchema, resolveBaseUrl } from "./base-url";
import { defineCommand } from "./command";
import { findUserByEmail } from "./lookups";

/** Formats that are not text: written to a terminal they would be garbage. */
const BINARY_FORMATS = new Set(["pdf", "docx"]);

const optionsSchema = z.object({
  article: z.string().trim().min(1, { error: "Give the article's id." }).max(64),
  format: exportFormatSchema,
  out: z.string().min(1).optional(),
  status: z.string().optional(),
  assignee: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  "base-url": baseUrlSchema,
});

/** The filter options, checked by the export URL's own parser; an assignee given as an e-mail is looked up later. */
function parseFilters(options: z.output<typeof optionsSchema>) {
  const assigneeEmail = options.assignee?.includes("@") ? emailSchema.safeParse(options.assignee) : null;
  if (assigneeEmail && !assigneeEmail.success) throw new UsageError(`--assignee: ${assigneeEmail.error.issues[0].message}`);
  const params = new URLSearchParams();
  for (const key of ["status", "from", "to"] as const) if (options[key] !== undefined) params.set(key, options[key]);
  if (options.assignee !== undefined && !assigneeEmail) params.set("assignee", options.assignee);
  const parsed = exportFiltersFromSearchParams(params);
  if (!parsed.ok) throw new UsageError(parsed.message);
  return { filters: parsed.filters, assigneeEmail: assigneeEmail?.data };
}

type Body = Awaited<ReturnType<(typeof FORMAT_SPECS)[keyof typeof FORMAT_SPECS]["render"]>>;

/** Streams (PDF, CSV) are piped as they are produced, so a large export never sits whole in memory. */
async function writeTo(destination: NodeJS.WritableStream, body: Body, end: boolean): Promise<void> {
  if (body instanceof Readable) return pipeline(body, destination, { end });
  await new Promise<void>((resolve, reject) => destination.write(body, (error) => (error ? reject(error) : resolve())));
}

export const exportCommand = defineCommand({
  name: "export",
  usage: `--article <id> --format ${EXPORT_FORMATS.join("|")} [--out <file>] [--status <s,...>] [--assignee <id|email|none>] [--from <YYYY-MM-DD>] [--to <YYYY-MM-DD>] [--base-url <url>]`,
  details: [
    "--article <id>      the article (the id in its address, /articles/<id>)",
    `--format <f>        ${EXPORT_FORMATS.join(", ")}`,
    "--out <file>        write to this file; without it the export goes to standard output (pdf and docx need --out on a terminal)",
    "--status <s,...>    only claims with these statuses: verified, disputed, unsourced, unreviewed",
    "--assignee <a>      only claims assigned to this member (user id or e-mail), or none for unassigned ones",
    "--from, --to <day>  only claims last changed on or after / on or before this day (UTC)",
    "--base-url <url>    Factdesk's address for links in the export (default: NEXTAUTH_URL, else http://localhost:$PORT)",
  ],
  examples: ["--article <id> --format pdf --out review.pdf", "--article <id> --format csv --status disputed,unsourced > disputed.csv"],
  options: {
    article: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    status: { type: "string" },
    assignee: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    "base-url": { type: "string" },
  },
  parse(values) {
    const options = parseInput(optionsSchema, values);
    if (!options.out && BINARY_FORMATS.has(options.format) && process.stdout.isTTY) {
      throw new UsageError(`A ${options.format} file cannot be shown in the terminal: add --out <file>, or redirect the output to a file.`);
    }
    return { ...options, ...parseFilters(options) };
  },
  async run(input, { db, out, onInterrupt }) {
    const found = await db.article.findUnique({ where: { id: input.article }, select: { id: true } });
    if (!found) throw new AppError("NOT_FOUND", `No article has the id ${input.article}.`);
    const filters = input.assigneeEmail ? { ...input.filters, assignee: (await findUserByEmail(db, input.assigneeEmail)).id } : input.filters;
    const article = await loadArticleExport({ articleId: found.id, filters, baseUrl: resolveBaseUrl(input["base-url"]) }, db);
    const body = await FORMAT_SPECS[input.format].render(article);
    if (!input.out) return writeTo(out, body, false);

    // Written beside the target and renamed into place, so an interrupted export never leaves a truncated file
    // under the name that looks finished.
    const partial = `${input.out}.partial`;
    onInterrupt(() => rmSync(partial, { force: true }));
    try {
      if (body instanceof Readable) await writeTo(createWriteStream(partial), body, true);
      else await writeFile(partial, body);
      renameSync(partial, input.out);
    } finally {
      rmSync(partial, { force: true });
    }
    const claims = article.claims.length;
    out.write(`Wrote ${input.out} (${FORMAT_SPECS[input.format].label}, ${statSync(input.out).size} bytes, ${claims} claim${claims === 1 ? "" : "s"}).\n`);
  },
});
