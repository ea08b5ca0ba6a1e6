/**
 * Bad input, by property-based fuzzing: every server action and route handler, called as the team's OWNER (who may
 * do everything) with inputs fast-check derives from the authorization matrix's valid ones: a field of the wrong
 * type or an absurd size, hostile keys, Unicode hazards in every string, span edges inside surrogate pairs, and
 * arbitrary values; routes also get broken JSON, the wrong Content-Type and oversized bodies. Never a throw or a
 * 500, always a known code with a message for people, and nothing written when the call was refused.
 */
// The same stand-ins as the authorization matrix: the session is whoever the call runs as; cookies and revalidation
// do nothing outside a Next.js server.
jest.mock("@/lib/auth/session", () => jest.requireActual("./support/matrix-persona").sessionModule);
jest.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers({ host: "localhost:3000" }),
}));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
jest.mock("jsdom", () => jest.requireActual("../support/native-modules").nativeModule("jsdom"));
jest.mock("marked", () => jest.requireActual("../support/native-modules").nativeModule("marked"));

import fc from "fast-check";
import * as switcher from "@/app/(app)/actions";
import * as articles from "@/app/(app)/articles/actions";
import * as review from "@/app/(app)/articles/[articleId]/actions";
import * as collab from "@/app/(app)/articles/[articleId]/collab-actions";
import * as exportActions from "@/app/(app)/articles/[articleId]/export-actions";
import * as library from "@/app/(app)/articles/[articleId]/library-actions";
import * as suggestionActions from "@/app/(app)/articles/[articleId]/suggestion-actions";
import * as team from "@/app/(app)/team/actions";
import * as tokens from "@/app/(app)/account/tokens/actions";
import * as webhooks from "@/app/(app)/team/webhooks/actions";
import * as invite from "@/app/(auth)/invite/[token]/actions";
import * as signUp from "@/app/(auth)/sign-up/actions";
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
import * as claimRoute from "@/app/api/articles/[articleId]/claims/[claimId]/route";
import * as claimCommentsRoute from "@/app/api/articles/[articleId]/claims/[claimId]/comments/route";
import * as claimHistoryRoute from "@/app/api/articles/[articleId]/claims/[claimId]/history/route";
import * as claimLibraryRoute from "@/app/api/articles/[articleId]/claims/[claimId]/library/route";
import * as claimReviewStateRoute from "@/app/api/articles/[articleId]/claims/[claimId]/review-state/route";
import * as exportRoute from "@/app/api/articles/[articleId]/export/route";
import * as liveRoute from "@/app/api/articles/[articleId]/live/route";
import * as presenceRoute from "@/app/api/articles/[articleId]/presence/route";
import * as teamReportRoute from "@/app/api/teams/[teamId]/report/route";
import { db } from "@/lib/db/client";
import { liveHub } from "@/lib/live/hub";
import { fingerprinter } from "./support/fuzz-fingerprint";
import { FAMILIES, fuzzEndpoint, type Family, type FuzzContext } from "./support/fuzz-run";
import { Tally } from "./support/fuzz-tally";
import { actionTargets, routeTargets, undiscovered, type Target } from "./support/fuzz-targets";
import * as api from "./support/matrix-api";
import { webhookInputs } from "./support/matrix-inputs-webhooks";
import { collabInputs } from "./support/matrix-inputs-collab";
import { libraryInputs } from "./support/matrix-inputs-library";
import { suggestionInputs } from "./support/matrix-inputs-suggestions";
import { articleInputs, exportInputs, reviewInputs } from "./support/matrix-inputs-review";
import { inviteInputs, signUpInputs, switcherInputs, teamInputs, tokenInputs } from "./support/matrix-inputs-team";
import * as routes from "./support/matrix-routes";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

/** Fixed, so that a CI failure can be replayed exactly; FUZZ_SEED picks another sample, FUZZ_RUNS another size. */
const SEED = Number(process.env.FUZZ_SEED ?? 20260109);
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
/** Inputs per family; fewer where each accepted call does real work (an argon2 hash, an import, a rendered export). */
const RUNS_FOR: Record<string, number> = {
  "signUpAction": Math.ceil(RUNS / 3),
};

