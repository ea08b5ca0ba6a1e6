/**
 * Webhooks against a real database and a real HTTP receiver on 127.0.0.1: the outbox written in the change's
 * transaction, signed delivery, retries with backoff, giving up, leases and SKIP LOCKED, and team scoping.
 */
import { randomUUID } from "node:crypto";
import { createServer, type AddressInfo } from "node:net";
import type { WebhookEvent } from "@/lib/db/generated/enums";
import { makeTeamWithMembers } from "@/lib/demo/factories";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";
import { deliverDueWebhooks, type DeliverDueWebhooksOptions } from "@/lib/webhooks/deliver-due-webhooks";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue-webhook-event";
import { listDeliveries } from "@/lib/webhooks/list-deliveries";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";
import { redeliver } from "@/lib/webhooks/redeliver";
import { MAX_ATTEMPTS } from "@/lib/webhooks/retry-schedule";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { sendTestEvent } from "@/lib/webhooks/send-test-event";
import { verifySignature } from "@/lib/webhooks/sign-payload";
import { takeDueDeliveries } from "@/lib/webhooks/take-due-deliveries";
import { updateWebhook } from "@/lib/webhooks/update-webhook";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { startWebhookReceiver, type WebhookReceiver } from "./support/webhook-receiver";

let t: TestDatabase;
let receiver: WebhookReceiver;
const tried: string[] = [];
const previousAllow = process.env.FACTDESK_WEBHOOKS_ALLOW_PRIVATE;

beforeAll(async () => {
  process.env.FACTDESK_WEBHOOKS_ALLOW_PRIVATE = "1";
  [t, receiver] = await Promise.all([createTestDatabase(), startWebhookReceiver()]);
});
afterAll(async () => {
  console.log(`Webhook scenarios tried:\n${tried.map((line) => `  - ${line}`).join("\n")}`);
  await receiver.close();
  await t.drop();
  if (previousAllow === undefined) delete process.env.FACTDESK_WEBHOOKS_ALLOW_PRIVATE;
  else process.env.FACTDESK_WEBHOOKS_ALLOW_PRIVATE = previousAllow;
});
// The queue is shared by every team by design, so a test must not leave due work for the next test's round.
afterEach(async () => {
  await t.db.webhookDelivery.deleteMany({ where: { state: "PENDING" } });
});

const ALL: WebhookEvent[] = ["CLAIM_CREATED", "CLAIM_STATUS_CHANGED", "ARTICLE_VERSIONED", "REVIEW_COMPLETED"];

async function setup(kind = "ok", events: WebhookEvent[] = ALL) {
  const { team, members } = await makeTeamWithMembers(t.db);
  const path = `/${kind}/${randomUUID()}`;
  const webhook = await createWebhook({ userId: members.OWNER.id, teamId: team.id, url: `${receiver.baseUrl}${path}`, events }, t.db);
  const requests = () => receiver.received.filter((request) => request.path === path);
  return { team, members, webhook, path, requests };
}

const enqueue = (teamId: string, event: WebhookEvent = "CLAIM_CREATED", payload = { claimId: "c1" }) =>
  t.db.$transaction((tx) => enqueueWebhookEvent(tx, { teamId, event, payload }));
const deliver = (options: DeliverDueWebhooksOptions = {}) => deliverDueWebhooks({ timeoutMs: 3000, ...options }, t.db);
const deliveriesOf = (webhookId: string) => t.db.webhookDelivery.findMany({ where: { webhookId }, orderBy: { createdAt: "asc" } });
const later = (date: Date, ms: number) => new Date(date.getTime() + ms);

