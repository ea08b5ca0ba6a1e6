import { addArticleVersion } from "@/lib/articles/add-article-version";
import { compareVersions } from "@/lib/articles/compare-versions";
import { getVersionReview } from "@/lib/articles/get-version-review";
import { listVersions } from "@/lib/articles/list-versions";
import { paragraphsToDoc } from "@/lib/articles/paragraphs-to-doc";
import { createClaim } from "@/lib/claims/create-claim";
import { leaveClaimOrphaned } from "@/lib/claims/leave-claim-orphaned";
import { reattachClaim } from "@/lib/claims/reattach-claim";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { makeArticle, makeTeamWithMembers } from "@/lib/demo/factories";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

const ORIGINAL = [
  "The council approved a budget of 4.2 million euros for the new bridge on Thursday.",
  "Mayor Lena Vos said construction would begin in March and take two years.",
  "Opponents said the river crossing would double traffic in the old town.",
];

async function articleWithClaims() {
  const { team, members } = await makeTeamWithMembers(t.db);
  const { articleId } = await makeArticle(t.db, { teamId: team.id, userId: members.EDITOR.id, paragraphs: ORIGINAL });
  const text = (await t.db.articleVersion.findFirstOrThrow({ where: { articleId } })).text;
  const mark = (quote: string) => {
    const start = text.indexOf(quote);
    return createClaim({ userId: members.REVIEWER.id, articleId, start, end: start + quote.length }, t.db);
  };
  return { articleId, editor: members.EDITOR.id, reviewer: members.REVIEWER.id, mark };
}

const textOf = async (versionId: string) => (await t.db.articleVersion.findUniqueOrThrow({ where: { id: versionId } })).text;

