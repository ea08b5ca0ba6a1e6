/**
 * The authorization matrix: every server action and route handler, called by anonymous, a VIEWER, REVIEWER, EDITOR
 * and OWNER of the team, and the owner of another team, against a real database. The expected outcome of each cell
 * is written below as data (the least role each action needs), not read from lib/auth/permissions.ts.
 */
// The Next.js request context (the session cookie, cookies(), headers(), the cache) exists only inside a Next server.
// Here the session is whoever the cell runs as, and cookies and revalidation do nothing; authorization and the
// database are the real ones.
jest.mock("@/lib/auth/session", () => jest.requireActual("./support/matrix-persona").sessionModule);
jest.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers({ host: "localhost:3000" }),
}));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
// The import pipeline uses jsdom and marked, ES modules that Jest's CommonJS runtime cannot load itself.
jest.mock("jsdom", () => jest.requireActual("../support/native-modules").nativeModule("jsdom"));
jest.mock("marked", () => jest.requireActual("../support/native-modules").nativeModule("marked"));

import * as switcher from "@/app/(app)/actions";
import * as articles from "@/app/(app)/articles/actions";
import * as review from "@/app/(app)/articles/[articleId]/actions";
import * as collab from "@/app/(app)/articles/[articleId]/collab-actions";
import * as exportActions from "@/app/(app)/articles/[articleId]/export-actions";
import * as team from "@/app/(app)/team/actions";
import * as tokens from "@/app/(app)/account/tokens/actions";
import * as account from "@/app/(app)/account/actions";
import * as webhooks from "@/app/(app)/team/webhooks/actions";
import * as library from "@/app/(app)/articles/[articleId]/library-actions";
import * as suggestionActions from "@/app/(app)/articles/[articleId]/suggestion-actions";
import * as apiArticleClaims from "@/app/api/v1/articles/[articleId]/claims/route";
import * as apiArticleExport from "@/app/api/v1/articles/[articleId]/export/route";
import * as apiArticle from "@/app/api/v1/articles/[articleId]/route";
import * as apiArticleVersions from "@/app/api/v1/articles/[articleId]/versions/route";
import * as apiArticles from "@/app/api/v1/articles/route";
import * as apiClaimRestore from "@/app/api/v1/claims/[claimId]/restore/route";
import * as apiClaim from "@/app/api/v1/claims/[claimId]/route";
import * as apiClaimSource from "@/app/api/v1/claims/[claimId]/sources/[sourceId]/route";
import * as apiClaimSources from "@/app/api/v1/claims/[claimId]/sources/route";
import * as apiMembers from "@/app/api/v1/members/route";
import * as apiOpenApi from "@/app/api/v1/openapi.json/route";
import * as invite from "@/app/(auth)/invite/[token]/actions";
import * as signUp from "@/app/(auth)/sign-up/actions";
import * as claimRoute from "@/app/api/articles/[articleId]/claims/[claimId]/route";
import * as claimCommentsRoute from "@/app/api/articles/[articleId]/claims/[claimId]/comments/route";
import * as claimHistoryRoute from "@/app/api/articles/[articleId]/claims/[claimId]/history/route";
import * as claimLibraryRoute from "@/app/api/articles/[articleId]/claims/[claimId]/library/route";
import * as claimReviewStateRoute from "@/app/api/articles/[articleId]/claims/[claimId]/review-state/route";
import * as exportRoute from "@/app/api/articles/[articleId]/export/route";
import * as liveRoute from "@/app/api/articles/[articleId]/live/route";
import * as presenceRoute from "@/app/api/articles/[articleId]/presence/route";
import * as teamReportRoute from "@/app/api/teams/[teamId]/report/route";
import {
  apiArticleArgs,
  apiArticleClaimsArgs,
  apiArticleExportArgs,
  apiArticlesArgs,
  apiArticleVersionsArgs,
  apiClaimArgs,
  apiClaimRestoreArgs,
  apiClaimSourceArgs,
  apiClaimSourcesArgs,
  apiMembersArgs,
  apiOpenApiArgs,
} from "./support/matrix-api";
import { discoverEndpoints } from "./support/matrix-discovery";
import { webhookInputs } from "./support/matrix-inputs-webhooks";
import { libraryInputs } from "./support/matrix-inputs-library";
import { suggestionInputs } from "./support/matrix-inputs-suggestions";
import { collabInputs } from "./support/matrix-inputs-collab";
import { runProbes } from "./support/matrix-probes";
import { articleInputs, exportInputs, reviewInputs } from "./support/matrix-inputs-review";
import { accountInputs, inviteInputs, signUpInputs, switcherInputs, teamInputs, tokenInputs } from "./support/matrix-inputs-team";
import {
  claimCommentsRouteArgs,
  claimHistoryRouteArgs,
  claimLibraryRouteArgs,
  claimReviewStateRouteArgs,
  claimRouteArgs,
  exportRouteArgs,
  liveRouteArgs,
  presenceRouteArgs,
  teamReportRouteArgs,
} from "./support/matrix-routes";
import { actionRows, outcome, routeRows, type Outcome, type Row } from "./support/matrix-rows";
import { matches, renderTable, type Expected, type TableRow } from "./support/matrix-table";
import { callerOf, makeWorld, PERSONAS, type Persona } from "./support/matrix-world";
import { setUpDatabaseForActions } from "./support/database-for-actions";

