/**
 * Span offsets at the edges of characters: an article whose text puts 4-byte emoji, ZWJ sequences, combining marks
 * and direction marks right where spans start and end, and start/end pairs that land inside surrogate pairs.
 */
import fc from "fast-check";
import { createClaim } from "@/lib/claims/create-claim";
import type { Db } from "@/lib/db/client";
import { makeArticle } from "@/lib/demo/factories";
import { pathsOf, valueAt, withAt, type Path } from "./fuzz-values";
import type { World } from "./matrix-world";

export const EDGE_PARAGRAPHS = [
  "\u{1F389}Council\u{1F389} \u{1F469}\u200D\u{1F469}\u200D\u{1F467} approved the budget\u{1F389}",
  "\u200FThe mayor said e\u0301te\u0301 \u{1F389} would come\u200E early.",
  "\u{1D54F} Critics \u{1F3F3}\uFE0F\u200D\u{1F308} say there is no funding \u{1F389}",
];

/** The matrix's world, with its article and claim swapped for ones on the emoji-edged text. */
export async function makeEdgeWorld(db: Db, world: World): Promise<{ world: World; text: string }> {
  const { articleId } = await makeArticle(db, { teamId: world.teamId, userId: world.members.EDITOR.id, paragraphs: EDGE_PARAGRAPHS });
  const version = await db.articleVersion.findFirstOrThrow({ where: { articleId }, select: { text: true } });
  const start = version.text.indexOf("Council");
  const claim = await createClaim({ userId: world.members.REVIEWER.id, articleId, start, end: start + "Council".length }, db);
  return { world: { ...world, articleId, claimId: claim.id }, text: version.text };
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

/** Offsets inside surrogate pairs, either side of them, and at and past both ends of the text. */
function edgeOffsets(text: string): number[] {
  const offsets = new Set([-1, 0, 1, text.length - 1, text.length, text.length + 1]);
  for (let i = 1; i < text.length; i++) {
    if (isHigh(text.charCodeAt(i - 1))) [i - 1, i, i + 1].forEach((offset) => offsets.add(offset));
    if (/[\u200D\u200E\u200F\u0301\uFE0F]/.test(text[i])) [i, i + 1].forEach((offset) => offsets.add(offset));
  }
  return [...offsets].sort((a, b) => a - b);
}

/** Where a valid input holds a span: the parent path of numeric `start` and `end` keys. */
export function spanParents(valid: unknown): Path[] {
  return pathsOf(valid).filter((path) => {
    const node = valueAt(valid, path) as Record<string, unknown> | null;
    return typeof node === "object" && node !== null && typeof node.start === "number" && typeof node.end === "number";
  });
}

/**
 * Family (spans): start and end near character edges of `text`; where the span is the whole body (the API), also as
 * a quote whose exact words begin or end with half a surrogate pair.
 */
export function spansOf(valid: unknown, text: string): fc.Arbitrary<unknown> | null {
  const parents = spanParents(valid);
  if (parents.length === 0) return null;
  const edges = edgeOffsets(text);
  const offset = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...edges) }, { weight: 1, arbitrary: fc.integer({ min: -2, max: text.length + 2 }) });
  return fc.tuple(fc.constantFrom(...parents), offset, offset, fc.boolean()).map(([path, start, end, asQuote]) => {
    const parent = valueAt(valid, path) as Record<string, unknown>;
    const bodyIsSpan = Object.keys(parent).every((key) => key === "start" || key === "end");
    if (asQuote && bodyIsSpan && start >= 0 && end > start) return withAt(valid, path, { quote: { exact: text.slice(start, end) } });
    return withAt(withAt(valid, [...path, "start"], start), [...path, "end"], end);
  });
}

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Claims of the article whose stored quote is not the text it points at, or holds half a character. */
export async function brokenSpans(db: Db, articleId: string): Promise<string[]> {
  const claims = await db.claim.findMany({ where: { articleId }, select: { id: true, exact: true, start: true, end: true, version: { select: { text: true } } } });
  return claims
    .filter((claim) => LONE.test(claim.exact) || claim.exact !== claim.version.text.slice(claim.start, claim.end))
    .map((claim) => `claim ${claim.start}–${claim.end} stored ${JSON.stringify(claim.exact)} for ${JSON.stringify(claim.version.text.slice(claim.start, claim.end))}`);
}
