/**
 * The REST API against the running server and its real database: every endpoint's success path and its refusals.
 * Tokens are made on the tokens page as a user would; only an expired token is made by moving an expiry back in SQL.
 */
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { signUp, uniqueEmail } from "./support/auth";
import { withE2eDatabase } from "./support/database";
import { createTokenInUi, revokeTokenInUi } from "./support/tokens";

test.describe.configure({ mode: "serial" });

const ARTICLE = [
  "Council approves the tram budget",
  "The city council approved a budget of 40 million euros for the tram on Monday.",
  "The mayor said the tram would open in 2027. The mayor said the budget was final.",
  "Opponents reportedly plan to appeal.",
].join("\n\n");

let api: APIRequestContext;
const tokens = { rw: "", read: "", revoked: "", expired: "", other: "", limited: "" };
let me = { id: "" };

const call = (method: string, path: string, token: string | null, body?: unknown, headers: Record<string, string> = {}) =>
  api.fetch(`/api/v1${path}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
    ...(body === undefined ? {} : { data: body }),
  });

async function expectError(response: APIResponse, status: number, code: string, message?: RegExp) {
  expect(response.status(), await response.text()).toBe(status);
  const body = await response.json();
  expect(body.code).toBe(code);
  expect(typeof body.message).toBe("string");
  if (message) expect(body.message).toMatch(message);
  expect(JSON.stringify(body)).not.toMatch(/prisma|SELECT .* FROM|\bat \S+ \(\S+:\d+/i); // no internals
  return body as { code: string; message: string; field?: string; details?: { current?: { revision: number } } };
}

test.beforeAll(async ({ browser }) => {
  api = await playwrightRequest.newContext({ baseURL });
  const page = await browser.newPage();
  await signUp(page, { name: "Ada API", email: uniqueEmail("ada-api"), password: "ada api password 1" });
  tokens.rw = await createTokenInUi(page, "CMS import", "Read and write");
  tokens.read = await createTokenInUi(page, "Dashboard", "Read only");
  tokens.revoked = await createTokenInUi(page, "Old script", "Read and write");
  await revokeTokenInUi(page, "Old script");
  await expect(page.getByRole("row", { name: /Old script/ })).toContainText("Revoked");
  tokens.expired = await createTokenInUi(page, "Expired script", "Read and write");
  tokens.limited = await createTokenInUi(page, "Busy script", "Read only");
  await withE2eDatabase((db) => db.query(`UPDATE "AccessToken" SET "expiresAt" = now() - interval '1 minute' WHERE name = 'Expired script'`));
  await page.close();

  const other = await browser.newPage();
  await signUp(other, { name: "Otto Other", email: uniqueEmail("otto-api"), password: "otto api password 1" });
  tokens.other = await createTokenInUi(other, "Other desk", "Read and write");
  await other.close();

  const members = await (await call("GET", "/members", tokens.rw)).json();
  me = { id: members.data[0].userId };
});

test.afterAll(async () => api.dispose());

test("refuses missing, malformed, unknown, revoked and expired tokens with 401 and says what to do", async () => {
  const none = await expectError(await call("GET", "/articles", null), 401, "UNAUTHENTICATED", /Authorization: Bearer/);
  expect(none.message).toMatch(/Access tokens/);
  expect((await call("GET", "/articles", null)).headers()["www-authenticate"]).toContain("Bearer");
  await expectError(await call("GET", "/articles", null, undefined, { Authorization: "Basic YWRhOnB3" }), 401, "UNAUTHENTICATED");
  await expectError(await call("GET", "/articles", "fdk_not-a-real-token"), 401, "UNAUTHENTICATED", /not known/);
  await expectError(await call("GET", "/articles", "ghp_somethingelse"), 401, "UNAUTHENTICATED", /not a Factdesk access token/);
  await expectError(await call("GET", "/articles", tokens.revoked), 401, "UNAUTHENTICATED", /revoked/);
  await expectError(await call("GET", "/articles", tokens.expired), 401, "UNAUTHENTICATED", /expired/);
  await expectError(await call("GET", "/nothing/here", tokens.rw), 404, "NOT_FOUND", /openapi\.json/);
});

test("articles: import from text and HTML, list by pages, read, add a version; refusals", async () => {
  const created = await call("POST", "/articles", tokens.rw, { source: { kind: "text", text: ARTICLE }, metadata: { title: "Tram budget (API)" } });
  expect(created.status(), await created.text()).toBe(201);
  const article = await created.json();
  expect(article).toMatchObject({ title: "Tram budget (API)", versions: 1, claims: { UNREVIEWED: 0 } });
  expect(article.currentVersion.text).toContain("40 million euros");
  expect(article.url).toBe(`${baseURL}/articles/${article.id}`);

  const html = await call("POST", "/articles", tokens.rw, {
    source: { kind: "html", html: "<html><head><title>Ferry fares rise</title></head><body><article><h1>Ferry fares rise</h1><p>Fares rise by 4% in May, the operator said.</p><p>The operator cited fuel costs in its statement.</p></article></body></html>" },
  });
  expect(html.status(), await html.text()).toBe(201);
  expect((await html.json()).title).toBe("Ferry fares rise");
  await call("POST", "/articles", tokens.rw, { source: { kind: "text", text: "Third article.\n\nIt says very little at all." }, metadata: { title: "Third" } });

  // Pages: two at a time, newest first, the cursor leads on without repeats.
  const first = await (await call("GET", "/articles?limit=2", tokens.read)).json();
  expect(first.data).toHaveLength(2);
  expect(first.nextCursor).toEqual(expect.any(String));
  const second = await (await call("GET", `/articles?limit=2&cursor=${first.nextCursor}`, tokens.read)).json();
  expect(second.data.map((a: { id: string }) => a.id)).not.toContain(first.data[0].id);
  expect([...first.data, ...second.data].map((a: { title: string }) => a.title).sort()).toEqual(["Ferry fares rise", "Third", "Tram budget (API)"]);
  expect(second.nextCursor).toBeNull();
  const filtered = await (await call("GET", "/articles?q=tram", tokens.read)).json();
  expect(filtered.data.map((a: { title: string }) => a.title)).toEqual(["Tram budget (API)"]);
  await expectError(await call("GET", "/articles?limit=500", tokens.read), 400, "INVALID_INPUT", /limit can be at most 100/);

  const read = await call("GET", `/articles/${article.id}`, tokens.read);
  expect(read.status()).toBe(200);
  expect((await read.json()).currentVersion.number).toBe(1);

  const version = await call("POST", `/articles/${article.id}/versions`, tokens.rw, { source: { kind: "text", text: ARTICLE.replace("on Monday", "on Tuesday") }, basedOnNumber: 1 });
  expect(version.status(), await version.text()).toBe(201);
  expect(await version.json()).toMatchObject({ number: 2 });
  await expectError(await call("POST", `/articles/${article.id}/versions`, tokens.rw, { source: { kind: "text", text: ARTICLE }, basedOnNumber: 1 }), 409, "CONFLICT");

  // Refusals: a read-only token, another team, bad input, a private address, an oversized body.
  await expectError(await call("POST", "/articles", tokens.read, { source: { kind: "text", text: ARTICLE } }), 403, "FORBIDDEN", /read-only/);
  await expectError(await call("GET", `/articles/${article.id}`, tokens.other), 404, "NOT_FOUND");
  await expectError(await call("POST", `/articles/${article.id}/versions`, tokens.other, { source: { kind: "text", text: ARTICLE } }), 404, "NOT_FOUND");
  const bad = await expectError(await call("POST", "/articles", tokens.rw, { source: { kind: "fax", text: "x" } }), 400, "INVALID_INPUT");
  expect(bad.field).toMatch(/^source/);
  await expectError(await call("POST", "/articles", tokens.rw, { source: { kind: "url", url: "http://127.0.0.1:1/secret" } }), 400, "INVALID_INPUT");
  await expectError(await call("POST", "/articles", tokens.rw, Buffer.from("{not json"), { "Content-Type": "application/json" }), 400, "INVALID_INPUT", /not valid JSON/);
  await expectError(await call("POST", "/articles", tokens.rw, { source: { kind: "text", text: "x".repeat(8 * 1024 * 1024) } }), 413, "TOO_LARGE");
  const after = await (await call("GET", "/articles?limit=100", tokens.read)).json();
  expect(after.data).toHaveLength(3); // nothing refused was stored
});

test("claims and sources: create by quote or position, list, change with the revision, delete, restore; refusals", async () => {
  const article = (await (await call("GET", "/articles?q=tram", tokens.read)).json()).data[0];
  const byQuote = await call("POST", `/articles/${article.id}/claims`, tokens.rw, { quote: { exact: "a budget of 40 million euros" } });
  expect(byQuote.status(), await byQuote.text()).toBe(201);
  const claim = await byQuote.json();
  expect(claim).toMatchObject({ exact: "a budget of 40 million euros", status: "UNREVIEWED", revision: 1, articleId: article.id });
  const text = (await (await call("GET", `/articles/${article.id}`, tokens.read)).json()).currentVersion.text as string;
  expect(text.slice(claim.start, claim.end)).toBe("a budget of 40 million euros");

  const ambiguous = await expectError(await call("POST", `/articles/${article.id}/claims`, tokens.rw, { quote: { exact: "The mayor said" } }), 400, "INVALID_INPUT", /more than once/);
  expect(ambiguous.field).toBe("quote.exact");
  const second = text.indexOf("The mayor said the budget");
  const withPrefix = await call("POST", `/articles/${article.id}/claims`, tokens.rw, { quote: { exact: "The mayor said the budget was final", prefix: "in 2027. " } });
  expect((await withPrefix.json()).start).toBe(second);
  const byPosition = await call("POST", `/articles/${article.id}/claims`, tokens.rw, { start: text.indexOf("Opponents"), end: text.indexOf("appeal.") + 7 });
  expect(byPosition.status()).toBe(201);
  await expectError(await call("POST", `/articles/${article.id}/claims`, tokens.rw, { quote: { exact: "x" }, start: 1, end: 2 }), 400, "INVALID_INPUT", /either quote/);
  await expectError(await call("POST", `/articles/${article.id}/claims`, tokens.rw, { start: 0, end: 999999 }), 400, "INVALID_INPUT", /outside/);

  // Changing: status, note and assignee together, based on the revision read.
  const changed = await call("PATCH", `/claims/${claim.id}`, tokens.rw, { revision: 1, status: "VERIFIED", note: "Budget papers, page 4.\nConfirmed by the treasurer.", assigneeId: me.id });
  expect(changed.status(), await changed.text()).toBe(200);
  const now = await changed.json();
  expect(now).toMatchObject({ status: "VERIFIED", note: "Budget papers, page 4.\nConfirmed by the treasurer.", assignee: { id: me.id } });
  expect(now.revision).toBeGreaterThan(1);
  const stale = await expectError(await call("PATCH", `/claims/${claim.id}`, tokens.rw, { revision: 1, status: "DISPUTED" }), 409, "CONFLICT", /changed by/);
  expect(stale.details?.current?.revision).toBe(now.revision);
  const badStatus = await expectError(await call("PATCH", `/claims/${claim.id}`, tokens.rw, { revision: now.revision, status: "MAYBE" }), 400, "INVALID_INPUT");
  expect(badStatus.field).toBe("status");
  await expectError(await call("PATCH", `/claims/${claim.id}`, tokens.rw, { revision: now.revision, stauts: "DISPUTED" }), 400, "INVALID_INPUT");
  await expectError(await call("PATCH", `/claims/${claim.id}`, tokens.rw, { revision: now.revision, note: "n".repeat(300_000) }), 413, "TOO_LARGE");
  const notMember = await expectError(await call("PATCH", `/claims/${claim.id}`, tokens.rw, { revision: now.revision, assigneeId: "not-a-member" }), 400, "INVALID_INPUT", /not a member/);
  expect(notMember.field).toBe("assigneeId");
  await expectError(await call("PATCH", `/claims/${claim.id}`, tokens.read, { revision: now.revision, status: "DISPUTED" }), 403, "FORBIDDEN", /read-only/);
  await expectError(await call("PATCH", `/claims/${claim.id}`, tokens.other, { revision: now.revision, status: "DISPUTED" }), 404, "NOT_FOUND");
  await expectError(await call("GET", `/claims/${claim.id}`, tokens.other), 404, "NOT_FOUND");
  await expectError(await call("GET", `/articles/${article.id}/claims`, tokens.other), 404, "NOT_FOUND");
  const unchanged = await (await call("GET", `/claims/${claim.id}`, tokens.read)).json();
  expect(unchanged).toMatchObject({ status: "VERIFIED", revision: now.revision }); // no refused change was half-written

  // Sources.
  const sourced = await call("POST", `/claims/${claim.id}/sources`, tokens.rw, { url: "https://city.example/budget.pdf", title: "Budget 2026", relation: "SUPPORTS" });
  expect(sourced.status(), await sourced.text()).toBe(201);
  const source = (await sourced.json()).sources[0];
  expect(source).toMatchObject({ url: "https://city.example/budget.pdf", relation: "SUPPORTS" });
  await expectError(await call("POST", `/claims/${claim.id}/sources`, tokens.rw, { url: "javascript:alert(1)", relation: "SUPPORTS" }), 400, "INVALID_INPUT", /http/);
  const otherClaim = (await withPrefix.json().catch(() => null)) ?? (await (await call("GET", `/articles/${article.id}/claims?status=unreviewed`, tokens.read)).json()).data[0];
  await expectError(await call("DELETE", `/claims/${otherClaim.id}/sources/${source.id}`, tokens.rw), 404, "NOT_FOUND");
  await expectError(await call("DELETE", `/claims/${claim.id}/sources/${source.id}`, tokens.other), 404, "NOT_FOUND");
  const removed = await call("DELETE", `/claims/${claim.id}/sources/${source.id}`, tokens.rw);
  expect(removed.status()).toBe(200);
  expect((await removed.json()).sources).toEqual([]);

  // Lists with filters.
  const verified = await (await call("GET", `/articles/${article.id}/claims?status=verified`, tokens.read)).json();
  expect(verified.data.map((c: { id: string }) => c.id)).toEqual([claim.id]);
  const all = await (await call("GET", `/articles/${article.id}/claims?limit=2`, tokens.read)).json();
  expect(all.data).toHaveLength(2);
  const rest = await (await call("GET", `/articles/${article.id}/claims?limit=2&cursor=${all.nextCursor}`, tokens.read)).json();
  expect(rest.data).toHaveLength(1);
  expect(all.data[0].start).toBeLessThan(all.data[1].start);
  const mine = await (await call("GET", `/articles/${article.id}/claims?assignee=${me.id}`, tokens.read)).json();
  expect(mine.data).toHaveLength(1);
  await expectError(await call("GET", `/articles/${article.id}/claims?status=maybe`, tokens.read), 400, "INVALID_INPUT", /status/);

  // Delete and restore.
  await expectError(await call("DELETE", `/claims/${claim.id}`, tokens.read), 403, "FORBIDDEN");
  const deleted = await call("DELETE", `/claims/${claim.id}`, tokens.rw);
  expect((await deleted.json()).deletedAt).toEqual(expect.any(String));
  expect((await (await call("GET", `/articles/${article.id}/claims`, tokens.read)).json()).data).toHaveLength(2);
  expect((await (await call("GET", `/articles/${article.id}/claims?includeDeleted=true`, tokens.read)).json()).data).toHaveLength(3);
  const restored = await call("POST", `/claims/${claim.id}/restore`, tokens.rw);
  expect(await restored.json()).toMatchObject({ deletedAt: null, status: "VERIFIED" });
});

test("exports every format the review page offers, with filters; refuses unknown formats and other teams", async () => {
  const article = (await (await call("GET", "/articles?q=tram", tokens.read)).json()).data[0];
  const types: Record<string, string> = {
    pdf: "application/pdf",
    html: "text/html",
    md: "text/markdown",
    docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    csv: "text/csv",
    w3c: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
    claimreview: "application/ld+json",
  };
  for (const [format, type] of Object.entries(types)) {
    const response = await call("GET", `/articles/${article.id}/export?format=${format}&status=verified`, tokens.read);
    expect(response.status(), `${format}: ${response.status()}`).toBe(200);
    expect(response.headers()["content-type"]).toContain(type);
    expect((await response.body()).length).toBeGreaterThan(100);
  }
  const csv = (await (await call("GET", `/articles/${article.id}/export?format=csv&status=verified`, tokens.read)).body()).toString("utf8");
  expect(csv).toContain("a budget of 40 million euros");
  expect(csv).not.toContain("Opponents reportedly");
  await expectError(await call("GET", `/articles/${article.id}/export?format=xls`, tokens.read), 400, "INVALID_INPUT", /Unknown export format "xls"/);
  await expectError(await call("GET", `/articles/${article.id}/export?format=csv&from=yesterday`, tokens.read), 400, "INVALID_INPUT");
  await expectError(await call("GET", `/articles/${article.id}/export?format=csv`, tokens.other), 404, "NOT_FOUND");
});

test("members, the OpenAPI document and the API page", async ({ page }) => {
  const members = await (await call("GET", "/members", tokens.read)).json();
  expect(members.data).toEqual([expect.objectContaining({ userId: me.id, name: "Ada API", role: "OWNER" })]);
  const other = await (await call("GET", "/members", tokens.other)).json();
  expect(other.data.map((m: { name: string }) => m.name)).toEqual(["Otto Other"]);

  const doc = await (await api.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/articles", "/articles/{articleId}/claims", "/claims/{claimId}", "/members"]));
  expect(doc.servers[0].url).toBe(`${baseURL}/api/v1`);

  await page.goto("/api-docs");
  await expect(page.getByRole("heading", { level: 1, name: "Factdesk API" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /PATCH \/claims\/\{claimId\}/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "OpenAPI 3.1 document" })).toHaveAttribute("href", "/api/v1/openapi.json");
});

test("rate limits each token: the 601st request in a minute answers 429 with Retry-After, other tokens go on", async () => {
  let allowed = 0;
  let limited: APIResponse | null = null;
  while (!limited && allowed < 700) {
    const batch = await Promise.all(Array.from({ length: 25 }, () => call("GET", "/members", tokens.limited)));
    for (const response of batch) {
      if (response.status() === 200) allowed++;
      else if (!limited) limited = response;
    }
  }
  expect(allowed).toBe(600);
  expect(limited).not.toBeNull();
  await expectError(limited!, 429, "RATE_LIMITED", /Wait \d+ s/);
  expect(Number(limited!.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await call("GET", "/members", tokens.read)).status()).toBe(200);
});

test("a claim that names the version it was read from is refused once a newer version came in, and lands on the new one", async () => {
  const first = "Harbour ferry to stop\n\nThe harbour ferry will stop running in June, the operator said.";
  const created = await (await call("POST", "/articles", tokens.rw, { source: { kind: "text", text: first }, metadata: { title: "Harbour ferry (versions)" } })).json();
  const v1 = created.currentVersion.id as string;
  const onV1 = await call("POST", `/articles/${created.id}/claims`, tokens.rw, { quote: { exact: "stop running in June" }, versionId: v1 });
  expect(onV1.status(), await onV1.text()).toBe(201);

  const second = "Harbour ferry to stop\n\nCorrection added.\n\nThe harbour ferry will stop running in July, the operator said.";
  expect((await call("POST", `/articles/${created.id}/versions`, tokens.rw, { source: { kind: "text", text: second } })).status()).toBe(201);
  // Offsets read from version 1 would now point at other words: refused, by position and by quote, and nothing written.
  const start = first.indexOf("the operator said");
  await expectError(await call("POST", `/articles/${created.id}/claims`, tokens.rw, { start, end: start + 17, versionId: v1 }), 409, "CONFLICT", /newer version/);
  await expectError(await call("POST", `/articles/${created.id}/claims`, tokens.rw, { quote: { exact: "the operator said" }, versionId: v1 }), 409, "CONFLICT", /newer version/);
  await expectError(await call("POST", `/articles/${created.id}/claims`, tokens.rw, { start, end: start + 17, versionId: "no-such-version" }), 404, "NOT_FOUND", /version/);
  expect((await (await call("GET", `/articles/${created.id}/claims`, tokens.read)).json()).data).toHaveLength(1);

  const current = (await (await call("GET", `/articles/${created.id}`, tokens.read)).json()).currentVersion;
  const onV2 = await call("POST", `/articles/${created.id}/claims`, tokens.rw, { quote: { exact: "stop running in July" }, versionId: current.id });
  expect(onV2.status(), await onV2.text()).toBe(201);
  expect(await onV2.json()).toMatchObject({ exact: "stop running in July", versionId: current.id });
});