/**
 * PUBLIC: even anonymous callers. ANY_SIGNED_IN: anyone signed in, on their own things. Else the least team role.
 * OWN_TEAM_*: API calls that name no team or article (list articles, import, members): they act on the team of the
 * caller's token, so another team's member reaches only their own team, where they are OWNER.
 */
type Least = "PUBLIC" | "ANY_SIGNED_IN" | "VIEWER" | "REVIEWER" | "EDITOR" | "OWNER" | "OWN_TEAM_VIEWER" | "OWN_TEAM_EDITOR";

// OWNER manages the team and its members; EDITOR imports and updates articles and approves, and does all a reviewer
// does; REVIEWER creates and edits claims (status, notes, sources, span, deletion), comments and assigns; VIEWER reads
// and exports.
const EXPECTED: Record<string, Record<string, Least>> = {
  "app/(app)/actions.ts": { switchTeamAction: "VIEWER" },
  "app/(app)/team/actions.ts": {
    createTeamAction: "ANY_SIGNED_IN",
    renameTeamAction: "OWNER",
    setSecondReviewerAction: "OWNER",
    changeMemberRoleAction: "OWNER",
    removeMemberAction: "OWNER",
    leaveTeamAction: "VIEWER",
    createInvitationAction: "OWNER",
    revokeInvitationAction: "OWNER",
  },
  "app/(app)/articles/actions.ts": { previewImportAction: "EDITOR", saveImportAction: "EDITOR" },
  "app/(app)/articles/[articleId]/actions.ts": {
    createClaimAction: "REVIEWER",
    setClaimStatusAction: "REVIEWER",
    updateClaimNoteAction: "REVIEWER",
    addSourceAction: "REVIEWER",
    removeSourceAction: "REVIEWER",
    deleteClaimAction: "REVIEWER",
    restoreClaimAction: "REVIEWER",
    addVersionAction: "EDITOR",
    reattachClaimAction: "REVIEWER",
    leaveClaimOrphanedAction: "REVIEWER",
    saveEditedVersionAction: "EDITOR",
  },
  "app/(app)/articles/[articleId]/collab-actions.ts": {
    assignClaimAction: "REVIEWER",
    assignUnreviewedAction: "REVIEWER",
    approveClaimAction: "EDITOR",
    reopenClaimAction: "EDITOR",
    setClaimSummaryAction: "REVIEWER",
    restoreNoteAction: "REVIEWER",
    addCommentAction: "REVIEWER",
    listArticleActivityAction: "VIEWER",
    listNotificationsAction: "ANY_SIGNED_IN",
    countUnreadNotificationsAction: "ANY_SIGNED_IN",
    markNotificationReadAction: "ANY_SIGNED_IN",
    markAllNotificationsReadAction: "ANY_SIGNED_IN",
  },
  // Loading a W3C annotation file is an import onto the article, like importing a version.
  "app/(app)/articles/[articleId]/export-actions.ts": { importAnnotationsAction: "EDITOR" },
  "app/(auth)/invite/[token]/actions.ts": { acceptInvitationAction: "ANY_SIGNED_IN" },
  "app/(auth)/sign-up/actions.ts": { signUpAction: "PUBLIC" },
  "app/api/articles/[articleId]/export/route.ts": { GET: "VIEWER" },
  "app/api/articles/[articleId]/live/route.ts": { GET: "VIEWER" },
  "app/api/articles/[articleId]/presence/route.ts": { POST: "VIEWER" },
  "app/api/articles/[articleId]/claims/[claimId]/route.ts": { GET: "VIEWER" },
  "app/api/articles/[articleId]/claims/[claimId]/history/route.ts": { GET: "VIEWER" },
  "app/api/articles/[articleId]/claims/[claimId]/comments/route.ts": { GET: "VIEWER" },
  "app/api/articles/[articleId]/claims/[claimId]/library/route.ts": { GET: "VIEWER" },
  "app/api/articles/[articleId]/claims/[claimId]/review-state/route.ts": { GET: "VIEWER" },
  "app/api/teams/[teamId]/report/route.ts": { GET: "VIEWER" },
  // A token can be made for any team one belongs to; revoking acts on one's own tokens only.
  "app/(app)/account/tokens/actions.ts": { createTokenAction: "VIEWER", revokeTokenAction: "ANY_SIGNED_IN" },
  // One's own sessions and password.
  "app/(app)/account/actions.ts": { signOutEverywhereAction: "ANY_SIGNED_IN", changePasswordAction: "ANY_SIGNED_IN" },
  "app/(app)/team/webhooks/actions.ts": {
    createWebhookAction: "OWNER",
    updateWebhookAction: "OWNER",
    deleteWebhookAction: "OWNER",
    rotateWebhookSecretAction: "OWNER",
    sendTestDeliveryAction: "OWNER",
    redeliverAction: "OWNER",
  },
  "app/(app)/articles/[articleId]/library-actions.ts": {
    linkClaimsAction: "REVIEWER",
    unlinkClaimsAction: "REVIEWER",
    copyVerdictAction: "REVIEWER",
  },
  "app/(app)/articles/[articleId]/suggestion-actions.ts": {
    acceptSuggestionAction: "REVIEWER",
    dismissSuggestionAction: "REVIEWER",
    restoreSuggestionAction: "REVIEWER",
  },
  "app/api/v1/openapi.json/route.ts": { GET: "PUBLIC" },
  "app/api/v1/articles/route.ts": { GET: "OWN_TEAM_VIEWER", POST: "OWN_TEAM_EDITOR" },
  "app/api/v1/members/route.ts": { GET: "OWN_TEAM_VIEWER" },
  "app/api/v1/articles/[articleId]/route.ts": { GET: "VIEWER" },
  "app/api/v1/articles/[articleId]/versions/route.ts": { POST: "EDITOR" },
  "app/api/v1/articles/[articleId]/claims/route.ts": { GET: "VIEWER", POST: "REVIEWER" },
  "app/api/v1/articles/[articleId]/export/route.ts": { GET: "VIEWER" },
  "app/api/v1/claims/[claimId]/route.ts": { GET: "VIEWER", PATCH: "REVIEWER", DELETE: "REVIEWER" },
  "app/api/v1/claims/[claimId]/restore/route.ts": { POST: "REVIEWER" },
  "app/api/v1/claims/[claimId]/sources/route.ts": { POST: "REVIEWER" },
  "app/api/v1/claims/[claimId]/sources/[sourceId]/route.ts": { DELETE: "REVIEWER" },
};

