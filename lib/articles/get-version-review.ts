import { wordDiff, type DiffPart } from "@/lib/anchoring";
import { claimViewSelect, toClaimView, type ClaimView } from "@/lib/claims/claim-view";
import { db, type Db } from "@/lib/db/client";
import type { AnchorState } from "@/lib/db/generated/enums";
import type { DocNode } from "./doc-text";

/** Characters of context shown on each side of a claim when comparing where it was with where it is. */
const CONTEXT = 60;

export type SpanInText = { start: number; end: number; before: string; quote: string; after: string };

export type PlacementReview = {
  claim: ClaimView;
  state: AnchorState;
  score: number;
  /** Where the claim sat in the version before (null for a claim created on this version). */
  was: (SpanInText & { versionNumber: number }) | null;
  /** Where it sits in this version; for a doubtful match, the suggestion that was not applied. */
  now: SpanInText | null;
  suggestion: SpanInText | null;
  /** Word diff from the old words (with context) to the new ones, for moved and doubtful claims. */
  diff: DiffPart[] | null;
};

export type VersionReview = {
  articleId: string;
  title: string;
  version: { id: string; number: number; doc: DocNode; createdAt: string; createdBy: string };
  latestNumber: number;
  placements: PlacementReview[];
};

function spanIn(text: string, start: number, end: number): SpanInText {
  return {
    start,
    end,
    before: text.slice(Math.max(0, start - CONTEXT), start),
    quote: text.slice(start, end),
    after: text.slice(end, end + CONTEXT),
  };
}

const wordsOf = (span: SpanInText) => `${span.before}${span.quote}${span.after}`;

/**
 * One version as the outcome of a revision: every claim's placement on it, with where the claim was before, so an
 * editor can confirm moves, accept or refuse suggestions, and see what became of claims whose words went away.
 */
export async function getVersionReview(articleId: string, number: number, client: Db = db()): Promise<VersionReview | null> {
  const version = await client.articleVersion.findUnique({
    where: { articleId_number: { articleId, number } },
    select: { id: true, number: true, doc: true, text: true, createdAt: true, createdBy: { select: { name: true, email: true } }, article: { select: { title: true } } },
  });
  if (!version) return null;
  const [latest, placements] = await Promise.all([
    client.articleVersion.findFirstOrThrow({ where: { articleId }, orderBy: { number: "desc" }, select: { number: true } }),
    client.claimPlacement.findMany({
      where: { versionId: version.id, claim: { deletedAt: null } },
      select: { claimId: true, state: true, start: true, end: true, score: true, candidateStart: true, candidateEnd: true, claim: { select: claimViewSelect } },
    }),
  ]);
  // Where each claim sat last before this version: its newest earlier placement that had a span.
  const earlier = await client.claimPlacement.findMany({
    where: { claimId: { in: placements.map((p) => p.claimId) }, version: { articleId, number: { lt: number } }, start: { not: null } },
    orderBy: { version: { number: "desc" } },
    select: { claimId: true, start: true, end: true, version: { select: { number: true, id: true } } },
  });
  const previousOf = new Map<string, (typeof earlier)[number]>();
  for (const row of earlier) if (!previousOf.has(row.claimId)) previousOf.set(row.claimId, row);
  const textIds = [...new Set([...previousOf.values()].map((row) => row.version.id))];
  const texts = new Map(
    (await client.articleVersion.findMany({ where: { id: { in: textIds } }, select: { id: true, text: true } })).map((v) => [v.id, v.text]),
  );

  const reviews = placements.map((placement): PlacementReview => {
    const previous = previousOf.get(placement.claimId);
    const oldText = previous ? texts.get(previous.version.id) : undefined;
    const was = previous && oldText !== undefined ? { ...spanIn(oldText, previous.start!, previous.end!), versionNumber: previous.version.number } : null;
    const now = placement.start !== null && placement.end !== null ? spanIn(version.text, placement.start, placement.end) : null;
    const suggestion = placement.candidateStart !== null && placement.candidateEnd !== null ? spanIn(version.text, placement.candidateStart, placement.candidateEnd) : null;
    const target = now ?? suggestion;
    const changed = placement.state !== "ANCHORED" && was && target;
    return {
      claim: toClaimView(placement.claim),
      state: placement.state,
      score: placement.score,
      was,
      now,
      suggestion,
      diff: changed ? wordDiff(wordsOf(was), wordsOf(target)) : null,
    };
  });
  reviews.sort((a, b) => (a.now?.start ?? a.suggestion?.start ?? Infinity) - (b.now?.start ?? b.suggestion?.start ?? Infinity));
  return {
    articleId,
    title: version.article.title,
    version: {
      id: version.id,
      number: version.number,
      doc: version.doc as DocNode,
      createdAt: version.createdAt.toISOString(),
      createdBy: version.createdBy.name ?? version.createdBy.email,
    },
    latestNumber: latest.number,
    placements: reviews,
  };
}
