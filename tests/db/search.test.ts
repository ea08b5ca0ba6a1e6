import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { Highlighted } from "@/components/search/highlighted";
import { addArticleVersion } from "@/lib/articles/add-article-version";
import { paragraphsToDoc } from "@/lib/articles/paragraphs-to-doc";
import { assignClaim } from "@/lib/claims/assign-claim";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { updateClaimNote } from "@/lib/claims/update-claim-note";
import { addComment } from "@/lib/comments/add-comment";
import { makeArticle, makeTeamWithMembers } from "@/lib/demo/factories";
import { MATCH_END, MATCH_START, searchTeam, type SearchTeamOptions } from "@/lib/search/search-team";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

const note = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const marked = (word: string) => `${MATCH_START}${word}${MATCH_END}`;

/** A team with two articles, claims with notes and comments, and another team holding the very same words. */
async function newsroom() {
  const { team, members } = await makeTeamWithMembers(t.db);
  const tram = await makeArticle(t.db, {
    teamId: team.id,
    userId: members.EDITOR.id,
    title: "Council backs funicular plan",
    paragraphs: ["The council approved a budget of 12 million euros for the funicular.", "The mayor said the line would open in 2027."],
  });
  const harbour = await makeArticle(t.db, {
    teamId: team.id,
    userId: members.EDITOR.id,
    title: "Harbour dredging delayed",
    paragraphs: ["Dredging of the harbour will cost 4 million euros, the port authority said.", "Fishermen say the channel silts up every winter."],
  });
  const claim = async (articleId: string, words: string) => {
    const { text } = await t.db.articleVersion.findFirstOrThrow({ where: { articleId }, select: { text: true } });
    const start = text.indexOf(words);
    return createClaim({ userId: members.REVIEWER.id, articleId, start, end: start + words.length }, t.db);
  };
  const budget = await claim(tram.articleId, "a budget of 12 million euros");
  const opening = await claim(tram.articleId, "the line would open in 2027");
  const dredging = await claim(harbour.articleId, "will cost 4 million euros");
  await updateClaimNote({ userId: members.REVIEWER.id, claimId: budget.id, revision: 1, note: note("Confirmed in the minutes of the <b>March</b> session.") }, t.db);
  await setClaimStatus({ userId: members.EDITOR.id, claimId: dredging.id, revision: 1, status: "DISPUTED" }, t.db);
  await assignClaim({ userId: members.OWNER.id, claimId: opening.id, revision: 1, assigneeId: members.REVIEWER.id }, t.db);
  await addComment({ userId: members.EDITOR.id, claimId: opening.id, body: "Ask the transport office for the timetable <script>alert(1)</script>." }, t.db);

  const other = await makeTeamWithMembers(t.db);
  const copy = await makeArticle(t.db, {
    teamId: other.team.id,
    userId: other.members.EDITOR.id,
    title: "Council backs funicular plan",
    paragraphs: ["The council approved a budget of 12 million euros for the funicular.", "The transport office published a timetable."],
  });
  const foreign = await createClaim({ userId: other.members.REVIEWER.id, articleId: copy.articleId, start: 0, end: 60 }, t.db);
  await addComment({ userId: other.members.EDITOR.id, claimId: foreign.id, body: "The timetable and the minutes agree." }, t.db);
  return { team, members, tram, harbour, budget, opening, dredging, other };
}

const search = (teamId: string, query: string, filters: Omit<SearchTeamOptions, "teamId" | "query"> = {}) => searchTeam({ teamId, query, ...filters }, t.db);

