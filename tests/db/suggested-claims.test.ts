/**
 * Suggested claims: scored and stored on import, listed on the review page, accepted into Unreviewed claims or
 * dismissed (once, even when two reviewers act at the same moment), and carried to the next version by their words.
 */
// The import pipeline uses jsdom and marked, ES modules that Jest's CommonJS runtime cannot load itself.
jest.mock("jsdom", () => jest.requireActual("../support/native-modules").nativeModule("jsdom"));
jest.mock("marked", () => jest.requireActual("../support/native-modules").nativeModule("marked"));
jest.mock("@/lib/auth/session", () => jest.requireActual("./support/matrix-persona").sessionModule);
jest.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

import { readFileSync } from "node:fs";
import { acceptSuggestionAction, dismissSuggestionAction, restoreSuggestionAction } from "@/app/(app)/articles/[articleId]/suggestion-actions";
import { addArticleVersion } from "@/lib/articles/add-article-version";
import { createArticle } from "@/lib/articles/create-article";
import { getArticleForReview } from "@/lib/articles/get-article-for-review";
import { paragraphsToDoc } from "@/lib/articles/paragraphs-to-doc";
import { runImport } from "@/lib/articles/run-import";
import { CHECKWORTHY_THRESHOLD } from "@/lib/assist/checkworthiness";
import { makeArticle, makeTeamWithMembers } from "@/lib/demo/factories";
import { acceptSuggestion, dismissSuggestion, restoreSuggestion } from "@/lib/suggestions/decide-suggestion";
import type { SuggestionView } from "@/lib/suggestions/suggestion-view";
import { sharedPath } from "../support/shared";
import { callAs } from "./support/matrix-persona";
import { setUpDatabaseForActions } from "./support/database-for-actions";

const database = setUpDatabaseForActions();

const SENTENCES = [
  "Unemployment fell to 4.2 percent in March, the lowest level since 2008, according to the national statistics office.",
  "The minister reportedly plans to cut the fuel tax by half before the election.",
  "Thanks for reading.",
  "The new bridge cost 310 million euros, twice the original estimate.",
];

async function reviewedArticle(paragraphs = SENTENCES) {
  const { team, members } = await makeTeamWithMembers(database().db);
  const { articleId } = await makeArticle(database().db, { teamId: team.id, userId: members.EDITOR.id, paragraphs });
  const review = (await getArticleForReview(articleId, database().db))!;
  return { team, members, articleId, review };
}

const quoteOf = (review: { suggestions: SuggestionView[] }, fragment: string) => review.suggestions.find((s) => s.quote.includes(fragment));

describe("scoring on import", () => {
  it("stores the corpus article's check-worthy sentences as suggestions, each a whole sentence of the text, hedged ones labelled", async () => {
    const { team, members } = await makeTeamWithMembers(database().db);
    const imported = await runImport({ kind: "text", text: readFileSync(sharedPath("corpus", "articles", "000_a5249694f2f87e3c.txt"), "utf8") });
    const { articleId, versionId } = await createArticle({ userId: members.EDITOR.id, teamId: team.id, title: imported.title, doc: imported.doc }, database().db);
    const { text, suggestionsScoredAt } = await database().db.articleVersion.findUniqueOrThrow({ where: { id: versionId }, select: { text: true, suggestionsScoredAt: true } });
    expect(suggestionsScoredAt).not.toBeNull();
    const review = (await getArticleForReview(articleId, database().db))!;
    console.log(`corpus article 000: ${review.suggestions.length} suggested sentences, ${review.suggestions.filter((s) => s.hedge).length} with hedged sourcing`);
    expect(review.suggestions.length).toBeGreaterThan(5);
    for (const s of review.suggestions) {
      expect(s.quote).toBe(text.slice(s.start, s.end));
      expect(s.quote).toBe(s.quote.trim());
      expect(s.score >= CHECKWORTHY_THRESHOLD || s.hedge !== null).toBe(true);
    }
    const reportedly = review.suggestions.find((s) => /\breportedly\b/.test(s.quote));
    expect(reportedly?.hedge?.toLowerCase()).toBe("reportedly");
    const familiar = review.suggestions.find((s) => /familiar with the matter/.test(s.quote));
    expect(familiar?.hedge).toMatch(/people familiar with the matter/);
    // Document order, so the editor can draw them in one pass.
    expect(review.suggestions.map((s) => s.start)).toEqual([...review.suggestions.map((s) => s.start)].sort((a, b) => a - b));
  });

  it("leaves a short sign-off out and suggests the statistical and hedged sentences", async () => {
    const { review } = await reviewedArticle();
    expect(quoteOf(review, "Thanks for reading")).toBeUndefined();
    expect(quoteOf(review, "Unemployment fell")).toBeDefined();
    expect(quoteOf(review, "reportedly")?.hedge).toBe("reportedly");
  });

  it("scores a version stored before suggestions existed on its first view, once", async () => {
    const { articleId } = await reviewedArticle();
    const version = await database().db.articleVersion.findFirstOrThrow({ where: { articleId }, select: { id: true } });
    await database().db.suggestedClaim.deleteMany({ where: { versionId: version.id } });
    await database().db.articleVersion.update({ where: { id: version.id }, data: { suggestionsScoredAt: null } });
    // Two first views at once: the version is scored by one of them, and nothing is stored twice.
    const [a, b] = await Promise.all([getArticleForReview(articleId, database().db), getArticleForReview(articleId, database().db)]);
    expect(a!.suggestions.length).toBeGreaterThan(0);
    expect(b!.suggestions.map((s) => s.id).sort()).toEqual(a!.suggestions.map((s) => s.id).sort());
    expect(await database().db.suggestedClaim.count({ where: { versionId: version.id } })).toBe(a!.suggestions.length);
  });
});

