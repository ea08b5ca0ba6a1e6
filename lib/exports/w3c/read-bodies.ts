import type { ClaimStatus, SourceRelation } from "@/lib/db/generated/enums";
import { MAX_SOURCES_PER_CLAIM } from "@/lib/claims/schemas";
import {
  firstMessage,
  hasType,
  purposeSchema,
  relationSchema,
  sourceObjectSchema,
  sourceUrlSchema,
  textualBodySchema,
} from "./annotation-schemas";
import { htmlToText } from "./html-to-text";
import type { Read } from "./read-selectors";
import { relationFromTerm, statusFromLabel } from "./vocabulary";

export type ParsedSource = { url: string; relation: SourceRelation; title?: string; publisher?: string };
export type BodiesRead = { status?: ClaimStatus; noteText?: string; sources: ParsedSource[] };

type Annotationish = { body?: unknown; bodyValue?: unknown; motivation?: unknown };

/**
 * Reads what Factdesk keeps from an annotation's bodies: the verdict (purpose "assessing"), the note (commenting
 * text, preferring plain text in a Choice) and linked sources. Replies, tags and other text are left out: they
 * belong to people of another system.
 */
export function readBodies(annotation: Annotationish): Read<BodiesRead> {
  const motivation = purposeSchema.safeParse(annotation.motivation);
  const fallbackPurpose = motivation.success ? motivation.data?.[0] : undefined;
  const result: BodiesRead = { sources: [] };
  const notes: string[] = [];
  if (annotation.bodyValue !== undefined) {
    if (typeof annotation.bodyValue !== "string") return fail("has a bodyValue that is not text");
    notes.push(annotation.bodyValue);
  }
  const bodies = annotation.body === undefined ? [] : Array.isArray(annotation.body) ? annotation.body : [annotation.body];
  for (const raw of bodies) {
    const body = hasType(raw, "Choice") ? preferredItem(raw) : raw;
    if (typeof body === "string" || (body && typeof body === "object" && !isText(body))) {
      const source = readSource(body);
      if (!source.ok) return source;
      result.sources.push(source.value);
      continue;
    }
    const text = textualBodySchema.safeParse(body);
    if (!text.success) return fail(firstMessage(text.error, "has a body Factdesk cannot read"));
    const purpose = text.data.purpose?.[0] ?? fallbackPurpose;
    const value = text.data.format === "text/html" ? htmlToText(text.data.value) : text.data.value;
    if (purpose === "assessing") {
      const status = statusFromLabel(value);
      if (!status) return fail(`has the verdict "${value.slice(0, 40)}": Factdesk knows Verified, Disputed, Unsourced and Unreviewed`);
      result.status ??= status;
    } else if (purpose === undefined || purpose === "commenting") {
      if (value.trim() !== "") notes.push(value);
    }
  }
  if (result.sources.length > MAX_SOURCES_PER_CLAIM) {
    return fail(`has ${result.sources.length} sources; a claim holds at most ${MAX_SOURCES_PER_CLAIM}`);
  }
  if (notes.length > 0) result.noteText = notes.join("\n");
  return { ok: true, value: result };
}

const fail = (problem: string): { ok: false; problem: string } => ({ ok: false, problem });

/** A body is text when it says so, or carries a value and points at nothing. */
function isText(body: object): boolean {
  return hasType(body, "TextualBody") || ("value" in body && !("source" in body) && !("id" in body));
}

/** Of a Choice's alternatives, the plain-text one if there is one: it re-imports without loss. */
function preferredItem(choice: unknown): unknown {
  const items = (choice as { items?: unknown }).items;
  if (!Array.isArray(items) || items.length === 0) return choice;
  return items.find((item) => (item as { format?: unknown })?.format === "text/plain") ?? items[0];
}

function readSource(body: unknown): Read<ParsedSource> {
  const holder = body && typeof body === "object" && "source" in body ? (body as { source: unknown; relation?: unknown; purpose?: unknown }) : null;
  const link = holder ? holder.source : body;
  const parsed = typeof link === "string" ? sourceUrlSchema.safeParse(link) : sourceObjectSchema.safeParse(link);
  if (!parsed.success) return fail(firstMessage(parsed.error, "has a source Factdesk cannot read"));
  const relationTerm = relationSchema.safeParse(holder?.relation);
  if (!relationTerm.success) return fail(firstMessage(relationTerm.error, "has a source with an unreadable relation"));
  let relation: SourceRelation = "CONTEXT"; // a link from another tool says nothing of support: keep it as context
  if (relationTerm.data !== undefined) {
    const known = relationFromTerm(relationTerm.data);
    if (!known) return fail(`has a source with the relation "${relationTerm.data.slice(0, 40)}": use supports, contradicts or context`);
    relation = known;
  }
  const data = parsed.data;
  return typeof data === "string"
    ? { ok: true, value: { url: data, relation } }
    : { ok: true, value: { url: data.id, relation, ...(data.title ? { title: data.title } : {}), ...(data.publisher ? { publisher: data.publisher } : {}) } };
}
