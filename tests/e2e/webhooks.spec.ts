/**
 * Webhooks through the running server: an owner subscribes a receiver on this machine in the UI, a change made
 * through the API reaches it signed, a failed delivery is retried with backoff and then delivered, and the delivery
 * log in the UI shows both attempts. The receiver checks signatures the way the API page tells integrators to.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { verifySignature } from "../../lib/webhooks/sign-payload";
import { signUp, uniqueEmail } from "./support/auth";
import { createTokenInUi } from "./support/tokens";

type Received = { headers: IncomingMessage["headers"]; body: string; answeredWith: number };

test("a claim change reaches a subscribed receiver signed, is retried after a failure, and is logged", async ({ page }) => {
  const received: Received[] = [];
  let failuresToGive = 1;
  const receiver: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      const answeredWith = failuresToGive-- > 0 ? 500 : 204;
      received.push({ headers: req.headers, body, answeredWith });
      res.writeHead(answeredWith).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/factdesk`;

  try {
    await signUp(page, { name: "Wanda Webhook", email: uniqueEmail("wanda"), password: "wanda webhook password" });
    await page.goto("/team");
    await page.getByRole("link", { name: "Webhooks" }).click();
    await page.getByLabel("Receiver address").fill(receiverUrl);
    await page.getByRole("checkbox", { name: "A claim is created" }).check();
    await page.getByRole("checkbox", { name: "A claim's verdict changes" }).check();
    await page.getByRole("button", { name: "Add webhook" }).click();
    const secret = await page.getByLabel("Signing secret").inputValue();
    expect(secret).toMatch(/^whsec_/);

    const token = await createTokenInUi(page, "Newsroom bot", "Read and write");
    const api = await playwrightRequest.newContext({ baseURL: new URL(page.url()).origin, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
    const article = await (await api.post("/api/v1/articles", { data: { source: { kind: "text", text: "Bridge repairs cost 3 million euros.\n\nWork starts in May." } } })).json();
    const claim = await (await api.post(`/api/v1/articles/${article.id}/claims`, { data: { quote: { exact: "Bridge repairs cost 3 million euros" } } })).json();
    expect(claim.id).toEqual(expect.any(String));

    // The first attempt gets a 500; the retry, a second or so later, is accepted.
    await expect.poll(() => received.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    const [first, retry] = received;
    expect(first.answeredWith).toBe(500);
    expect(retry.answeredWith).toBe(204);
    expect(retry.headers["x-factdesk-delivery"]).toBe(first.headers["x-factdesk-delivery"]);
    for (const delivery of [first, retry]) {
      expect(delivery.headers["content-type"]).toContain("application/json");
      expect(delivery.headers["x-factdesk-event"]).toBe("claim.created");
      const signed = verifySignature({
        secret,
        timestamp: String(delivery.headers["x-factdesk-timestamp"]),
        body: delivery.body,
        signature: String(delivery.headers["x-factdesk-signature"]),
      });
      expect(signed).toBe(true);
      // A tampered body must not pass the same check.
      expect(verifySignature({ secret, timestamp: String(delivery.headers["x-factdesk-timestamp"]), body: delivery.body + " ", signature: String(delivery.headers["x-factdesk-signature"]) })).toBe(false);
    }
    const payload = JSON.parse(retry.body);
    expect(payload).toMatchObject({ event: "claim.created", data: expect.objectContaining({}) });
    expect(JSON.stringify(payload.data)).toContain(claim.id);

    // A verdict through the API: delivered at once this time.
    await api.patch(`/api/v1/claims/${claim.id}`, { data: { revision: claim.revision, status: "VERIFIED" } });
    await expect.poll(() => received.map((r) => r.headers["x-factdesk-event"]), { timeout: 20_000 }).toContain("claim.status_changed");
    const verdict = JSON.parse(received.find((r) => r.headers["x-factdesk-event"] === "claim.status_changed")!.body);
    expect(JSON.stringify(verdict.data)).toContain("VERIFIED");

    // The delivery log tells the owner what happened.
    await page.goto("/team/webhooks");
    const log = page.getByRole("region", { name: `Delivery log of ${receiverUrl}` });
    await expect(log.getByRole("row").filter({ hasText: "claim.created" })).toContainText("Delivered");
    await expect(log.getByRole("row").filter({ hasText: "claim.status_changed" })).toContainText("Delivered");
    await api.dispose();
  } finally {
    receiver.close();
  }
});