/**
 * Optional text fields the matrix's valid inputs leave out (it needs only what makes a call succeed), added here so
 * that the Unicode and mutation families reach them too.
 */
const SOURCE_TEXT = { title: "Council minutes, 12 May", publisher: "City of Example" };
const EXTRAS: Record<string, Record<string, unknown>> = {
  "app/(app)/articles/[articleId]/actions.ts addSourceAction": SOURCE_TEXT,
  "app/api/v1/claims/[claimId]/sources/route.ts POST": SOURCE_TEXT,
  "app/(app)/team/actions.ts createInvitationAction": { email: "invitee@example.test" },
  "app/(app)/articles/[articleId]/actions.ts reattachClaimAction": { reason: "selected" },
  "app/api/v1/articles/route.ts POST": { metadata: { byline: "A. Writer", siteName: "Example Daily", language: "en", sourceUrl: "https://example.org/story", publishedAt: "2026-01-09" } },
  "app/api/v1/articles/[articleId]/versions/route.ts POST": { basedOnNumber: 1 },
};

const TARGETS: Target[] = [
  ...actionTargets("app/(app)/actions.ts", switcher, switcherInputs),
  ...actionTargets("app/(app)/team/actions.ts", team, teamInputs),
  ...actionTargets("app/(app)/articles/actions.ts", articles, articleInputs),
  ...actionTargets("app/(app)/articles/[articleId]/actions.ts", review, reviewInputs),
  ...actionTargets("app/(app)/articles/[articleId]/collab-actions.ts", collab, collabInputs),
  ...actionTargets("app/(app)/articles/[articleId]/export-actions.ts", exportActions, exportInputs),
  ...actionTargets("app/(auth)/invite/[token]/actions.ts", invite, inviteInputs),
  ...actionTargets("app/(auth)/sign-up/actions.ts", signUp, signUpInputs),
  ...actionTargets("app/(app)/account/tokens/actions.ts", tokens, tokenInputs),
  ...actionTargets("app/(app)/team/webhooks/actions.ts", webhooks, webhookInputs),
  ...actionTargets("app/(app)/articles/[articleId]/library-actions.ts", library, libraryInputs),
  ...actionTargets("app/(app)/articles/[articleId]/suggestion-actions.ts", suggestionActions, suggestionInputs),
  ...routeTargets("app/api/articles/[articleId]/export/route.ts", exportRoute, routes.exportRouteArgs),
  ...routeTargets("app/api/articles/[articleId]/live/route.ts", liveRoute, routes.liveRouteArgs),
  ...routeTargets("app/api/articles/[articleId]/presence/route.ts", presenceRoute, routes.presenceRouteArgs),
  ...routeTargets("app/api/articles/[articleId]/claims/[claimId]/route.ts", claimRoute, routes.claimRouteArgs),
  ...routeTargets("app/api/articles/[articleId]/claims/[claimId]/history/route.ts", claimHistoryRoute, routes.claimHistoryRouteArgs),
  ...routeTargets("app/api/articles/[articleId]/claims/[claimId]/comments/route.ts", claimCommentsRoute, routes.claimCommentsRouteArgs),
  ...routeTargets("app/api/articles/[articleId]/claims/[claimId]/library/route.ts", claimLibraryRoute, routes.claimLibraryRouteArgs),
  ...routeTargets("app/api/articles/[articleId]/claims/[claimId]/review-state/route.ts", claimReviewStateRoute, routes.claimReviewStateRouteArgs),
  ...routeTargets("app/api/teams/[teamId]/report/route.ts", teamReportRoute, routes.teamReportRouteArgs),
  ...routeTargets("app/api/v1/openapi.json/route.ts", apiOpenApi, api.apiOpenApiArgs),
  ...routeTargets("app/api/v1/articles/route.ts", apiArticles, api.apiArticlesArgs),
  ...routeTargets("app/api/v1/members/route.ts", apiMembers, api.apiMembersArgs),
  ...routeTargets("app/api/v1/articles/[articleId]/route.ts", apiArticle, api.apiArticleArgs),
  ...routeTargets("app/api/v1/articles/[articleId]/versions/route.ts", apiArticleVersions, api.apiArticleVersionsArgs),
  ...routeTargets("app/api/v1/articles/[articleId]/claims/route.ts", apiArticleClaims, api.apiArticleClaimsArgs),
  ...routeTargets("app/api/v1/articles/[articleId]/export/route.ts", apiArticleExport, api.apiArticleExportArgs),
  ...routeTargets("app/api/v1/claims/[claimId]/route.ts", apiClaim, api.apiClaimArgs),
  ...routeTargets("app/api/v1/claims/[claimId]/restore/route.ts", apiClaimRestore, api.apiClaimRestoreArgs),
  ...routeTargets("app/api/v1/claims/[claimId]/sources/route.ts", apiClaimSources, api.apiClaimSourcesArgs),
  ...routeTargets("app/api/v1/claims/[claimId]/sources/[sourceId]/route.ts", apiClaimSource, api.apiClaimSourceArgs),
];

