/** Input schemas of the API that the server actions do not already have; everything else is imported from lib/. */
import { z } from "zod";
import { articleMetadataSchema, importSourceSchema } from "@/lib/articles/import-schemas";
import { claimStatusSchema, idSchema, revisionSchema } from "@/lib/claims/schemas";
import { exportFormatSchema } from "@/lib/exports/export-response";

export const articleParams = z.object({ articleId: idSchema });
export const claimParams = z.object({ claimId: idSchema });
export const sourceParams = z.object({ claimId: idSchema, sourceId: idSchema });

const limit = z.coerce
  .number({ error: "limit must be a number." })
  .int({ error: "limit must be a whole number." })
  .min(1, { error: "limit must be at least 1." })
  .max(100, { error: "limit can be at most 100." })
  .default(25)
  .describe("Items per page, 1 to 100 (default 25).");
const cursor = z.string().min(1).max(64).optional().describe("The nextCursor of the previous page.");

export const listArticlesQuery = z.object({
  limit,
  cursor,
  q: z.string().trim().min(1).max(200).optional().describe("Only articles whose title contains this, any case."),
  updatedSince: z.iso.datetime({ offset: true, error: "updatedSince must be an ISO 8601 date-time, e.g. 2026-11-01T00:00:00Z." }).optional(),
});

const statusList = z
  .string()
  .transform((value, ctx) => {
    const statuses = value.split(",").map((s) => s.trim().toUpperCase()).filter(Boolean);
    const parsed = z.array(claimStatusSchema).min(1).safeParse(statuses);
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", message: "status must list unreviewed, verified, disputed or unsourced, separated by commas." });
      return z.NEVER;
    }
    return parsed.data;
  })
  .optional()
  .describe("Comma-separated statuses, e.g. verified,disputed.");

export const listClaimsQuery = z.object({
  limit,
  cursor,
  status: statusList,
  assignee: z.string().min(1).max(64).optional().describe('A member\'s user id, or "none" for unassigned claims.'),
  includeDeleted: z.enum(["true", "false"], { error: "includeDeleted must be true or false." }).optional().transform((v) => v === "true"),
});

/** The import sources of the import dialog, plus HTML sent as a string (the importer reads it like a pasted page). */
export const apiImportSource = z.union([
  importSourceSchema,
  z.object({ kind: z.literal("html"), html: z.string().max(6_000_000, { error: "The HTML is over 5 MB; Factdesk imports up to 5 MB." }) }),
]);

export const createArticleBody = z.object({
  source: apiImportSource.describe('What to import: {"kind":"text","text"}, {"kind":"html","html"}, {"kind":"url","url"} or {"kind":"file","name","base64"}.'),
  metadata: articleMetadataSchema.partial().optional().describe("Overrides what the import found (title, byline, dates…)."),
});

export const addVersionBody = z.object({
  source: apiImportSource,
  basedOnNumber: z.number().int().min(1).optional().describe("Refuse (409) if the article has moved past this version number."),
});

const offset = z.number({ error: "start and end are text positions (numbers)." }).int().min(0);

export const createClaimBody = z
  .object({
    quote: z
      .object({
        exact: z.string().min(1, { error: "quote.exact is empty: give the claim's words." }).max(5000),
        prefix: z.string().max(500).optional(),
        suffix: z.string().max(500).optional(),
      })
      .optional()
      .describe("The claim's words, exactly as in the current version; prefix/suffix tell repeated passages apart."),
    start: offset.optional().describe("Or: the span's start in the current version's text (UTF-16 code units)."),
    end: offset.optional(),
    versionId: idSchema
      .optional()
      .describe(
        "The version the quote or start/end were read from (an article's `currentVersion.id`). With it, the claim is refused (409) when a newer version has come in since, instead of landing on other words.",
      ),
  })
  .strict()
  .refine((b) => (b.quote ? b.start === undefined && b.end === undefined : b.start !== undefined && b.end !== undefined), {
    error: "Give either quote, or both start and end.",
    path: ["quote"],
  })
  .refine((b) => b.quote || (b.end ?? 0) > (b.start ?? 0), { error: "end must be after start.", path: ["end"] });

export const updateClaimBody = z
  .object({
    revision: revisionSchema.describe("The claim's revision as you last read it."),
    status: claimStatusSchema.optional(),
    note: z.string().max(100_000).nullable().optional().describe("The note as plain text (one paragraph per line); null clears it."),
    assigneeId: idSchema.nullable().optional().describe("A member's user id; null unassigns."),
  })
  .strict();

export const exportQuery = z.object({
  format: exportFormatSchema,
  status: z.string().optional(),
  assignee: z.string().optional(),
  from: z.string().optional().describe("YYYY-MM-DD"),
  to: z.string().optional().describe("YYYY-MM-DD"),
  notes: z.enum(["0", "1"]).optional(),
  comments: z.enum(["0", "1"]).optional(),
});