const RANK = { VIEWER: 1, REVIEWER: 2, EDITOR: 3, OWNER: 4 } as const;

/** The rule: anonymous is refused unless PUBLIC; another team's member gets "not found" for this team's objects. */
function expectedCell(least: Least, persona: Persona): Expected {
  if (least === "PUBLIC") return { verdict: "allow" };
  if (persona === "anonymous") return { verdict: "deny", code: "UNAUTHENTICATED" };
  if (least === "ANY_SIGNED_IN") return { verdict: "allow" };
  const ownTeam = least === "OWN_TEAM_VIEWER" || least === "OWN_TEAM_EDITOR";
  if (persona === "other team") return ownTeam ? { verdict: "allow" } : { verdict: "deny", code: "NOT_FOUND" };
  const role = least === "OWN_TEAM_VIEWER" ? "VIEWER" : least === "OWN_TEAM_EDITOR" ? "EDITOR" : least;
  return RANK[persona] >= RANK[role] ? { verdict: "allow" } : { verdict: "deny", code: "FORBIDDEN" };
}

const ROWS: Row[] = [
  ...actionRows("app/(app)/actions.ts", switcher, switcherInputs),
  ...actionRows("app/(app)/team/actions.ts", team, teamInputs),
  ...actionRows("app/(app)/articles/actions.ts", articles, articleInputs),
  ...actionRows("app/(app)/articles/[articleId]/actions.ts", review, reviewInputs),
  ...actionRows("app/(app)/articles/[articleId]/collab-actions.ts", collab, collabInputs),
  ...actionRows("app/(app)/articles/[articleId]/export-actions.ts", exportActions, exportInputs),
  ...actionRows("app/(auth)/invite/[token]/actions.ts", invite, inviteInputs),
  ...actionRows("app/(auth)/sign-up/actions.ts", signUp, signUpInputs),
  ...routeRows("app/api/articles/[articleId]/export/route.ts", exportRoute, exportRouteArgs),
  ...routeRows("app/api/articles/[articleId]/live/route.ts", liveRoute, liveRouteArgs),
  ...routeRows("app/api/articles/[articleId]/presence/route.ts", presenceRoute, presenceRouteArgs),
  ...routeRows("app/api/articles/[articleId]/claims/[claimId]/route.ts", claimRoute, claimRouteArgs),
  ...routeRows("app/api/articles/[articleId]/claims/[claimId]/history/route.ts", claimHistoryRoute, claimHistoryRouteArgs),
  ...routeRows("app/api/articles/[articleId]/claims/[claimId]/comments/route.ts", claimCommentsRoute, claimCommentsRouteArgs),
  ...routeRows("app/api/articles/[articleId]/claims/[claimId]/library/route.ts", claimLibraryRoute, claimLibraryRouteArgs),
  ...routeRows("app/api/articles/[articleId]/claims/[claimId]/review-state/route.ts", claimReviewStateRoute, claimReviewStateRouteArgs),
  ...routeRows("app/api/teams/[teamId]/report/route.ts", teamReportRoute, teamReportRouteArgs),
  ...actionRows("app/(app)/account/tokens/actions.ts", tokens, tokenInputs),
  ...actionRows("app/(app)/account/actions.ts", account, accountInputs),
  ...actionRows("app/(app)/team/webhooks/actions.ts", webhooks, webhookInputs),
  ...actionRows("app/(app)/articles/[articleId]/library-actions.ts", library, libraryInputs),
  ...actionRows("app/(app)/articles/[articleId]/suggestion-actions.ts", suggestionActions, suggestionInputs),
  ...routeRows("app/api/v1/openapi.json/route.ts", apiOpenApi, apiOpenApiArgs),
  ...routeRows("app/api/v1/articles/route.ts", apiArticles, apiArticlesArgs),
  ...routeRows("app/api/v1/members/route.ts", apiMembers, apiMembersArgs),
  ...routeRows("app/api/v1/articles/[articleId]/route.ts", apiArticle, apiArticleArgs),
  ...routeRows("app/api/v1/articles/[articleId]/versions/route.ts", apiArticleVersions, apiArticleVersionsArgs),
  ...routeRows("app/api/v1/articles/[articleId]/claims/route.ts", apiArticleClaims, apiArticleClaimsArgs),
  ...routeRows("app/api/v1/articles/[articleId]/export/route.ts", apiArticleExport, apiArticleExportArgs),
  ...routeRows("app/api/v1/claims/[claimId]/route.ts", apiClaim, apiClaimArgs),
  ...routeRows("app/api/v1/claims/[claimId]/restore/route.ts", apiClaimRestore, apiClaimRestoreArgs),
  ...routeRows("app/api/v1/claims/[claimId]/sources/route.ts", apiClaimSources, apiClaimSourcesArgs),
  ...routeRows("app/api/v1/claims/[claimId]/sources/[sourceId]/route.ts", apiClaimSource, apiClaimSourceArgs),
];

