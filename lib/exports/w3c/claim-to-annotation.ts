import { noteToHtml } from "@/lib/notes";
import { articleUrl, claimUrl } from "../claim-url";
import { STATUS_LABELS, type ExportArticle, type ExportClaim, type ExportPerson, type ExportSource } from "../export-model";
import type { CodePointOffsets } from "./code-points";
import { RELATION_PURPOSES, RELATION_TERMS } from "./vocabulary";
import type { Agent, Annotation, Body, SourceBody, Target, TextualBody } from "./web-annotation-types";

/**
 * A person as an annotation agent: their Factdesk id and display name, never their e-mail address, which an export
 * may carry outside the team.
 */
export function agentOf(article: ExportArticle, person: ExportPerson): Agent {
  return { id: `${article.baseUrl}/members/${encodeURIComponent(person.id)}`, type: "Person", name: person.name ?? "Factdesk member" };
}

/** The newsroom team that reviewed an article, as the collection's creator. */
export function teamAgent(article: ExportArticle): Agent {
  return { id: `${article.baseUrl}/teams/${encodeURIComponent(article.team.id)}`, type: "Organization", name: article.team.name };
}

/** This Factdesk as the software that wrote the annotations. */
function generatorOf(article: ExportArticle): Agent {
  return { id: `${article.baseUrl}/`, type: "Software", name: "Factdesk", homepage: `${article.baseUrl}/` };
}

/** One claim as one W3C annotation: the verdict, note and sources as bodies; the quoted words as the target. */
export function claimToAnnotation(article: ExportArticle, claim: ExportClaim, offsets: CodePointOffsets): Annotation {
  return {
    id: claimUrl(article.baseUrl, article.id, claim.id),
    type: "Annotation",
    motivation: "assessing",
    created: claim.createdAt.toISOString(),
    modified: claim.updatedAt.toISOString(),
    creator: agentOf(article, claim.createdBy),
    generator: generatorOf(article),
    generated: article.exportedAt.toISOString(),
    body: bodiesOf(article, claim),
    target: targetOf(article, claim, offsets),
  };
}

function bodiesOf(article: ExportArticle, claim: ExportClaim): Body[] {
  const bodies: Body[] = [
    {
      type: "TextualBody",
      purpose: "assessing",
      value: STATUS_LABELS[claim.status],
      format: "text/plain",
      language: "en",
      creator: agentOf(article, claim.reviewedBy),
      modified: claim.updatedAt.toISOString(),
    },
  ];
  if (claim.claimSummary) {
    bodies.push({ type: "TextualBody", purpose: "describing", value: claim.claimSummary, format: "text/plain" });
  }
  if (claim.noteText.trim() !== "") {
    const text: TextualBody = { type: "TextualBody", purpose: "commenting", value: claim.noteText, format: "text/plain" };
    // The formatted note for readers that show HTML, the plain one for the rest (and for re-import).
    bodies.push(claim.note ? { type: "Choice", items: [{ ...text, value: noteToHtml(claim.note), format: "text/html" }, text] } : text);
  }
  for (const source of claim.sources) bodies.push(sourceBody(article, source));
  for (const comment of claim.comments) {
    bodies.push({
      type: "TextualBody",
      purpose: "replying",
      value: comment.text,
      format: "text/plain",
      creator: agentOf(article, comment.author),
      created: comment.createdAt.toISOString(),
    });
  }
  return bodies;
}

function sourceBody(article: ExportArticle, source: ExportSource): SourceBody {
  return {
    type: "SpecificResource",
    purpose: RELATION_PURPOSES[source.relation],
    relation: RELATION_TERMS[source.relation],
    source: {
      id: source.url,
      ...(source.title ? { title: source.title } : {}),
      ...(source.publisher ? { publisher: source.publisher } : {}),
    },
    creator: agentOf(article, source.addedBy),
    created: source.createdAt.toISOString(),
  };
}

function targetOf(article: ExportArticle, claim: ExportClaim, offsets: CodePointOffsets): Target {
  const source = article.sourceUrl ?? articleUrl(article.baseUrl, article.id);
  const quote = { type: "TextQuoteSelector" as const, exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix };
  // A claim that found no place in this version has no position here, and its quote comes from an older text.
  if (claim.start >= claim.end) return { type: "SpecificResource", source, selector: [quote] };
  return {
    type: "SpecificResource",
    source,
    selector: [quote, { type: "TextPositionSelector", start: offsets.toCodePoints(claim.start), end: offsets.toCodePoints(claim.end) }],
    // The positions count characters of the text as Factdesk stored it at this date.
    state: { type: "TimeState", sourceDate: article.version.createdAt.toISOString() },
  };
}
