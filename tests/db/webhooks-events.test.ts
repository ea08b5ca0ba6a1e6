/**
 * The events that queue webhook deliveries: claim.created, claim.status_changed and review.completed from the claim
 * history writer (lib/claims/record-event.ts, inside each change's own transaction), and article.versioned. The
 * claims below are created and judged through the app's lib functions, so the wiring itself is under test.
 */
import { addArticleVersion } from "@/lib/articles/add-article-version";
import { paragraphsToDoc } from "@/lib/articles/paragraphs-to-doc";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import type { Prisma } from "@/lib/db/generated/client";
import type { ClaimStatus, WebhookEvent } from "@/lib/db/generated/enums";
import { makeArticle, makeTeamWithMembers } from "@/lib/demo/factories";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { enqueueArticleVersioned } from "@/lib/webhooks/enqueue-article-versioned";
import { enqueueClaimEvent, type EnqueueClaimEventOptions } from "@/lib/webhooks/enqueue-claim-event";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue-webhook-event";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let t: TestDatabase;
const tried: string[] = [];
const previousAllow = process.env.FACTDESK_WEBHOOKS_ALLOW_PRIVATE;
beforeAll(async () => {
  process.env.FACTDESK_WEBHOOKS_ALLOW_PRIVATE = "1";
  t = await createTestDatabase();
});
afterAll(async () => {
  console.log(`Webhook events tried:\n${tried.map((line) => `  - ${line}`).join("\n")}`);
  await t.drop();
  if (previousAllow === undefined) delete process.env.FACTDESK_WEBHOOKS_ALLOW_PRIVATE;
  else process.env.FACTDESK_WEBHOOKS_ALLOW_PRIVATE = previousAllow;
});

