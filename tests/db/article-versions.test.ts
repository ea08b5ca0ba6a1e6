import { addArticleVersion } from "@/lib/articles/add-article-version";
import { paragraphsToDoc } from "@/lib/articles/paragraphs-to-doc";
import { createClaim } from "@/lib/claims/create-claim";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { updateClaimNote } from "@/lib/claims/update-claim-note";
import { makeArticle, makeTeamWithMembers } from "@/lib/demo/factories";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

const ORIGINAL = [
  "The harbour authority said on Monday that cargo traffic rose by 14 percent last year.",
  "Its director, Anna Berg, said the new container terminal would open in the spring of 2027.",
  "A spokesperson for the port workers' union said staff had not been consulted about night shifts.",
  "The authority expects the terminal to create about 300 permanent jobs.",
];

async function reviewedArticle() {
  const { team, members } = await makeTeamWithMembers(t.db);
  const { articleId, versionId } = await makeArticle(t.db, { teamId: team.id, userId: members.EDITOR.id, paragraphs: ORIGINAL });
  const { text } = await t.db.articleVersion.findUniqueOrThrow({ where: { id: versionId } });
  const userId = members.REVIEWER.id;
  const mark = async (quote: string) => {
    const start = text.indexOf(quote);
    return createClaim({ userId, articleId, start, end: start + quote.length }, t.db);
  };
  const kept = await mark("cargo traffic rose by 14 percent last year");
  const edited = await mark("the new container terminal would open in the spring of 2027");
  const removed = await mark("staff had not been consulted about night shifts");
  const verdict = await setClaimStatus({ userId, claimId: removed.id, revision: 1, status: "DISPUTED" }, t.db);
  const note = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Union denies this." }] }] };
  await updateClaimNote({ userId, claimId: removed.id, revision: verdict.revision, note }, t.db);
  return { articleId, versionId, userId: members.EDITOR.id, claims: { kept, edited, removed } };
}

describe("article versions", () => {
  it("stores a new version and keeps each claim on the right words, or says honestly that it cannot", async () => {
    const { articleId, versionId: firstVersion, userId, claims } = await reviewedArticle();
    const updated = [
      "Update: this story was corrected on Tuesday.",
      ORIGINAL[0],
      "Its director, Anna Berg, said the new container terminal would open in the spring of 2028.",
      ORIGINAL[3],
    ];
    const result = await addArticleVersion({ userId, articleId, doc: paragraphsToDoc(updated) }, t.db);
    expect(result.number).toBe(2);
    expect(result.outcomes.ANCHORED + result.outcomes.MOVED + result.outcomes.NEEDS_REVIEW + result.outcomes.ORPHANED).toBe(3);
    const newText = (await t.db.articleVersion.findUniqueOrThrow({ where: { id: result.versionId } })).text;

    // Untouched words: same quote, new offsets, on the new version.
    const kept = await t.db.claim.findUniqueOrThrow({ where: { id: claims.kept.id } });
    expect(kept).toMatchObject({ versionId: result.versionId, anchorState: "ANCHORED", exact: claims.kept.exact });
    expect(newText.slice(kept.start, kept.end)).toBe(claims.kept.exact);
    expect(kept.start).toBeGreaterThan(claims.kept.start);

    // A one-character correction inside the claim: moved onto the corrected words, or held for review; never elsewhere.
    const edited = await t.db.claim.findUniqueOrThrow({ where: { id: claims.edited.id } });
    if (edited.anchorState === "MOVED") {
      expect(newText.slice(edited.start, edited.end)).toBe("the new container terminal would open in the spring of 2028");
    } else {
      expect(edited).toMatchObject({ anchorState: "NEEDS_REVIEW", versionId: firstVersion });
    }

    // Words gone: orphaned on the old version, with its verdict and note intact.
    const removed = await t.db.claim.findUniqueOrThrow({ where: { id: claims.removed.id } });
    expect(removed).toMatchObject({ anchorState: "ORPHANED", versionId: firstVersion, status: "DISPUTED", deletedAt: null });
    expect(removed.noteText).toContain("Union denies this.");
    expect(removed.exact).toBe(claims.removed.exact);

    // Every claim has a placement in both versions, and a REANCHORED history entry.
    const placements = await t.db.claimPlacement.findMany({ where: { claim: { articleId } } });
    expect(placements.filter((p) => p.versionId === firstVersion)).toHaveLength(3);
    const second = placements.filter((p) => p.versionId === result.versionId);
    expect(second).toHaveLength(3);
    expect(second.find((p) => p.claimId === claims.removed.id)).toMatchObject({ state: "ORPHANED", start: null, end: null });
    expect(await t.db.claimEvent.count({ where: { claim: { articleId }, kind: "REANCHORED" } })).toBe(3);

    // The first version is unchanged.
    const first = await t.db.articleVersion.findUniqueOrThrow({ where: { id: firstVersion } });
    expect(first.text).toBe(ORIGINAL.join("\n\n"));
  });

  it("refuses an identical or empty version and stores nothing", async () => {
    const { articleId, userId } = await reviewedArticle();
    await expect(addArticleVersion({ userId, articleId, doc: paragraphsToDoc(ORIGINAL) }, t.db)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("identical to the current version"),
    });
    await expect(addArticleVersion({ userId, articleId, doc: paragraphsToDoc([" "]) }, t.db)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(addArticleVersion({ userId, articleId: "missing", doc: paragraphsToDoc(["Text."]) }, t.db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.articleVersion.count({ where: { articleId } })).toBe(1);
    expect(await t.db.claimPlacement.count({ where: { claim: { articleId } } })).toBe(3);
  });

  it("re-anchors orphaned claims again when a later version brings their words back", async () => {
    const { articleId, userId, claims } = await reviewedArticle();
    await addArticleVersion({ userId, articleId, doc: paragraphsToDoc([ORIGINAL[0], ORIGINAL[1], ORIGINAL[3]]) }, t.db);
    expect(await t.db.claim.findUniqueOrThrow({ where: { id: claims.removed.id } })).toMatchObject({ anchorState: "ORPHANED" });
    const third = await addArticleVersion({ userId, articleId, doc: paragraphsToDoc(ORIGINAL) }, t.db);
    const back = await t.db.claim.findUniqueOrThrow({ where: { id: claims.removed.id } });
    expect(back).toMatchObject({ versionId: third.versionId, anchorState: "ANCHORED", status: "DISPUTED" });
  });
});
