/**
 * The open claim's read routes (history, comments, library, review state): each answers exactly what its lib function
 * returns, to a member of the claim's team, and "not found" to anything that pairs the URL's article with a claim that
 * is not on it (another team's, another article's, a missing or impossible id). The authorization matrix covers roles.
 */
// The routes' session is whoever the test says, as in the authorization matrix.
jest.mock("@/lib/auth/session", () => jest.requireActual("./support/matrix-persona").sessionModule);

import { GET as getComments } from "@/app/api/articles/[articleId]/claims/[claimId]/comments/route";
import { GET as getHistory } from "@/app/api/articles/[articleId]/claims/[claimId]/history/route";
import { GET as getLibrary } from "@/app/api/articles/[articleId]/claims/[claimId]/library/route";
import { GET as getReviewStateRoute } from "@/app/api/articles/[articleId]/claims/[claimId]/review-state/route";
import { getReviewState } from "@/lib/activity/get-review-state";
import type { SessionUser } from "@/lib/auth/session";
import { getClaimHistory } from "@/lib/claims/claim-history";
import { createClaim } from "@/lib/claims/create-claim";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { updateClaimNote } from "@/lib/claims/update-claim-note";
import { addComment } from "@/lib/comments/add-comment";
import { listComments } from "@/lib/comments/list-comments";
import { makeArticle } from "@/lib/demo/factories";
import { findSimilarClaims } from "@/lib/library/find-similar-claims";
import { linkClaims } from "@/lib/library/link-claims";
import { listClaimAppearances } from "@/lib/library/list-claim-appearances";
import { setUpDatabaseForActions } from "./support/database-for-actions";
import { callAs } from "./support/matrix-persona";
import { CLAIM_SPAN, makeWorld, type World } from "./support/matrix-world";

const database = setUpDatabaseForActions();

type Handler = (request: Request, context: { params: Promise<{ articleId: string; claimId: string }> }) => Promise<Response>;
const ROUTES: Record<string, Handler> = { history: getHistory, comments: getComments, library: getLibrary, "review-state": getReviewStateRoute };

async function read(user: SessionUser | null, route: string, articleId: string, claimId: string) {
  const request = new Request(`http://localhost:3000/api/articles/${encodeURIComponent(articleId)}/claims/${encodeURIComponent(claimId)}/${route}`);
  const response = await callAs(user, () => ROUTES[route](request, { params: Promise.resolve({ articleId, claimId }) }));
  // Whether the answer may be stored; small answers also carry no-transform (not zipped), which is not this test's concern.
  const stored = !(response.headers.get("Cache-Control") ?? "").split(",").map((directive) => directive.trim()).includes("no-store");
  return { status: response.status, cache: stored ? "may be stored" : "no-store", body: (await response.json()) as unknown };
}

const note = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
// What crosses the wire: dates as strings, no undefined fields.
const wire = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

/** The world's claim with a verdict, a note and a comment, linked to the same claim in a second article of the team. */
async function discussedClaim(w: World) {
  const userId = w.members.REVIEWER.id;
  const { revision } = await setClaimStatus({ userId, claimId: w.claimId, revision: 1, status: "DISPUTED" }, w.db);
  await updateClaimNote({ userId, claimId: w.claimId, revision, note: note("The minutes say otherwise.") }, w.db);
  await addComment({ userId, claimId: w.claimId, body: "Who has the minutes?" }, w.db);
  const sentence = "The city council voted for the tram line.";
  const second = await makeArticle(w.db, { teamId: w.teamId, userId: w.members.EDITOR.id, paragraphs: [sentence] });
  const other = await createClaim({ userId, articleId: second.articleId, start: 4, end: 16 }, w.db);
  await linkClaims({ userId, claimId: w.claimId, linkedClaimId: other.id }, w.db);
  return { otherArticleId: second.articleId, otherClaimId: other.id };
}