async function setup(events: WebhookEvent[] = ["CLAIM_CREATED", "CLAIM_STATUS_CHANGED", "ARTICLE_VERSIONED", "REVIEW_COMPLETED"]) {
  const { team, members } = await makeTeamWithMembers(t.db);
  const { articleId, versionId } = await makeArticle(t.db, { teamId: team.id, userId: members.EDITOR.id, title: "Council budget" });
  const webhook = events.length
    ? await createWebhook({ userId: members.OWNER.id, teamId: team.id, url: "http://127.0.0.1:9/hook", events }, t.db)
    : null;
  const version = await t.db.articleVersion.findUniqueOrThrow({ where: { id: versionId } });
  const claim = async (words: string) => {
    const start = version.text.indexOf(words);
    return createClaim({ userId: members.REVIEWER.id, articleId, start, end: start + words.length }, t.db);
  };
  const verdict = async (claimId: string, status: ClaimStatus) => {
    const before = await t.db.claim.findUniqueOrThrow({ where: { id: claimId } });
    await setClaimStatus({ userId: members.REVIEWER.id, claimId, revision: before.revision, status }, t.db);
  };
  const sent = async (event?: WebhookEvent) =>
    (await t.db.webhookDelivery.findMany({ where: { webhook: { teamId: team.id }, event }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map(
      (delivery) => delivery.payload as { event: string; data: Record<string, unknown> },
    );
  return { team, members, articleId, webhook, claim, verdict, sent };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves for everyone once `parties` callers have arrived. */
function barrier(parties: number) {
  let arrived = 0;
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    arrive: () => {
      if (++arrived === parties) open();
      return opened;
    },
  };
}

/** Counts the queries a function makes through a transaction handle. */
function countingTx(tx: Prisma.TransactionClient): { tx: Prisma.TransactionClient; queries: () => number } {
  let queries = 0;
  const wrap = <T extends object>(target: T, depth: number): T =>
    new Proxy(target, {
      get(object, key, receiver) {
        const value = Reflect.get(object, key, receiver);
        if (typeof value === "function") {
          return (...args: unknown[]) => {
            queries++;
            return (value as (...a: unknown[]) => unknown).apply(object, args);
          };
        }
        return depth === 0 && value && typeof value === "object" ? wrap(value, 1) : value;
      },
    });
  return { tx: wrap(tx, 0), queries: () => queries };
}

describe("claim events", () => {
  it("sends claim.created and claim.status_changed with the claim, article, quote, statuses, actor and link", async () => {
    const { team, members, articleId, claim, verdict, sent } = await setup();
    const c = await claim("12 million euros");
    await verdict(c.id, "DISPUTED");
    const [created, changed] = await sent();
    const common = {
      claimId: c.id,
      articleId,
      articleTitle: "Council budget",
      quote: "12 million euros",
      path: `/articles/${articleId}?claim=${c.id}`,
      actor: { id: members.REVIEWER.id, name: members.REVIEWER.name },
    };
    expect(created).toMatchObject({ event: "claim.created", teamId: team.id, data: { ...common, status: "UNREVIEWED" } });
    expect(changed).toMatchObject({ event: "claim.status_changed", teamId: team.id, data: { ...common, statusBefore: "UNREVIEWED", statusAfter: "DISPUTED" } });
    tried.push("create + verdict → claim.created, claim.status_changed (UNREVIEWED → DISPUTED) with quote, actor and claim link");
  });

  it("sends review.completed when the last unreviewed claim gets a verdict, not while others remain", async () => {
    const { articleId, claim, verdict, sent, members } = await setup();
    const a = await claim("12 million euros");
    const b = await claim("in 2027");
    const gone = await claim("no funding");
    await deleteClaim({ userId: members.REVIEWER.id, claimId: gone.id }, t.db);

    await verdict(a.id, "VERIFIED");
    expect(await sent("REVIEW_COMPLETED")).toHaveLength(0);
    tried.push("verdict on 1 of 2 live unreviewed claims → no review.completed");
    await verdict(b.id, "UNSOURCED");
    const [completed] = await sent("REVIEW_COMPLETED");
    // The deleted claim, still Unreviewed, neither blocks completion nor counts.
    expect(completed).toMatchObject({
      event: "review.completed",
      data: { articleId, articleTitle: "Council budget", path: `/articles/${articleId}`, counts: { UNREVIEWED: 0, VERIFIED: 1, DISPUTED: 0, UNSOURCED: 1 } },
    });
    tried.push("verdict on the last live unreviewed claim (a deleted one left unreviewed) → review.completed with counts");

    // A change between verdicts is not a completion; a claim reopened and judged again completes the review again.
    await verdict(a.id, "DISPUTED");
    expect(await sent("REVIEW_COMPLETED")).toHaveLength(1);
    await verdict(a.id, "UNREVIEWED");
    await verdict(a.id, "VERIFIED");
    expect(await sent("REVIEW_COMPLETED")).toHaveLength(2);
    tried.push("VERIFIED → DISPUTED: no new review.completed; back to UNREVIEWED then VERIFIED: a second one");
  });

  it("sends exactly one review.completed when the last two claims get verdicts at the same moment", async () => {
    const { claim, sent } = await setup(["REVIEW_COMPLETED"]);
    const claims = [await claim("12 million euros"), await claim("in 2027")];
    const written = barrier(2);
    const checked = barrier(2);
    // Each transaction writes its verdict and waits until the other has written too (neither committed), then checks;
    // it stays open until the other has checked as well, so unguarded checks would each see the other's claim still
    // Unreviewed. The wait is capped: with the guard, the second check waits for the first commit, not the reverse.
    await Promise.all(
      claims.map((c) =>
        t.db.$transaction(async (tx) => {
          await tx.claim.update({ where: { id: c.id }, data: { status: "VERIFIED" } });
          await written.arrive();
          await enqueueClaimEvent(tx, { claimId: c.id, actorId: c.createdBy.id, kind: "STATUS_CHANGED", before: "UNREVIEWED", after: "VERIFIED" });
          await Promise.race([checked.arrive(), sleep(500)]);
        }),
      ),
    );
    expect(await sent("REVIEW_COMPLETED")).toHaveLength(1);
    tried.push("two concurrent verdicts on the last two claims → exactly one review.completed");
  });

  it("listens only to subscribed events: other subscriptions and other kinds of history entry queue nothing", async () => {
    const { claim, verdict, sent } = await setup(["CLAIM_CREATED"]);
    const c = await claim("in 2027");
    await verdict(c.id, "VERIFIED");
    expect((await sent()).map((payload) => payload.event)).toEqual(["claim.created"]);

    // Kinds that send nothing return before touching the database (a handle that would throw on use proves it).
    const untouchable = new Proxy({}, { get: () => { throw new Error("queried"); } }) as Prisma.TransactionClient;
    for (const kind of ["NOTE_CHANGED", "ASSIGNED", "DELETED", "APPROVED", "COMMENTED"] as EnqueueClaimEventOptions["kind"][]) {
      await expect(enqueueClaimEvent(untouchable, { claimId: c.id, actorId: "x", kind })).resolves.toEqual({ queued: 0 });
    }
    tried.push("subscribed to claim.created only → nothing for a verdict; NOTE_CHANGED etc. make no query at all");
  });

  it("costs a team without subscribed webhooks one query", async () => {
    const { team, articleId, members } = await setup([]);
    const c = await createClaim({ userId: members.REVIEWER.id, articleId, start: 4, end: 16 }, t.db);
    const counts = await t.db.$transaction(async (tx) => {
      const claimEvent = countingTx(tx);
      await enqueueClaimEvent(claimEvent.tx, { claimId: c.id, actorId: members.REVIEWER.id, kind: "STATUS_CHANGED", before: "UNREVIEWED", after: "VERIFIED" });
      const teamEvent = countingTx(tx);
      await enqueueWebhookEvent(teamEvent.tx, { teamId: team.id, event: "CLAIM_CREATED", payload: {} });
      const versioned = countingTx(tx);
      await enqueueArticleVersioned(versioned.tx, { articleId, versionId: "v", number: 2, outcomes: { ANCHORED: 0, MOVED: 0, NEEDS_REVIEW: 0, ORPHANED: 0 }, actorId: members.EDITOR.id });
      return [claimEvent.queries(), teamEvent.queries(), versioned.queries()];
    });
    expect(counts).toEqual([1, 1, 1]);
    tried.push(`no webhooks → queries made: enqueueClaimEvent ${counts[0]}, enqueueWebhookEvent ${counts[1]}, enqueueArticleVersioned ${counts[2]}`);
  });
});

describe("article.versioned", () => {
  it("sends the article, the version number and how its claims landed", async () => {
    const { team, members, articleId, claim, sent } = await setup(["ARTICLE_VERSIONED"]);
    await claim("12 million euros");
    await claim("no funding for maintenance");
    const doc = paragraphsToDoc([
      "The city council approved a budget of 12 million euros on Tuesday.",
      "The mayor said the new tram line would open in 2028.",
      "Critics say the plan is fully funded.",
    ]);
    const version = await addArticleVersion({ userId: members.EDITOR.id, articleId, doc }, t.db);
    await t.db.$transaction((tx) =>
      enqueueArticleVersioned(tx, { articleId, versionId: version.versionId, number: version.number, outcomes: version.outcomes, actorId: members.EDITOR.id }),
    );
    const [payload] = await sent("ARTICLE_VERSIONED");
    expect(payload).toMatchObject({
      event: "article.versioned",
      teamId: team.id,
      data: {
        articleId,
        articleTitle: "Council budget",
        versionId: version.versionId,
        versionNumber: 2,
        claimsByAnchorState: version.outcomes,
        actor: { id: members.EDITOR.id, name: members.EDITOR.name },
        path: `/articles/${articleId}`,
      },
    });
    tried.push(`new version 2 → article.versioned with claims by anchor state ${JSON.stringify(version.outcomes)}`);
  });
});
