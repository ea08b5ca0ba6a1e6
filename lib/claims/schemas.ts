import { z } from "zod";
import { hasUnstorableCharacter } from "@/lib/notes/has-unstorable-character";

export const MAX_SOURCES_PER_CLAIM = 50;

// NUL and half of a surrogate pair cannot be stored (lib/notes/has-unstorable-character.ts).
const storable = (text: string) => !hasUnstorableCharacter(text);
const storableText = (what: string) => ({ error: `The ${what} contains a character that cannot be saved (a NUL character or half of an emoji). Remove it and try again.` });

export const idSchema = z
  .string({ error: "An id is missing." })
  .min(1)
  .max(64)
  .refine(storable, { error: "That id is not valid: ids never contain NUL characters or half of an emoji." });
export const claimStatusSchema = z.enum(["UNREVIEWED", "VERIFIED", "DISPUTED", "UNSOURCED"], {
  error: "The status must be one of Unreviewed, Verified, Disputed or Unsourced.",
});
const offset = z.number({ error: "A text position is missing." }).int({ error: "Text positions are whole numbers." }).min(0, { error: "The selection starts before the article." });
export const revisionSchema = z.number().int().min(1);

export const createClaimSchema = z
  .object({ articleId: idSchema, versionId: idSchema, start: offset, end: offset })
  .refine((input) => input.end > input.start, { error: "Select some text first: the selection is empty.", path: ["end"] });

export const reattachClaimSchema = z
  .object({
    claimId: idSchema,
    revision: revisionSchema,
    start: offset,
    end: offset,
    reason: z.enum(["selected", "accepted-suggestion"]).default("selected"),
  })
  .refine((input) => input.end > input.start, { error: "Select the claim's new words first: the selection is empty.", path: ["end"] });

export const claimRevisionSchema = z.object({ claimId: idSchema, revision: revisionSchema });

export const setStatusSchema = z.object({ claimId: idSchema, revision: revisionSchema, status: claimStatusSchema });

export const updateNoteSchema = z.object({ claimId: idSchema, revision: revisionSchema, note: z.unknown() });

export const httpUrlSchema = z
  .string({ error: "Enter the source's web address." })
  .trim()
  .min(1, { error: "Enter the source's web address." })
  .max(2048, { error: "That web address is too long (max 2,048 characters)." })
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
      } catch {
        return false;
      }
    },
    { error: "Sources must be web addresses starting with http:// or https://." },
  )
  .refine(storable, { error: "That web address contains a character that cannot be saved (a NUL character or half of an emoji)." });

export const addSourceSchema = z.object({
  claimId: idSchema,
  url: httpUrlSchema,
  title: z.string().trim().max(500, { error: "Keep the title under 500 characters." }).refine(storable, storableText("title")).optional().transform((v) => v || null),
  publisher: z.string().trim().max(200, { error: "Keep the publisher under 200 characters." }).refine(storable, storableText("publisher")).optional().transform((v) => v || null),
  relation: z.enum(["SUPPORTS", "CONTRADICTS", "CONTEXT"], { error: "Say whether the source supports, contradicts or gives context." }),
});

export const removeSourceSchema = z.object({ sourceId: idSchema });
export const claimIdSchema = z.object({ claimId: idSchema });

export type AddSourceInput = z.infer<typeof addSourceSchema>;