let t: TestDatabase;
const previous = { databaseUrl: process.env.DATABASE_URL, rateLimit: process.env.FACTDESK_API_RATE_LIMIT };
let errorSpy: jest.SpyInstance;
const logged: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  process.env.DATABASE_URL = t.url;
  // Hundreds of requests a minute on one token are the point here, not abuse.
  process.env.FACTDESK_API_RATE_LIMIT = "1000000";
  // Unexpected errors are logged by the boundary; keep them, quietly, to say what lay behind an INTERNAL.
  errorSpy = jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    logged.push(args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg))).join(" ").slice(0, 5000));
  });
  fc.configureGlobal({ seed: SEED });
});

afterAll(async () => {
  errorSpy.mockRestore();
  fc.resetConfigureGlobal();
  await liveHub().close();
  await db().$disconnect();
  await t.drop();
  for (const [key, value] of [["DATABASE_URL", previous.databaseUrl], ["FACTDESK_API_RATE_LIMIT", previous.rateLimit]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe("bad input (property-based fuzzing)", () => {
  it("answers every action and route with a clear refusal or success, never a 500, and writes nothing when it refuses", async () => {
    const tally = new Tally();
    const fingerprint = await fingerprinter(t.url);
    const ctx: FuzzContext = { db: t.db, fingerprint: fingerprint.read, tally, logged, extras: EXTRAS, ms: { worlds: 0, calls: 0, fingerprints: 0 } };
    const missing = await undiscovered(TARGETS);
    const started = Date.now();
    for (const target of [...TARGETS, ...missing]) {
      const endpoint = `${target.file} ${target.name}`;
      const runs = RUNS_FOR[target.name] ?? RUNS;
      const families: Family[] = target.build ? [...FAMILIES] : ["arbitrary"];
      if (!target.build) tally.note(endpoint, "no valid-input builder in the matrix yet: arbitrary input only");
      const begun = Date.now();
      await fuzzEndpoint(target, families, runs, ctx);
      tally.row(endpoint).ms = Date.now() - begun;
    }
    const seconds = (Date.now() - started) / 1000;
    await fingerprint.close();

    console.log(
      `Fuzzing: seed ${SEED}, ${RUNS} inputs per endpoint and family (${FAMILIES.join(", ")})\n${tally.table()}\n` +
        `Total: ${tally.total} inputs tried on ${tally.rows.size} endpoints in ${seconds.toFixed(0)} s ` +
        `(worlds ${(ctx.ms.worlds / 1000).toFixed(0)} s, calls ${(ctx.ms.calls / 1000).toFixed(0)} s, fingerprints ${(ctx.ms.fingerprints / 1000).toFixed(0)} s)` +
        (tally.findings.length > 0 ? `\n\nFindings:\n${tally.report()}` : "\nFindings: none"),
    );
    expect(tally.findings.map((f) => `${f.endpoint} [${f.family}] ${f.problem} ×${f.count} — input: ${f.input}${f.cause ? ` — cause: ${f.cause}` : ""}`)).toEqual([]);
    // Every endpoint got its share of inputs, and the whole sample stays inside the time this file is given.
    expect([...tally.rows].filter(([, row]) => row.tried < Math.min(RUNS, 10)).map(([endpoint]) => endpoint)).toEqual([]);
    expect(tally.total).toBeGreaterThanOrEqual(TARGETS.length * 3 * Math.min(RUNS, 10));
  }, 600_000);
});