describe("accepting and dismissing", () => {
  it("makes an accepted suggestion an Unreviewed claim on exactly its words, with a history entry, and stops listing it", async () => {
    const { members, articleId, review } = await reviewedArticle();
    const suggestion = quoteOf(review, "Unemployment fell")!;
    const result = await callAs(members.REVIEWER, () => acceptSuggestionAction({ suggestionId: suggestion.id }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { claim } = result.data;
    expect(claim).toMatchObject({ status: "UNREVIEWED", start: suggestion.start, end: suggestion.end, exact: suggestion.quote });
    const stored = await database().db.suggestedClaim.findUniqueOrThrow({ where: { id: suggestion.id } });
    expect(stored).toMatchObject({ state: "ACCEPTED", claimId: claim.id, decidedById: members.REVIEWER.id });
    expect(await database().db.claimEvent.count({ where: { claimId: claim.id, kind: "CREATED" } })).toBe(1);
    const after = (await getArticleForReview(articleId, database().db))!;
    expect(after.suggestions.find((s) => s.id === suggestion.id)).toBeUndefined();
    expect(after.claims.map((c) => c.id)).toContain(claim.id);
  });

  it("makes one claim when two reviewers accept the same suggestion at once, and tells the second why", async () => {
    const { members, articleId, review } = await reviewedArticle();
    const suggestion = quoteOf(review, "bridge")!;
    const outcomes = await Promise.allSettled([
      acceptSuggestion({ userId: members.REVIEWER.id, suggestionId: suggestion.id }, database().db),
      acceptSuggestion({ userId: members.EDITOR.id, suggestionId: suggestion.id }, database().db),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT", message: "A teammate already made this suggestion a claim." });
    expect(await database().db.claim.count({ where: { articleId } })).toBe(1);
  });

  it("hides a dismissed suggestion for the whole team, and brings it back on undo", async () => {
    const { members, articleId, review } = await reviewedArticle();
    const suggestion = quoteOf(review, "reportedly")!;
    const dismissed = await callAs(members.REVIEWER, () => dismissSuggestionAction({ suggestionId: suggestion.id }));
    expect(dismissed).toEqual({ ok: true, data: { suggestionId: suggestion.id } });
    expect((await getArticleForReview(articleId, database().db))!.suggestions.map((s) => s.id)).not.toContain(suggestion.id);
    await expect(acceptSuggestion({ userId: members.EDITOR.id, suggestionId: suggestion.id }, database().db)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "A teammate already dismissed this suggestion.",
    });
    const restored = await callAs(members.EDITOR, () => restoreSuggestionAction({ suggestionId: suggestion.id }));
    expect(restored.ok).toBe(true);
    expect((await getArticleForReview(articleId, database().db))!.suggestions.map((s) => s.id)).toContain(suggestion.id);
    expect(await database().db.claim.count({ where: { articleId } })).toBe(0);
  });

  it("refuses viewers, other teams and unknown ids without writing anything", async () => {
    const { members, review } = await reviewedArticle();
    const other = await reviewedArticle();
    const suggestion = review.suggestions[0];
    const asViewer = await callAs(members.VIEWER, () => acceptSuggestionAction({ suggestionId: suggestion.id }));
    expect(asViewer).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const asOutsider = await callAs(other.members.OWNER, () => dismissSuggestionAction({ suggestionId: suggestion.id }));
    expect(asOutsider).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const unknown = await callAs(members.OWNER, () => acceptSuggestionAction({ suggestionId: "no-such-suggestion" }));
    expect(unknown).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const empty = await callAs(members.OWNER, () => acceptSuggestionAction({ suggestionId: "" }));
    expect(empty).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await database().db.suggestedClaim.findUniqueOrThrow({ where: { id: suggestion.id }, select: { state: true } })).toEqual({ state: "OPEN" });
  });
});

describe("new versions", () => {
  it("keeps dismissals and accepted sentences decided when their words come back, and refuses decisions on an old version", async () => {
    const { members, articleId, review } = await reviewedArticle();
    const userId = members.EDITOR.id;
    const hedged = quoteOf(review, "reportedly")!;
    const bridge = quoteOf(review, "bridge")!;
    const unemployment = quoteOf(review, "Unemployment fell")!;
    await dismissSuggestion({ userId, suggestionId: hedged.id }, database().db);
    await acceptSuggestion({ userId, suggestionId: bridge.id }, database().db);

    const edited = ["A new first paragraph says the port handled 12 million containers last year, a record.", ...SENTENCES];
    await addArticleVersion({ userId, articleId, doc: paragraphsToDoc(edited) }, database().db);
    const next = (await getArticleForReview(articleId, database().db))!;
    expect(quoteOf(next, "reportedly")).toBeUndefined();
    expect(quoteOf(next, "bridge")).toBeUndefined();
    expect(quoteOf(next, "Unemployment fell")).toBeDefined();
    expect(quoteOf(next, "12 million containers")).toBeDefined();
    const carried = await database().db.suggestedClaim.findMany({ where: { versionId: next.version.id, state: { not: "OPEN" } }, select: { state: true, decidedById: true } });
    expect(carried).toEqual(expect.arrayContaining([{ state: "DISMISSED", decidedById: userId }, { state: "ACCEPTED", decidedById: userId }]));

    await expect(acceptSuggestion({ userId, suggestionId: unemployment.id }, database().db)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(restoreSuggestion({ userId, suggestionId: bridge.id }, database().db)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
