/**
 * The words of Factdesk's Web Annotation format (https://www.w3.org/TR/annotation-model/), shared by the exporter
 * and the importer so the two cannot drift apart.
 */
import type { ClaimStatus, SourceRelation } from "@/lib/db/generated/enums";
import { STATUS_LABELS } from "../export-model";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** The media type the W3C Web Annotation Protocol gives annotations serialized as JSON-LD. */
export const WEB_ANNOTATION_MEDIA_TYPE = 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"';

/**
 * The model has no word for how a source bears on a claim, so Factdesk adds three terms beside the W3C context:
 * `relation` on a source body, and the source's `title` and `publisher` (Dublin Core). The namespace is a URN
 * because Factdesk installations have no shared domain; JSON-LD processors keep the terms, plain JSON readers
 * see ordinary keys.
 */
export const FACTDESK_CONTEXT = {
  factdesk: "urn:factdesk:vocab:",
  relation: "factdesk:sourceRelation",
  title: "dcterms:title",
  publisher: "dcterms:publisher",
} as const;

export const CONTEXT = [ANNO_CONTEXT, FACTDESK_CONTEXT] as const;

/** Source relations as written in the `relation` term. */
export const RELATION_TERMS: Record<SourceRelation, string> = { SUPPORTS: "supports", CONTRADICTS: "contradicts", CONTEXT: "context" };

/**
 * The W3C purpose closest to each relation: evidence for or against the claim is a link the reviewer followed;
 * background is a description of the subject. The exact relation travels in `relation`.
 */
export const RELATION_PURPOSES: Record<SourceRelation, "linking" | "describing"> = {
  SUPPORTS: "linking",
  CONTRADICTS: "linking",
  CONTEXT: "describing",
};

/** Reads a verdict written by any exporter that uses Factdesk's labels or status names, in any case. */
export function statusFromLabel(value: string): ClaimStatus | undefined {
  const wanted = value.trim().toLowerCase();
  for (const [status, label] of Object.entries(STATUS_LABELS) as [ClaimStatus, string][]) {
    if (label.toLowerCase() === wanted || status.toLowerCase() === wanted) return status;
  }
  return undefined;
}

export function relationFromTerm(value: string): SourceRelation | undefined {
  const wanted = value.trim().toLowerCase();
  for (const [relation, term] of Object.entries(RELATION_TERMS) as [SourceRelation, string][]) {
    if (term === wanted || relation.toLowerCase() === wanted) return relation;
  }
  return undefined;
}