describe("the open claim's read routes", () => {
  it("answer a member of the team exactly what the lib functions return, uncached", async () => {
    const w = await makeWorld(database().db);
    await discussedClaim(w);
    const viewer = w.members.VIEWER;
    const expected: Record<string, unknown> = {
      history: await getClaimHistory({ claimId: w.claimId }),
      comments: await listComments({ claimId: w.claimId }),
      library: {
        suggestions: await findSimilarClaims({ teamId: w.teamId, claimId: w.claimId }),
        appearances: await listClaimAppearances({ teamId: w.teamId, claimId: w.claimId }),
      },
      "review-state": await getReviewState({ userId: viewer.id, claimId: w.claimId }),
    };
    // Not vacuous: every read has something to show.
    expect((expected.history as unknown[]).length).toBeGreaterThanOrEqual(3);
    expect(expected.comments).toHaveLength(1);
    expect((expected.library as { suggestions: unknown[]; appearances: unknown[] }).suggestions).toHaveLength(1);
    expect((expected.library as { suggestions: unknown[]; appearances: unknown[] }).appearances).toHaveLength(1);
    expect(expected["review-state"]).toMatchObject({ status: "DISPUTED", viewerId: viewer.id });
    for (const route of Object.keys(ROUTES)) {
      expect({ route, ...(await read(viewer, route, w.articleId, w.claimId)) }).toEqual({ route, status: 200, cache: "no-store", body: wire(expected[route]) });
    }
  }, 30_000);

  it("answer 404 for a claim that is not on the URL's article of the caller's team, and 401 to nobody", async () => {
    const w = await makeWorld(database().db);
    const { otherArticleId } = await discussedClaim(w);
    const outsider = w.outsider;
    const own = await makeArticle(w.db, { teamId: w.outsiderTeamId, userId: outsider.id });
    const ownClaim = await createClaim({ userId: outsider.id, articleId: own.articleId, ...CLAIM_SPAN }, w.db);
    const cases: { what: string; user: SessionUser | null; articleId: string; claimId: string; status: number; code: string }[] = [
      { what: "another team's claim under the outsider's own article", user: outsider, articleId: own.articleId, claimId: w.claimId, status: 404, code: "NOT_FOUND" },
      { what: "another team's article and claim", user: outsider, articleId: w.articleId, claimId: w.claimId, status: 404, code: "NOT_FOUND" },
      { what: "the outsider's claim under the team's article", user: w.members.OWNER, articleId: w.articleId, claimId: ownClaim.id, status: 404, code: "NOT_FOUND" },
      { what: "a claim of another article of the same team", user: w.members.OWNER, articleId: otherArticleId, claimId: w.claimId, status: 404, code: "NOT_FOUND" },
      { what: "a claim id no row has", user: w.members.OWNER, articleId: w.articleId, claimId: "no-such-claim", status: 404, code: "NOT_FOUND" },
      { what: "an id no claim could have", user: w.members.OWNER, articleId: w.articleId, claimId: "\u0000", status: 404, code: "NOT_FOUND" },
      { what: "an article id no article could have", user: w.members.OWNER, articleId: "x".repeat(65), claimId: w.claimId, status: 404, code: "NOT_FOUND" },
      { what: "nobody signed in", user: null, articleId: w.articleId, claimId: w.claimId, status: 401, code: "UNAUTHENTICATED" },
    ];
    for (const route of Object.keys(ROUTES)) {
      for (const c of cases) {
        const { status, cache, body } = await read(c.user, route, c.articleId, c.claimId);
        expect({ route, what: c.what, status, cache, code: (body as { code?: string }).code }).toEqual({ route, what: c.what, status: c.status, cache: "no-store", code: c.code });
      }
    }
    // The outsider's own claim, under their own article, is theirs to read.
    expect((await read(outsider, "history", own.articleId, ownClaim.id)).status).toBe(200);
  }, 30_000);
});