describe("search", () => {
  it("finds words in article text and titles, claim quotes, notes and comments, highlighted, ranked, team only", async () => {
    const w = await newsroom();
    const funicular = await search(w.team.id, "funicular");
    expect(funicular.articles?.items).toEqual([
      expect.objectContaining({ articleId: w.tram.articleId, title: `Council backs ${marked("funicular")} plan`, href: `/articles/${w.tram.articleId}` }),
    ]);
    expect(funicular.articles?.items[0].excerpt).toContain(marked("funicular"));
    expect(funicular.articles?.total).toBe(1);

    const euros = await search(w.team.id, "euros");
    expect(euros.claims?.total).toBe(2);
    expect(euros.claims?.items.map((hit) => hit.claimId).sort()).toEqual([w.budget.id, w.dredging.id].sort());
    expect(euros.claims?.items.find((hit) => hit.claimId === w.budget.id)).toMatchObject({
      quote: `a budget of 12 million ${marked("euros")}`,
      articleTitle: "Council backs funicular plan",
      href: `/articles/${w.tram.articleId}?claim=${w.budget.id}`,
    });

    const minutes = await search(w.team.id, "minutes");
    expect(minutes.claims?.items).toEqual([expect.objectContaining({ claimId: w.budget.id, note: expect.stringContaining(marked("minutes")) })]);
    expect(minutes.comments?.total).toBe(0);

    // Stemming: "timetables" finds "timetable"; the other team's comment with the same word never shows.
    const timetable = await search(w.team.id, "timetables");
    expect(timetable.comments?.items).toEqual([
      expect.objectContaining({ claimId: w.opening.id, articleId: w.tram.articleId, authorName: w.members.EDITOR.name, body: expect.stringContaining(marked("timetable")) }),
    ]);
    expect(timetable.articles?.total).toBe(0);

    // A phrase, and a word to leave out.
    expect((await search(w.team.id, '"million euros" -cost')).claims?.items.map((hit) => hit.claimId)).toEqual([w.budget.id]);
  });

  it("searches only an article's current version, and leaves deleted claims out", async () => {
    const w = await newsroom();
    await addArticleVersion({ userId: w.members.EDITOR.id, articleId: w.harbour.articleId, doc: paragraphsToDoc(["Dredging of the harbour will cost 4 million euros."]) }, t.db);
    expect((await search(w.team.id, "fishermen")).articles?.total).toBe(0);
    expect((await search(w.team.id, "dredging")).articles?.items.map((hit) => hit.versionNumber)).toEqual([2]);
    await deleteClaim({ userId: w.members.REVIEWER.id, claimId: w.opening.id }, t.db);
    const afterDelete = await search(w.team.id, "2027");
    expect(afterDelete.claims?.total).toBe(0);
    expect((await search(w.team.id, "timetable")).comments?.total).toBe(0);
  });

  it("applies each filter: status, article, reviewer (assignee or last updater) and dates", async () => {
    const w = await newsroom();
    const claimIds = async (filters: Omit<SearchTeamOptions, "teamId" | "query">) =>
      ((await search(w.team.id, "euros or 2027", filters)).claims?.items ?? []).map((hit) => hit.claimId).sort();

    expect(await claimIds({})).toEqual([w.budget.id, w.opening.id, w.dredging.id].sort());
    expect(await claimIds({ status: "DISPUTED" })).toEqual([w.dredging.id]);
    expect(await claimIds({ articleId: w.tram.articleId })).toEqual([w.budget.id, w.opening.id].sort());
    // The reviewer wrote the note on the budget claim and is assigned the opening; the editor gave the dredging its verdict.
    expect(await claimIds({ reviewerId: w.members.REVIEWER.id })).toEqual([w.budget.id, w.opening.id].sort());
    expect(await claimIds({ reviewerId: w.members.EDITOR.id })).toEqual([w.dredging.id]);
    expect(await claimIds({ reviewerId: w.other.members.EDITOR.id })).toEqual([]);

    await t.db.$executeRaw`UPDATE "Claim" SET "updatedAt" = '2025-03-10 12:00' WHERE "id" = ${w.budget.id}`;
    await t.db.$executeRaw`UPDATE "Claim" SET "updatedAt" = '2025-03-11 23:59' WHERE "id" = ${w.dredging.id}`;
    expect(await claimIds({ from: "2025-03-10", to: "2025-03-11" })).toEqual([w.budget.id, w.dredging.id].sort());
    expect(await claimIds({ from: "2025-03-11", to: "2025-03-11" })).toEqual([w.dredging.id]);
    expect(await claimIds({ to: "2025-03-10" })).toEqual([w.budget.id]);

    // Comments follow their claim's filters and their own date; articles are left out under claim-only filters.
    const comments = await search(w.team.id, "timetable", { status: "UNREVIEWED", reviewerId: w.members.REVIEWER.id });
    expect(comments.comments?.total).toBe(1);
    expect(comments.articles).toBeNull();
    expect(comments.articlesNeedClaimFilters).toBe(true);
    expect((await search(w.team.id, "timetable", { status: "VERIFIED" })).comments?.total).toBe(0);
    expect((await search(w.team.id, "timetable", { to: "2025-01-01" })).comments?.total).toBe(0);
    expect((await search(w.team.id, "funicular", { articleId: w.harbour.articleId })).articles?.total).toBe(0);
    const onlyComments = await search(w.team.id, "timetable", { kind: "comments" });
    expect([onlyComments.claims, onlyComments.articles, onlyComments.comments?.total]).toEqual([null, null, 1]);
  });

  it("returns HTML in the data as text, and a stored marker cannot fake a highlight", async () => {
    const w = await newsroom();
    const hit = (await search(w.team.id, "transport")).comments!.items[0];
    expect(hit.body).toContain("<script>alert(1)</script>");
    expect(hit.body).not.toMatch(/<\/?b>|<mark>/);
    const html = renderToStaticMarkup(createElement(Highlighted, { text: hit.body }));
    expect(html).toContain("<mark>transport</mark>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>");

    const { note: march } = (await search(w.team.id, "March")).claims!.items[0];
    expect(march).toContain(`<b>${marked("March")}</b>`);
    expect(renderToStaticMarkup(createElement(Highlighted, { text: march! }))).toContain("&lt;b&gt;<mark>March</mark>&lt;/b&gt;");

    await addComment({ userId: w.members.EDITOR.id, claimId: w.budget.id, body: `Spoof ${MATCH_START}marker${MATCH_END} in a comment about funding.` }, t.db);
    const spoof = (await search(w.team.id, "funding")).comments!.items[0].body;
    expect(spoof).toContain("Spoof marker in a comment");
    expect(spoof).toContain(marked("funding"));
  });

  it("pages through many results, twenty at a time, with the total", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const paragraphs = Array.from({ length: 25 }, (_, i) => `Claim number ${i} mentions the viaduct.`);
    const { articleId } = await makeArticle(t.db, { teamId: team.id, userId: members.EDITOR.id, paragraphs });
    const { text } = await t.db.articleVersion.findFirstOrThrow({ where: { articleId }, select: { text: true } });
    let from = 0;
    for (let i = 0; i < 25; i++) {
      const start = text.indexOf("Claim number", from);
      const end = text.indexOf("viaduct.", start) + "viaduct".length;
      await createClaim({ userId: members.REVIEWER.id, articleId, start, end }, t.db);
      from = end;
    }
    const first = await search(team.id, "viaduct", { kind: "claims" });
    const second = await search(team.id, "viaduct", { kind: "claims", page: 2 });
    const beyond = await search(team.id, "viaduct", { kind: "claims", page: 3 });
    expect([first.claims?.items.length, first.claims?.total]).toEqual([20, 25]);
    expect([second.claims?.items.length, second.claims?.total]).toEqual([5, 25]);
    expect([beyond.claims?.items.length, beyond.claims?.total]).toEqual([0, 25]);
    const seen = new Set([...first.claims!.items, ...second.claims!.items].map((hit) => hit.claimId));
    expect(seen.size).toBe(25);
  });

  it("refuses malformed input with a message that says what to fix", async () => {
    const { team } = await makeTeamWithMembers(t.db);
    const refused = (options: Omit<SearchTeamOptions, "teamId">, message: RegExp) =>
      expect(searchTeam({ teamId: team.id, ...options } as SearchTeamOptions, t.db)).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringMatching(message) });
    await refused({ query: "   " }, /Type what to search for/);
    await refused({ query: "x".repeat(201) }, /under 200 characters/);
    await refused({ query: "the and of" }, /very common/);
    await refused({ query: "budget\u0000" }, /cannot be searched for/);
    await refused({ query: "budget \uD83D" }, /cannot be searched for/);
    await refused({ query: "-budget" }, /not only words to leave out/);
    await refused({ query: "budget", status: "FALSE" as never }, /Unreviewed, Verified, Disputed or Unsourced/);
    await refused({ query: "budget", from: "2025-13-01" }, /YYYY-MM-DD/);
    await refused({ query: "budget", from: "2025-03-02", to: "2025-03-01" }, /end date is before the start date/);
    await refused({ query: "budget", page: 0 }, /Pages start at 1/);
    await refused({ query: "budget", kind: "users" as never }, /claims, articles, comments/);
    // Operators and quotes are search syntax, never SQL or tsquery errors.
    await expect(searchTeam({ teamId: team.id, query: "budget ' & | ! <-> :* (" }, t.db)).resolves.toMatchObject({ claims: { total: 0 } });
  });
});
