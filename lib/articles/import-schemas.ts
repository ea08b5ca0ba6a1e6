import { z } from "zod";
import { isHttpUrl } from "@/lib/notes/is-http-url";

/** 5 MB of file, base64-encoded for the trip through a server action (4 characters per 3 bytes). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const MAX_BASE64 = Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 8;

export const importSourceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), text: z.string().max(6_000_000, { error: "The pasted text is over 5 MB; Factdesk imports up to 5 MB." }) }),
  z.object({
    kind: z.literal("url"),
    url: z.string().trim().max(2048).url({ error: "Enter a full web address, starting with https://" }),
  }),
  z.object({
    kind: z.literal("file"),
    name: z.string().min(1).max(255),
    contentType: z.string().max(255).optional(),
    base64: z.string().max(MAX_BASE64, { error: "The file is over 5 MB; Factdesk imports files up to 5 MB." }),
  }),
]);

export type ImportSource = z.infer<typeof importSourceSchema>;

export const articleMetadataSchema = z.object({
  title: z.string().trim().min(1, { error: "Give the article a title." }).max(500, { error: "Keep the title under 500 characters." }),
  byline: z.string().trim().max(500).nullable(),
  publishedAt: z.iso.datetime({ offset: true, error: "Enter the date as YYYY-MM-DD." }).nullable().or(z.iso.date().nullable()),
  // Shown as the "Original article" link: a javascript: or data: address would be a link that runs script.
  sourceUrl: z
    .string()
    .trim()
    .max(2048)
    .url({ error: "The source URL must be a full web address." })
    .refine(isHttpUrl, { error: "The source URL must be a web address starting with http:// or https://." })
    .nullable(),
  language: z.string().trim().max(35).nullable(),
  siteName: z.string().trim().max(200).nullable(),
});

export type ArticleMetadata = z.infer<typeof articleMetadataSchema>;
