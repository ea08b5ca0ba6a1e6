/**
 * The export model of an article with more claims than one page of the paged read: every claim once, in document
 * order, with its sources, and filters applied across pages.
 */
import { addSource } from "@/lib/claims/add-source";
import { createClaim } from "@/lib/claims/create-claim";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { makeArticle, makeTeamWithMembers } from "@/lib/demo/factories";
import { loadArticleExport } from "@/lib/exports/load-article-export";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

const CLAIMS = 620; // two full pages of 250 and a part page

test(`an article with ${CLAIMS} claims exports every claim once, in document order, with filters across pages`, async () => {
  const { team, members } = await makeTeamWithMembers(t.db);
  const sentences = Array.from({ length: CLAIMS }, (_, i) => `Sentence ${i} says the count was ${i * 7}.`);
  const { articleId } = await makeArticle(t.db, { teamId: team.id, userId: members.EDITOR.id, paragraphs: [sentences.join(" ")] });
  const userId = members.REVIEWER.id;
  let at = 0;
  const made: string[] = [];
  for (const [i, sentence] of sentences.entries()) {
    const claim = await createClaim({ userId, articleId, start: at, end: at + sentence.length }, t.db);
    made.push(claim.id);
    if (i % 3 === 0) await setClaimStatus({ userId, claimId: claim.id, revision: claim.revision, status: "VERIFIED" }, t.db);
    if (i % 100 === 0) await addSource({ userId, claimId: claim.id, url: `https://example.org/${i}`, title: null, publisher: null, relation: "SUPPORTS" }, t.db);
    at += sentence.length + 1;
  }

  const all = await loadArticleExport({ articleId, baseUrl: "https://factdesk.example" }, t.db);
  expect(all.claims).toHaveLength(CLAIMS);
  expect(new Set(all.claims.map((c) => c.id))).toEqual(new Set(made));
  expect(all.claims.map((c) => c.exact)).toEqual(sentences);
  expect(all.claims.filter((c) => c.sources.length === 1).map((c) => c.sources[0].url)).toEqual(
    Array.from({ length: Math.ceil(CLAIMS / 100) }, (_, k) => `https://example.org/${k * 100}`),
  );

  const verified = await loadArticleExport({ articleId, baseUrl: "https://factdesk.example", filters: { status: ["VERIFIED"], notes: true, comments: true } }, t.db);
  expect(verified.claims.map((c) => c.exact)).toEqual(sentences.filter((_, i) => i % 3 === 0));
}, 120_000);