/** Cells at once: enough to finish in seconds, few enough to stay well inside both connection pools. */
const CONCURRENCY = 8;

const database = setUpDatabaseForActions();

async function runCell(row: Row, persona: Persona): Promise<Outcome> {
  const controller = new AbortController();
  try {
    const world = await makeWorld(database().db);
    return await row.run({ ...world, persona, caller: callerOf(world, persona), signal: controller.signal });
  } catch (error) {
    return outcome("THREW", error instanceof Error ? error.message : String(error));
  } finally {
    controller.abort();
  }
}

async function inParallel<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

describe("authorization matrix", () => {
  it("allows and denies every action and route handler for each persona as the roles say", async () => {
    const key = (file: string, name: string) => `${file} ${name}`;
    const inMatrix = new Set(ROWS.map((row) => key(row.file, row.name)));
    const discovered = await discoverEndpoints();

    const jobs = ROWS.flatMap((row) => PERSONAS.map((persona) => ({ row, persona })));
    const outcomes = await inParallel(jobs, CONCURRENCY, ({ row, persona }) => runCell(row, persona));
    const table: TableRow[] = ROWS.map((row, r) => {
      const least = EXPECTED[row.file]?.[row.name];
      return {
        row,
        least: least ?? "(none)",
        cells: PERSONAS.map((persona, p) => ({ outcome: outcomes[r * PERSONAS.length + p], expected: least ? expectedCell(least, persona) : null })),
      };
    });
    console.log(`Authorization matrix (${ROWS.length} actions and routes × ${PERSONAS.length} personas)\n${renderTable(table)}`);

    const cells = table.flatMap(({ row, cells }) => cells.map((cell, p) => ({ at: `${key(row.file, row.name)} as ${PERSONAS[p]}`, ...cell })));
    // Every action and route on disk has a row, and every row an expectation: a new action cannot slip through.
    expect(discovered.filter((endpoint) => !inMatrix.has(key(endpoint.file, endpoint.name)))).toEqual([]);
    expect(ROWS.length).toBeGreaterThanOrEqual(discovered.length);
    expect(ROWS.filter((row) => !EXPECTED[row.file]?.[row.name]).map((row) => key(row.file, row.name))).toEqual([]);
    const stale = Object.entries(EXPECTED).flatMap(([file, names]) => Object.keys(names).map((name) => key(file, name)));
    expect(stale.filter((entry) => !inMatrix.has(entry))).toEqual([]);

    expect(cells.filter((cell) => !matches(cell.outcome, cell.expected)).map((cell) => `${cell.at}: ${cell.outcome.code} ${cell.outcome.message ?? ""}`)).toEqual([]);
    // Allowed calls must succeed, not merely get past authorization: a fixture that fails cannot hide behind "allow".
    const refused = cells.filter((cell) => cell.expected?.verdict === "allow" && cell.outcome.code !== "ok");
    expect(refused.map((cell) => `${cell.at}: ${cell.outcome.code} ${cell.outcome.message ?? ""}`)).toEqual([]);
  }, 120_000);

  it("refuses another team's objects passed beside the caller's own team, article or claim ids", async () => {
    const results = await runProbes(() => makeWorld(database().db));
    expect(results.filter((result) => result.code !== result.expected || !result.untouched)).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(10);
  }, 60_000);
});
