import { addArticleVersion } from "@/lib/articles/add-article-version";
import { paragraphsToDoc } from "@/lib/articles/paragraphs-to-doc";
import { addSource } from "@/lib/claims/add-source";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { updateClaimNote } from "@/lib/claims/update-claim-note";
import { makeArticle, makeTeamWithMembers } from "@/lib/demo/factories";
import { exportFiltersSchema } from "@/lib/exports/export-filters";
import { loadArticleExport } from "@/lib/exports/load-article-export";
import { importWebAnnotations } from "@/lib/exports/w3c/import-web-annotations";
import { toWebAnnotations } from "@/lib/exports/w3c/to-web-annotations";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

const BASE_URL = "https://factdesk.test";
const PARAGRAPHS = [
  "Breaking 🚨: the council approved a budget of 12 million euros on Tuesday 🇫🇷.",
  "The mayor 👋🏽 said the new tram line would open in 2027, two years earlier than planned.",
  "Critics say the plan has no funding for maintenance.",
];
const filters = (query: Record<string, string> = {}) => exportFiltersSchema.parse(query);
const richNote = {
  type: "doc",
  content: [
    { type: "paragraph", content: [{ type: "text", text: "Matches the " }, { type: "text", text: "minutes", marks: [{ type: "bold" }] }] },
    { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "vote 31–12" }] }] }] },
  ],
};

/** An article with four claims in four states: reviewed with a note and sources, assigned, commented, deleted. */
async function reviewedArticle() {
  const { team, members } = await makeTeamWithMembers(t.db);
  const article = await makeArticle(t.db, { teamId: team.id, userId: members.EDITOR.id, paragraphs: PARAGRAPHS, sourceUrl: "https://news.example.com/budget" });
  const { text } = await t.db.articleVersion.findUniqueOrThrow({ where: { id: article.versionId } });
  const claimOn = async (words: string, userId = members.REVIEWER.id) => {
    const start = text.indexOf(words);
    return createClaim({ userId, articleId: article.articleId, start, end: start + words.length }, t.db);
  };
  // Created out of document order on purpose.
  const tram = await claimOn("open in 2027");
  const budget = await claimOn("12 million euros", members.EDITOR.id);
  const funding = await claimOn("no funding for maintenance");
  const gone = await claimOn("Critics say");
  const verified = await setClaimStatus({ userId: members.REVIEWER.id, claimId: budget.id, revision: budget.revision, status: "VERIFIED" }, t.db);
  await updateClaimNote({ userId: members.REVIEWER.id, claimId: budget.id, revision: verified.revision, note: richNote }, t.db);
  await addSource({ userId: members.REVIEWER.id, claimId: budget.id, url: "https://example.org/minutes", title: "Council minutes", publisher: "City", relation: "SUPPORTS" }, t.db);
  await addSource({ userId: members.REVIEWER.id, claimId: budget.id, url: "https://example.org/audit", title: null, publisher: null, relation: "CONTRADICTS" }, t.db);
  await setClaimStatus({ userId: members.EDITOR.id, claimId: tram.id, revision: tram.revision, status: "DISPUTED" }, t.db);
  await t.db.claim.update({ where: { id: funding.id }, data: { assigneeId: members.REVIEWER.id } });
  await t.db.claimComment.create({ data: { claimId: budget.id, authorId: members.EDITOR.id, body: "Checked with the clerk." } });
  await deleteClaim({ userId: members.EDITOR.id, claimId: gone.id }, t.db);
  return { team, members, ...article, text, claims: { tram, budget, funding, gone } };
}