describe("re-attaching a claim", () => {
  it("moves a claim to newly selected words, keeps its verdict, and records both spans", async () => {
    const { reviewer, mark } = await articleWithClaims();
    const claim = await mark("a budget of 4.2 million euros");
    const verified = await setClaimStatus({ userId: reviewer, claimId: claim.id, revision: claim.revision, status: "VERIFIED" }, t.db);
    const text = await textOf(claim.versionId);
    const words = "construction would begin in March";
    const start = text.indexOf(words);
    const moved = await reattachClaim({ userId: reviewer, claimId: claim.id, revision: verified.revision, start, end: start + words.length, reason: "selected" }, t.db);
    expect(moved).toMatchObject({ exact: "construction would begin in March", status: "VERIFIED", anchorState: "ANCHORED" });
    expect(moved.revision).toBe(verified.revision + 1);
    const event = await t.db.claimEvent.findFirstOrThrow({ where: { claimId: claim.id, kind: "ANCHOR_MOVED" } });
    expect(event.before).toMatchObject({ exact: "a budget of 4.2 million euros" });
    expect(event.after).toMatchObject({ exact: "construction would begin in March", reason: "selected" });
    expect(await t.db.claimPlacement.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it("refuses an empty, blank or out-of-range span and a stale revision, writing nothing", async () => {
    const { reviewer, mark } = await articleWithClaims();
    const claim = await mark("Mayor Lena Vos");
    const text = await textOf(claim.versionId);
    const blank = text.indexOf("\n\n");
    const attempts = [
      { start: 5, end: 5, message: /outside the article text/ },
      { start: blank, end: blank + 2, message: /no words in it/ },
      { start: text.length - 3, end: text.length + 10, message: /outside the article text/ },
    ];
    for (const attempt of attempts) {
      await expect(reattachClaim({ userId: reviewer, claimId: claim.id, revision: claim.revision, start: attempt.start, end: attempt.end, reason: "selected" }, t.db)).rejects.toThrow(attempt.message);
    }
    await expect(reattachClaim({ userId: reviewer, claimId: claim.id, revision: claim.revision + 5, start: 0, end: 10, reason: "selected" }, t.db)).rejects.toMatchObject({ code: "CONFLICT" });
    const after = await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after).toMatchObject({ start: claim.start, end: claim.end, revision: claim.revision });
    expect(await t.db.claimEvent.count({ where: { claimId: claim.id, kind: "ANCHOR_MOVED" } })).toBe(0);
  });
});

describe("reviewing a revision", () => {
  it("lists each claim's outcome with where it was and where it is, and lets a person settle doubtful ones", async () => {
    const { articleId, editor, reviewer, mark } = await articleWithClaims();
    const kept = await mark("The council approved a budget");
    const reworded = await mark("construction would begin in March and take two years");
    const gone = await mark("double traffic in the old town");
    const updated = [
      "Update: figures corrected.",
      ORIGINAL[0],
      "Mayor Lena Vos said that building work is now expected to start in late spring.",
      "Opponents said the crossing was a mistake.",
    ];
    const second = await addArticleVersion({ userId: editor, articleId, doc: paragraphsToDoc(updated) }, t.db);
    const review = await getVersionReview(articleId, 2, t.db);
    expect(review).not.toBeNull();
    const byId = new Map(review!.placements.map((p) => [p.claim.id, p]));
    expect(byId.get(kept.id)).toMatchObject({ state: "ANCHORED", was: { versionNumber: 1, quote: "The council approved a budget" }, now: { quote: "The council approved a budget" } });
    expect(byId.get(gone.id)?.state).toMatch(/ORPHANED|NEEDS_REVIEW/);
    const rewordedReview = byId.get(reworded.id)!;
    expect(rewordedReview.state).not.toBe("ANCHORED");
    expect(rewordedReview.was?.quote).toBe("construction would begin in March and take two years");

    // Place the reworded claim by selecting its new words; the placement on version 2 records the decision.
    const current = await t.db.claim.findUniqueOrThrow({ where: { id: reworded.id } });
    const newText = await textOf(second.versionId);
    const words = "building work is now expected to start in late spring";
    const start = newText.indexOf(words);
    await reattachClaim({ userId: reviewer, claimId: reworded.id, revision: current.revision, start, end: start + words.length, reason: "selected" }, t.db);
    const placement = await t.db.claimPlacement.findUniqueOrThrow({ where: { claimId_versionId: { claimId: reworded.id, versionId: second.versionId } } });
    expect(placement).toMatchObject({ state: "ANCHORED", start, end: start + words.length, candidateStart: null });

    // A doubtful one left orphaned: kept, with its old span, and no longer waiting.
    const goneNow = await t.db.claim.findUniqueOrThrow({ where: { id: gone.id } });
    if (goneNow.anchorState === "NEEDS_REVIEW") {
      const left = await leaveClaimOrphaned({ userId: reviewer, claimId: gone.id, revision: goneNow.revision }, t.db);
      expect(left).toMatchObject({ anchorState: "ORPHANED", exact: "double traffic in the old town" });
    }
    await expect(leaveClaimOrphaned({ userId: reviewer, claimId: kept.id, revision: 99 }, t.db)).rejects.toThrow(/already decided/);
    expect(await t.db.claim.count({ where: { articleId, deletedAt: null } })).toBe(3);

    const versions = await listVersions(articleId, t.db);
    expect(versions.map((v) => v.number)).toEqual([2, 1]);
    expect(versions[0].placements.ANCHORED).toBeGreaterThanOrEqual(2);
    expect(versions[0].placements.ORPHANED).toBe(1);
    expect(versions[1].placements.ANCHORED).toBe(3);

    const comparison = await compareVersions(articleId, 1, 2, t.db);
    expect(comparison?.wordsAdded).toBeGreaterThan(0);
    expect(comparison?.parts.filter((p) => p.op !== "insert").map((p) => p.text).join("")).toBe(await textOf(reworded.versionId));
    expect(await compareVersions(articleId, 1, 7, t.db)).toBeNull();
  });

  it("refuses an edit based on a version that is no longer the newest", async () => {
    const { articleId, editor } = await articleWithClaims();
    await addArticleVersion({ userId: editor, articleId, doc: paragraphsToDoc([...ORIGINAL, "A new closing line."]), basedOnNumber: 1 }, t.db);
    await expect(addArticleVersion({ userId: editor, articleId, doc: paragraphsToDoc([...ORIGINAL, "Another closing line."]), basedOnNumber: 1 }, t.db)).rejects.toThrow(/stored version 2 while you were editing version 1/);
    expect(await t.db.articleVersion.count({ where: { articleId } })).toBe(2);
  });
});

describe("re-anchoring thousands of claims", () => {
  it("moves every claim of a long article in one version change, with one placement and one event each", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const paragraphs = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} reports that ${i * 7} households received support in district ${i % 13}, officials said.`);
    const { articleId, versionId } = await makeArticle(t.db, { teamId: team.id, userId: members.EDITOR.id, paragraphs });
    const text = await textOf(versionId);
    const rows = paragraphs.flatMap((paragraph, i) => {
      const at = text.indexOf(paragraph);
      const first = `${i * 7} households`;
      const second = `district ${i % 13}`;
      return [first, second, "officials said", `Paragraph ${i} reports`, "received support"].map((quote) => {
        const start = text.indexOf(quote, at);
        return { quote, start, end: start + quote.length };
      });
    });
    await t.db.claim.createMany({
      data: rows.map((row) => ({
        articleId, versionId, exact: row.quote, prefix: text.slice(Math.max(0, row.start - 32), row.start), suffix: text.slice(row.end, row.end + 32),
        start: row.start, end: row.end, createdById: members.REVIEWER.id, updatedById: members.REVIEWER.id,
      })),
    });
    const updated = ["A new first paragraph pushes every offset along.", ...paragraphs];
    const result = await addArticleVersion({ userId: members.EDITOR.id, articleId, doc: paragraphsToDoc(updated) }, t.db);
    expect(result.outcomes.ANCHORED).toBe(2000);
    const newText = await textOf(result.versionId);
    const claims = await t.db.claim.findMany({ where: { articleId }, select: { start: true, end: true, exact: true, versionId: true, revision: true } });
    expect(claims.every((c) => c.versionId === result.versionId && newText.slice(c.start, c.end) === c.exact && c.revision === 2)).toBe(true);
    expect(await t.db.claimPlacement.count({ where: { versionId: result.versionId } })).toBe(2000);
    expect(await t.db.claimEvent.count({ where: { claim: { articleId }, kind: "REANCHORED" } })).toBe(2000);
  }, 60_000); // thousands of rows on a shared CI machine: correctness is checked here, speed by npm run bench
});
