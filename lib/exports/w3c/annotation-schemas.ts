/**
 * Zod schemas for the parts of an uploaded Web Annotation that Factdesk reads. Messages complete the sentence
 * "Annotation 3 …", so the importer can name the annotation and what is wrong with it.
 */
import { z } from "zod";
import { isHttpUrl } from "@/lib/notes";

/** `type` may be one name or a list of names (JSON-LD allows both). */
export function hasType(value: unknown, name: string): boolean {
  if (!value || typeof value !== "object") return false;
  const type = (value as { type?: unknown; "@type"?: unknown }).type ?? (value as { "@type"?: unknown })["@type"];
  return type === name || (Array.isArray(type) && type.includes(name));
}

/** `purpose` (or `motivation`) may be one word or a list; Factdesk reads the first it knows. */
export const purposeSchema = z
  .union([z.string(), z.array(z.string())], { error: "has a body whose purpose is not a word such as commenting" })
  .transform((value) => (Array.isArray(value) ? value : [value]))
  .optional();

export const quoteSelectorSchema = z.object({
  exact: z
    .string({ error: "has a TextQuoteSelector without its exact words" })
    .min(1, { error: "has a TextQuoteSelector whose exact words are empty" }),
  prefix: z.string({ error: "has a TextQuoteSelector whose prefix is not text" }).optional(),
  suffix: z.string({ error: "has a TextQuoteSelector whose suffix is not text" }).optional(),
});

const offset = (name: "start" | "end") =>
  z
    .number({ error: `has a TextPositionSelector whose ${name} is not a number` })
    .int({ error: `has a TextPositionSelector whose ${name} is not a whole number` })
    .min(0, { error: `has a TextPositionSelector whose ${name} is negative` });

export const positionSelectorSchema = z
  .object({ start: offset("start"), end: offset("end") })
  .refine((s) => s.end > s.start, { error: "has a TextPositionSelector whose end is not after its start" });

export const textualBodySchema = z.object({
  value: z.string({ error: "has a TextualBody without a text value" }),
  format: z.string({ error: "has a TextualBody whose format is not a media type" }).optional(),
  purpose: purposeSchema,
});

const httpUrl = (what: string) =>
  z
    .string({ error: `has ${what} without a web address` })
    .max(2048, { error: `has ${what} whose web address is longer than 2,048 characters` })
    .refine(isHttpUrl, { error: `has ${what} that is not a web address starting with http:// or https://` });

const optionalText = (what: string) => z.string({ error: `has a source whose ${what} is not text` }).trim().max(500).optional();

/** A linked source: the body's `source` (a SpecificResource) or the body itself (an External Web Resource). */
export const sourceUrlSchema = httpUrl("a source");
export const sourceObjectSchema = z.object({ id: sourceUrlSchema, title: optionalText("title"), publisher: optionalText("publisher") });

export const relationSchema = z.string({ error: "has a source whose relation is not a word such as supports" }).optional();

/** The first message of a failed parse, or a generic one. */
export function firstMessage(error: z.ZodError, fallback: string): string {
  return error.issues[0]?.message ?? fallback;
}