describe("loadArticleExport", () => {
  it("refuses a missing article or version as not found", async () => {
    await expect(loadArticleExport({ articleId: "missing", baseUrl: BASE_URL }, t.db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { articleId } = await reviewedArticle();
    await expect(loadArticleExport({ articleId, versionId: "missing", baseUrl: BASE_URL }, t.db)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("holds the live claims in document order, with notes, sources, comments and the reviewers", async () => {
    const { articleId, versionId, team, members, text } = await reviewedArticle();
    const exported = await loadArticleExport({ articleId, baseUrl: `${BASE_URL}/`, filters: filters() }, t.db);
    expect(exported).toMatchObject({ id: articleId, team: { id: team.id, name: team.name }, version: { id: versionId, number: 1, text }, baseUrl: BASE_URL });
    expect(exported.claims.map((c) => c.exact)).toEqual(["12 million euros", "open in 2027", "no funding for maintenance"]);
    const [budget, tram, funding] = exported.claims;
    expect(budget).toMatchObject({ status: "VERIFIED", noteText: "Matches the minutes\n- vote 31–12", anchorState: "ANCHORED" });
    expect(budget.note).toEqual(richNote);
    expect(budget.sources.map((s) => [s.url, s.relation, s.title])).toEqual([
      ["https://example.org/minutes", "SUPPORTS", "Council minutes"],
      ["https://example.org/audit", "CONTRADICTS", null],
    ]);
    expect(budget.comments).toEqual([expect.objectContaining({ text: "Checked with the clerk.", author: expect.objectContaining({ id: members.EDITOR.id }) })]);
    expect(budget.createdBy.id).toBe(members.EDITOR.id);
    expect(budget.reviewedBy.id).toBe(members.REVIEWER.id);
    expect(tram).toMatchObject({ status: "DISPUTED", reviewedBy: expect.objectContaining({ id: members.EDITOR.id }) });
    expect(funding.assignee?.id).toBe(members.REVIEWER.id);
    expect(text.slice(budget.start, budget.end)).toBe("12 million euros");
    expect(exported.reviewers.map((p) => p.id).sort()).toEqual([members.EDITOR.id, members.REVIEWER.id].sort());
  });

  it("filters by status, assignee and day of last change, and leaves out notes and comments on request", async () => {
    const { articleId, members, claims } = await reviewedArticle();
    const load = async (query: Record<string, string>) =>
      (await loadArticleExport({ articleId, baseUrl: BASE_URL, filters: filters(query) }, t.db)).claims;
    expect((await load({ status: "verified,DISPUTED" })).map((c) => c.exact)).toEqual(["12 million euros", "open in 2027"]);
    expect((await load({ status: "unreviewed" })).map((c) => c.exact)).toEqual(["no funding for maintenance"]);
    expect((await load({ assignee: members.REVIEWER.id })).map((c) => c.exact)).toEqual(["no funding for maintenance"]);
    expect((await load({ assignee: "none" })).map((c) => c.exact)).toEqual(["12 million euros", "open in 2027"]);
    // Dates are whole UTC days, both ends included.
    await t.db.claim.update({ where: { id: claims.tram.id }, data: { updatedAt: new Date("2024-05-10T23:59:00Z") } });
    await t.db.claim.update({ where: { id: claims.funding.id }, data: { updatedAt: new Date("2024-05-11T00:00:00Z") } });
    expect((await load({ from: "2024-05-10", to: "2024-05-10" })).map((c) => c.exact)).toEqual(["open in 2027"]);
    expect((await load({ from: "2024-05-10", to: "2024-05-11" })).map((c) => c.exact)).toEqual(["open in 2027", "no funding for maintenance"]);
    expect((await load({ to: "2024-05-09" })).map((c) => c.exact)).toEqual([]);
    const bare = await load({ notes: "0", comments: "0" });
    expect(bare[0]).toMatchObject({ exact: "12 million euros", note: null, noteText: "", comments: [] });
    expect(bare[0].sources).toHaveLength(2);
  });

  it("exports any version with its own spans; claims that lost their words come last, with no span", async () => {
    const { articleId, versionId, members } = await reviewedArticle();
    const edited = ["Update: " + PARAGRAPHS[0], PARAGRAPHS[1], "Critics say the plan is expensive."];
    const { versionId: newId } = await addArticleVersion({ userId: members.EDITOR.id, articleId, doc: paragraphsToDoc(edited) }, t.db);
    const latest = await loadArticleExport({ articleId, baseUrl: BASE_URL }, t.db);
    expect(latest.version.id).toBe(newId);
    const text = latest.version.text;
    expect(latest.claims.map((c) => [c.exact, c.anchorState])).toEqual([
      ["12 million euros", "ANCHORED"],
      ["open in 2027", "ANCHORED"],
      ["no funding for maintenance", "ORPHANED"],
    ]);
    for (const claim of latest.claims.slice(0, 2)) expect(text.slice(claim.start, claim.end)).toBe(claim.exact);
    expect(latest.claims[0].prefix).toBe(text.slice(Math.max(0, latest.claims[0].start - 32), latest.claims[0].start));
    expect(latest.claims[2]).toMatchObject({ start: 0, end: 0 });
    const first = await loadArticleExport({ articleId, versionId, baseUrl: BASE_URL }, t.db);
    // Version 1 keeps its own offsets: "Update: " moved every claim of version 2 by 8 units.
    expect(latest.claims[0].start - first.claims[0].start).toBe("Update: ".length);
    expect(first.claims.map((c) => [first.version.text.slice(c.start, c.end), c.anchorState])).toEqual([
      ["12 million euros", "ANCHORED"],
      ["open in 2027", "ANCHORED"],
      ["no funding for maintenance", "ANCHORED"],
    ]);
  });
});

describe("importWebAnnotations", () => {
  it("puts an exported review on the same words of a second copy of the article", async () => {
    const source = await reviewedArticle();
    const exported = await loadArticleExport({ articleId: source.articleId, baseUrl: BASE_URL }, t.db);
    const json = JSON.stringify(toWebAnnotations([exported]));
    const copy = await makeArticle(t.db, { teamId: source.team.id, userId: source.members.EDITOR.id, paragraphs: PARAGRAPHS });
    const result = await importWebAnnotations({ userId: source.members.EDITOR.id, versionId: copy.versionId, json }, t.db);
    expect(result).toEqual({ created: 3, notAnchored: [] });

    const imported = await loadArticleExport({ articleId: copy.articleId, baseUrl: BASE_URL }, t.db);
    const summary = (claims: typeof exported.claims) =>
      claims.map((c) => ({
        span: [c.start, c.end, c.exact, c.prefix, c.suffix],
        status: c.status,
        noteText: c.noteText,
        sources: c.sources.map((s) => [s.url, s.relation, s.title, s.publisher]),
      }));
    expect(summary(imported.claims)).toEqual(summary(exported.claims));
    expect(imported.claims.every((c) => c.createdBy.id === source.members.EDITOR.id && c.anchorState === "ANCHORED")).toBe(true);
    expect(imported.claims[0].note).toEqual({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Matches the minutes" }] },
        { type: "paragraph", content: [{ type: "text", text: "- vote 31–12" }] },
      ],
    });
    const events = await t.db.claimEvent.findMany({ where: { claim: { articleId: copy.articleId } } });
    expect(events.map((e) => e.kind)).toEqual(["CREATED", "CREATED", "CREATED"]);
    expect(await t.db.claimPlacement.count({ where: { versionId: copy.versionId } })).toBe(3);

    // The same file again finds every claim already there, and adds nothing.
    const again = await importWebAnnotations({ userId: source.members.EDITOR.id, versionId: copy.versionId, json }, t.db);
    expect(again.created).toBe(0);
    expect(again.notAnchored.map((n) => n.reason)).toEqual(Array(3).fill("These words already carry a claim."));
    expect(await t.db.claim.count({ where: { articleId: copy.articleId } })).toBe(3);
  });

  it("creates the annotations that anchor and lists the ones that do not", async () => {
    const source = await reviewedArticle();
    const exported = await loadArticleExport({ articleId: source.articleId, baseUrl: BASE_URL }, t.db);
    const json = JSON.stringify(toWebAnnotations([exported]));
    const changed = await makeArticle(t.db, {
      teamId: source.team.id,
      userId: source.members.EDITOR.id,
      paragraphs: ["The mayor said the new tram line would open in 2027.", "Critics say the plan is expensive."],
    });
    const result = await importWebAnnotations({ userId: source.members.REVIEWER.id, versionId: changed.versionId, json }, t.db);
    expect(result.created).toBe(1);
    expect(result.notAnchored).toEqual([
      { index: 1, exact: "12 million euros", reason: "The quoted words are not in this version of the article." },
      { index: 3, exact: "no funding for maintenance", reason: "The quoted words are not in this version of the article." },
    ]);
    const claims = await t.db.claim.findMany({ where: { articleId: changed.articleId }, select: { exact: true, status: true } });
    expect(claims).toEqual([{ exact: "open in 2027", status: "DISPUTED" }]);
  });

  it("refuses malformed input, or an older version, and writes nothing", async () => {
    const source = await reviewedArticle();
    const userId = source.members.EDITOR.id;
    const before = await t.db.claim.count();
    const events = await t.db.claimEvent.count();
    const target = await makeArticle(t.db, { teamId: source.team.id, userId, paragraphs: PARAGRAPHS });
    const attempt = (json: string, versionId = target.versionId) => importWebAnnotations({ userId, versionId, json }, t.db);
    await expect(attempt("{ not json")).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringMatching(/^Not valid JSON: /) });
    // One bad annotation among good ones refuses the whole file.
    const good = { type: "Annotation", target: { source: "https://x.test", selector: { type: "TextQuoteSelector", exact: "12 million euros" } } };
    const bad = { ...good, body: { type: "SpecificResource", source: "ftp://files.example.com/minutes" } };
    await expect(attempt(JSON.stringify([good, bad]))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Annotation 2 has a source that is not a web address starting with http:// or https://.",
    });
    await expect(attempt(JSON.stringify(good), "missing-version")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await addArticleVersion({ userId, articleId: target.articleId, doc: paragraphsToDoc(["Only new words here."]) }, t.db);
    await expect(attempt(JSON.stringify(good))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await t.db.claim.count()).toBe(before);
    expect(await t.db.claimEvent.count()).toBe(events);
  });
});