/** A port nothing listens on any more, so connecting to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("queueing in the change's transaction", () => {
  it("queues one delivery per active subscribed webhook, and nothing when the transaction rolls back", async () => {
    const { team, members, webhook } = await setup();
    const other = await createWebhook({ userId: members.OWNER.id, teamId: team.id, url: `${receiver.baseUrl}/ok/other`, events: ["ARTICLE_VERSIONED"] }, t.db);
    const off = await createWebhook({ userId: members.OWNER.id, teamId: team.id, url: `${receiver.baseUrl}/ok/off`, events: ["CLAIM_CREATED"] }, t.db);
    await updateWebhook({ teamId: team.id, webhookId: off.webhookId, active: false }, t.db);

    await expect(
      t.db.$transaction(async (tx) => {
        await enqueueWebhookEvent(tx, { teamId: team.id, event: "CLAIM_CREATED", payload: { claimId: "rolled-back" } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await t.db.webhookDelivery.count({ where: { webhook: { teamId: team.id } } })).toBe(0);

    expect(await enqueue(team.id)).toEqual({ queued: 1 });
    const [delivery] = await deliveriesOf(webhook.webhookId);
    expect(delivery).toMatchObject({ event: "CLAIM_CREATED", state: "PENDING", attempts: 0, lockedUntil: null });
    expect(delivery.payload).toMatchObject({ event: "claim.created", teamId: team.id, data: { claimId: "c1" } });
    expect((delivery.payload as { id: string }).id).toMatch(/^evt_/);
    expect(await deliveriesOf(other.webhookId)).toHaveLength(0);
    expect(await deliveriesOf(off.webhookId)).toHaveLength(0);

    const { team: quiet } = await makeTeamWithMembers(t.db);
    expect(await enqueue(quiet.id)).toEqual({ queued: 0 });
    tried.push("rolled-back transaction → 0 deliveries; committed → 1 (not to an unsubscribed or switched-off webhook; 0 for a team without webhooks)");
  });
});

describe("delivering", () => {
  it("POSTs the envelope with a valid signature and the documented headers, then marks it delivered", async () => {
    const { team, webhook, requests } = await setup();
    await enqueue(team.id, "CLAIM_STATUS_CHANGED", { claimId: "c9" });
    const [queued] = await deliveriesOf(webhook.webhookId);
    const now = new Date();

    expect(await deliver({ now })).toEqual({ taken: 1, delivered: 1, retrying: 0, failed: 0 });
    const [request] = requests();
    expect(request.method).toBe("POST");
    expect(request.headers).toMatchObject({
      "content-type": "application/json",
      "user-agent": "Factdesk-Webhooks/1",
      "x-factdesk-event": "claim.status_changed",
      "x-factdesk-delivery": queued.id,
      "x-factdesk-timestamp": String(Math.floor(now.getTime() / 1000)),
    });
    const signature = String(request.headers["x-factdesk-signature"]);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    const timestamp = String(request.headers["x-factdesk-timestamp"]);
    expect(verifySignature({ secret: webhook.secret, timestamp, body: request.body, signature, now })).toBe(true);
    expect(verifySignature({ secret: "whsec_wrong", timestamp, body: request.body, signature, now })).toBe(false);
    expect(JSON.parse(request.body)).toEqual(queued.payload);

    const [row] = await deliveriesOf(webhook.webhookId);
    expect(row).toMatchObject({ state: "DELIVERED", attempts: 1, lastStatusCode: 200, lastError: null, lockedUntil: null, deliveredAt: now });
    expect(await deliver({ now: later(now, 60 * 60 * 1000) })).toMatchObject({ taken: 0 });
    tried.push("delivery → 200, signature verified with the secret (and refused with another), headers and body as queued, not sent twice");
  });

  it("retries a 500 with backoff, delivers on the next attempt, and shows both in the log", async () => {
    const { team, webhook, requests } = await setup("flaky");
    await enqueue(team.id);
    const now = new Date();

    expect(await deliver({ now })).toEqual({ taken: 1, delivered: 0, retrying: 1, failed: 0 });
    const [first] = await deliveriesOf(webhook.webhookId);
    expect(first).toMatchObject({ state: "PENDING", attempts: 1, lastStatusCode: 500, lockedUntil: null });
    // The receiver's body is kept short and on one line; its stack-trace-like text is not stored verbatim.
    expect(first.lastError).toBe("The receiver answered HTTP 500: Internal Server Error at handler (receiver.js:1)");
    const wait = first.nextAttemptAt.getTime() - now.getTime();
    expect(wait).toBeGreaterThanOrEqual(27_000);
    expect(wait).toBeLessThanOrEqual(33_000);

    expect(await deliver({ now: later(now, 5_000) })).toMatchObject({ taken: 0 });
    expect(await deliver({ now: later(first.nextAttemptAt, 1) })).toEqual({ taken: 1, delivered: 1, retrying: 0, failed: 0 });
    expect(requests()).toHaveLength(2);
    // Retries carry the same delivery id and body, so the receiver can recognise a repeat.
    expect(requests()[1].headers["x-factdesk-delivery"]).toBe(requests()[0].headers["x-factdesk-delivery"]);
    expect(requests()[1].body).toBe(requests()[0].body);

    const [entry] = await listDeliveries({ teamId: team.id, webhookId: webhook.webhookId }, t.db);
    expect(entry).toMatchObject({ state: "DELIVERED", attempts: 2, lastStatusCode: 200, lastError: null, test: false });
    const [summary] = await listWebhooks({ teamId: team.id }, t.db);
    expect(summary.deliveries).toEqual({ PENDING: 0, DELIVERED: 1, FAILED: 0 });
    expect(summary.lastDelivery).toMatchObject({ state: "DELIVERED", lastStatusCode: 200 });
    tried.push(`500 → retry due in ${(wait / 1000).toFixed(1)} s (not taken 5 s later) → 200 on attempt 2; log shows attempts 2, HTTP 200`);
  });

  it(`gives up after ${MAX_ATTEMPTS} failed attempts, and a redelivery starts again`, async () => {
    const { team, webhook, requests } = await setup("down");
    await enqueue(team.id);
    let now = new Date();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const result = await deliver({ now });
      expect(result).toMatchObject({ taken: 1, [attempt < MAX_ATTEMPTS ? "retrying" : "failed"]: 1 });
      const [row] = await deliveriesOf(webhook.webhookId);
      expect(row.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) waits.push(row.nextAttemptAt.getTime() - now.getTime());
      now = later(row.nextAttemptAt, 1);
    }
    const [failed] = await deliveriesOf(webhook.webhookId);
    expect(failed).toMatchObject({ state: "FAILED", attempts: MAX_ATTEMPTS, lastStatusCode: 500, lastError: "The receiver answered HTTP 500: down for maintenance" });
    expect(requests()).toHaveLength(MAX_ATTEMPTS);
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(Math.min(waits[i - 1] * 3, 6 * 60 * 60 * 1000 * 0.9));
    expect(await deliver({ now: later(now, 24 * 60 * 60 * 1000) })).toMatchObject({ taken: 0 });

    await redeliver({ teamId: team.id, deliveryId: failed.id }, t.db);
    expect((await deliveriesOf(webhook.webhookId))[0]).toMatchObject({ state: "PENDING", attempts: 0, lockedUntil: null });
    await expect(redeliver({ teamId: team.id, deliveryId: failed.id }, t.db)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await deliver()).toMatchObject({ taken: 1, retrying: 1 });
    expect(requests()).toHaveLength(MAX_ATTEMPTS + 1);
    tried.push(`always 500 → waits ${waits.map((ms) => `${Math.round(ms / 1000)} s`).join(", ")} → FAILED after ${MAX_ATTEMPTS}; redeliver → sent again`);
  });

  it("records timeouts, refused connections and redirects as short errors without throwing", async () => {
    const slow = await setup("slow");
    const redirecting = await setup("redirect");
    const closed = await makeTeamWithMembers(t.db);
    const url = `http://127.0.0.1:${await closedPort()}/hook`;
    const refused = await createWebhook({ userId: closed.members.OWNER.id, teamId: closed.team.id, url, events: ["CLAIM_CREATED"] }, t.db);
    for (const teamId of [slow.team.id, redirecting.team.id, closed.team.id]) await enqueue(teamId);

    expect(await deliver({ timeoutMs: 200 })).toEqual({ taken: 3, delivered: 0, retrying: 3, failed: 0 });
    const errorOf = async (webhookId: string) => (await deliveriesOf(webhookId))[0];
    expect(await errorOf(slow.webhook.webhookId)).toMatchObject({ lastStatusCode: null, lastError: "No answer within 0.2 s." });
    expect(await errorOf(redirecting.webhook.webhookId)).toMatchObject({ lastStatusCode: 302, lastError: expect.stringContaining("redirects are not followed") });
    expect(await errorOf(refused.webhookId)).toMatchObject({ lastStatusCode: null, lastError: "Could not reach the receiver (ECONNREFUSED)." });
    expect(receiver.received.filter((request) => request.path === "/elsewhere")).toHaveLength(0);
    tried.push("timeout, ECONNREFUSED and a 302 → each a retry with a one-line error; the redirect was not followed");
  });

  it("fails deliveries of a switched-off webhook, and re-checks the address rules at send time", async () => {
    const off = await setup();
    await enqueue(off.team.id);
    await updateWebhook({ teamId: off.team.id, webhookId: off.webhook.webhookId, active: false }, t.db);
    const local = await setup();
    await enqueue(local.team.id);

    delete process.env.FACTDESK_WEBHOOKS_ALLOW_PRIVATE;
    try {
      expect(await deliver()).toEqual({ taken: 2, delivered: 0, retrying: 0, failed: 2 });
    } finally {
      process.env.FACTDESK_WEBHOOKS_ALLOW_PRIVATE = "1";
    }
    expect((await deliveriesOf(off.webhook.webhookId))[0]).toMatchObject({ state: "FAILED", lastError: "Webhook switched off" });
    expect((await deliveriesOf(local.webhook.webhookId))[0]).toMatchObject({ state: "FAILED", lastError: expect.stringContaining("private network") });
    expect([...off.requests(), ...local.requests()]).toHaveLength(0);
    await expect(redeliver({ teamId: off.team.id, deliveryId: (await deliveriesOf(off.webhook.webhookId))[0].id }, t.db)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("switched off"),
    });
    tried.push("switched off before sending → FAILED 'Webhook switched off'; 127.0.0.1 with the private switch off → FAILED, nothing sent");
  });
});

describe("workers sharing the queue", () => {
  it("never sends the same delivery twice when rounds run at the same time (SKIP LOCKED)", async () => {
    const { team, requests } = await setup("quick", ["CLAIM_CREATED"]);
    for (let i = 0; i < 24; i++) await enqueue(team.id, "CLAIM_CREATED", { claimId: `c${i}` });
    const rounds = await Promise.all(Array.from({ length: 4 }, () => deliver({ limit: 8 })));
    const taken = rounds.reduce((sum, round) => sum + round.taken, 0);
    const ids = requests().map((request) => String(request.headers["x-factdesk-delivery"]));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(taken);
    // Whatever the concurrent rounds skipped is taken by the next one, still once.
    await deliver({ limit: 50 });
    const all = requests().map((request) => String(request.headers["x-factdesk-delivery"]));
    expect(all).toHaveLength(24);
    expect(new Set(all).size).toBe(24);
    tried.push(`4 concurrent rounds of 8 over 24 deliveries → took ${rounds.map((round) => round.taken).join("+")}, no id twice; all 24 sent exactly once`);
  });

  it("does not make a second worker wait for rows the first one holds: it takes the others at once", async () => {
    const { team } = await setup("ok", ["CLAIM_CREATED"]);
    for (let i = 0; i < 6; i++) await enqueue(team.id, "CLAIM_CREATED", { claimId: `c${i}` });
    const now = new Date();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let firstTook: (ids: string[]) => void = () => {};
    const firstIds = new Promise<string[]>((resolve) => (firstTook = resolve));
    // The first worker's take stays uncommitted (its rows locked) until released.
    const first = t.db.$transaction(
      async (tx) => {
        firstTook((await takeDueDeliveries(tx, { now, limit: 2, leaseMs: 60_000 })).map((delivery) => delivery.id));
        await held;
      },
      { timeout: 10_000 },
    );
    const mine = await firstIds;
    // Were the rows locked without SKIP LOCKED, this would block until the first transaction ends, which it never would.
    const second = (await takeDueDeliveries(t.db, { now, limit: 10, leaseMs: 60_000 })).map((delivery) => delivery.id);
    release();
    await first;
    expect(mine).toHaveLength(2);
    expect(second).toHaveLength(4);
    expect(second.filter((id) => mine.includes(id))).toEqual([]);
    tried.push("first worker holds 2 rows in an open transaction → second worker takes the other 4 without waiting");
  });

  it("lets another worker take a delivery whose worker died, once the lease has run out", async () => {
    const { team, webhook, requests } = await setup();
    await enqueue(team.id);
    const now = new Date();
    // A worker takes the delivery and dies before sending or recording anything.
    const [taken] = await takeDueDeliveries(t.db, { now, limit: 10, leaseMs: 60_000 });
    expect(taken).toMatchObject({ webhookId: webhook.webhookId, attempts: 1 });
    expect(await deliver({ now: later(now, 30_000) })).toMatchObject({ taken: 0 });
    expect(await deliver({ now: later(now, 61_000) })).toMatchObject({ taken: 1, delivered: 1 });
    expect((await deliveriesOf(webhook.webhookId))[0]).toMatchObject({ state: "DELIVERED", attempts: 2 });
    expect(requests()).toHaveLength(1);
    tried.push("taken then abandoned → not retaken 30 s later, retaken and delivered after the 60 s lease");
  });
});

describe("managing webhooks", () => {
  it("returns the secret once, never lists it, and signs with the new one after rotation", async () => {
    const { team, webhook, requests } = await setup();
    expect(webhook.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const listed = await listWebhooks({ teamId: team.id }, t.db);
    expect(listed).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(webhook.secret);
    expect(listed[0]).not.toHaveProperty("secret");

    const { secret } = await rotateWebhookSecret({ teamId: team.id, webhookId: webhook.webhookId }, t.db);
    expect(secret).not.toBe(webhook.secret);
    const { deliveryId } = await sendTestEvent({ teamId: team.id, webhookId: webhook.webhookId }, t.db);
    const now = new Date();
    await deliver({ now });
    const [request] = requests();
    const check = (key: string) =>
      verifySignature({ secret: key, timestamp: String(request.headers["x-factdesk-timestamp"]), body: request.body, signature: String(request.headers["x-factdesk-signature"]), now });
    expect(check(secret)).toBe(true);
    expect(check(webhook.secret)).toBe(false);
    expect(JSON.parse(request.body)).toMatchObject({ event: "claim.created", test: true, data: { test: true } });
    expect(request.headers["x-factdesk-delivery"]).toBe(deliveryId);
    const [entry] = await listDeliveries({ teamId: team.id, webhookId: webhook.webhookId }, t.db);
    expect(entry).toMatchObject({ id: deliveryId, test: true, state: "DELIVERED" });
    tried.push("secret whsec_+43 chars, absent from the list; after rotation the test delivery verifies with the new secret only");
  });

  it("updates events (deduplicated) and switches a webhook off and on; deleting removes its log", async () => {
    const { team, webhook } = await setup("ok", ["CLAIM_CREATED"]);
    const updated = await updateWebhook({ teamId: team.id, webhookId: webhook.webhookId, events: ["REVIEW_COMPLETED", "REVIEW_COMPLETED", "CLAIM_CREATED"] }, t.db);
    expect(updated).toEqual({ id: webhook.webhookId, events: ["REVIEW_COMPLETED", "CLAIM_CREATED"], active: true });
    expect(await updateWebhook({ teamId: team.id, webhookId: webhook.webhookId, active: false }, t.db)).toMatchObject({ active: false });
    await expect(sendTestEvent({ teamId: team.id, webhookId: webhook.webhookId }, t.db)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await updateWebhook({ teamId: team.id, webhookId: webhook.webhookId, active: true }, t.db)).toMatchObject({ active: true });
    await sendTestEvent({ teamId: team.id, webhookId: webhook.webhookId }, t.db);
    await deleteWebhook({ teamId: team.id, webhookId: webhook.webhookId }, t.db);
    expect(await t.db.webhookDelivery.count({ where: { webhookId: webhook.webhookId } })).toBe(0);
    expect(await listWebhooks({ teamId: team.id }, t.db)).toEqual([]);
  });

  it("answers 'not found' to every function given another team's webhook or delivery, and changes nothing", async () => {
    const victim = await setup();
    const { deliveryId } = await sendTestEvent({ teamId: victim.team.id, webhookId: victim.webhook.webhookId }, t.db);
    await t.db.webhookDelivery.update({ where: { id: deliveryId }, data: { state: "FAILED" } });
    const { team: attacker } = await makeTeamWithMembers(t.db);
    const ref = { teamId: attacker.id, webhookId: victim.webhook.webhookId };
    const attempts: [string, () => Promise<unknown>][] = [
      ["updateWebhook", () => updateWebhook({ ...ref, active: false, events: ["CLAIM_CREATED"] }, t.db)],
      ["deleteWebhook", () => deleteWebhook(ref, t.db)],
      ["rotateWebhookSecret", () => rotateWebhookSecret(ref, t.db)],
      ["listDeliveries", () => listDeliveries(ref, t.db)],
      ["sendTestEvent", () => sendTestEvent(ref, t.db)],
      ["redeliver", () => redeliver({ teamId: attacker.id, deliveryId }, t.db)],
    ];
    for (const [name, call] of attempts) {
      await expect(call()).rejects.toMatchObject({ code: "NOT_FOUND" });
      tried.push(`${name} with another team's id → NOT_FOUND`);
    }
    expect(await listWebhooks({ teamId: attacker.id }, t.db)).toEqual([]);
    const after = await t.db.webhook.findUniqueOrThrow({ where: { id: victim.webhook.webhookId } });
    expect(after).toMatchObject({ active: true, secret: victim.webhook.secret, events: ALL });
    expect(await t.db.webhookDelivery.findMany({ where: { webhookId: victim.webhook.webhookId } })).toEqual([expect.objectContaining({ id: deliveryId, state: "FAILED" })]);
  });

  it("refuses private and local addresses unless FACTDESK_WEBHOOKS_ALLOW_PRIVATE=1", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const create = (url: string) => createWebhook({ userId: members.OWNER.id, teamId: team.id, url, events: ["CLAIM_CREATED"] }, t.db);
    delete process.env.FACTDESK_WEBHOOKS_ALLOW_PRIVATE;
    try {
      for (const url of [`${receiver.baseUrl}/ok/x`, "http://localhost:8080/hook", "http://10.1.2.3/hook", "http://[::1]/hook", "http://169.254.169.254/latest/meta-data", "http://0x7f000001/"]) {
        await expect(create(url)).rejects.toMatchObject({
          code: "INVALID_INPUT",
          message: "Factdesk does not send webhooks to local or private network addresses. Use an address reachable from the internet.",
          fields: { url: expect.any(String) },
        });
        tried.push(`private address ${url} without the switch → INVALID_INPUT`);
      }
      expect(await t.db.webhook.count({ where: { teamId: team.id } })).toBe(0);
      expect(await create("https://hooks.example.com/factdesk")).toMatchObject({ url: "https://hooks.example.com/factdesk" });
    } finally {
      process.env.FACTDESK_WEBHOOKS_ALLOW_PRIVATE = "1";
    }
    expect(await create(`${receiver.baseUrl}/ok/allowed`)).toMatchObject({ active: true });
  });

  it("refuses bad input with a message for the field, writing nothing", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const create = (url: string, events: string[] = ["CLAIM_CREATED"]) => createWebhook({ userId: members.OWNER.id, teamId: team.id, url, events }, t.db);
    const cases: [string, () => Promise<unknown>, string, string][] = [
      ["an empty address", () => create("  "), "url", "Enter the address that should receive the deliveries."],
      ["not an address", () => create("hooks dot example"), "url", "Enter the full address of the receiver, starting with https://."],
      ["ftp", () => create("ftp://example.com/hook"), "url", "The address must start with https:// (or http://)."],
      ["credentials in the address", () => create("https://user:secret@example.com/hook"), "url", expect.stringContaining("Leave the user name and password out")],
      ["an address over 2048 characters", () => create(`https://example.com/${"a".repeat(2048)}`), "url", "Use an address of at most 2048 characters."],
      ["no events", () => create("https://example.com/hook", []), "events", "Choose at least one event to send."],
      ["an unknown event", () => create("https://example.com/hook", ["CLAIM_DELETED"]), "events", "That is not an event Factdesk can send."],
    ];
    for (const [what, call, field, message] of cases) {
      await expect(call()).rejects.toMatchObject({ code: "INVALID_INPUT", message, fields: { [field]: message } });
      tried.push(`${what} → INVALID_INPUT on ${field}`);
    }
    expect(await t.db.webhook.count({ where: { teamId: team.id } })).toBe(0);
  });
});
