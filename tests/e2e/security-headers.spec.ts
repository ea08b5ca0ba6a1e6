import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNT, signIn, signUp, uniqueEmail } from "./support/auth";
import { importByPasting } from "./support/import";

// Next.js keeps an empty role="alert" route announcer on every page: the form's alert is the one with text.
const formAlert = (page: Page) => page.getByRole("alert").filter({ hasText: /\S/ });

/** Console lines where the browser refused something under the page's policies (collected from before the first load). */
function watchPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (/Content[- ]Security[- ]Policy|Permissions-Policy|Refused to/i.test(text)) violations.push(`${page.url()}: ${text}`);
  });
  return violations;
}

/** Desktop and narrow screenshots into the test's output folder, to look at what the page became. */
async function screenshots(page: Page, name: string): Promise<void> {
  for (const [label, width] of [["desktop", 1280], ["narrow", 390]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

const directive = (policy: string, name: string) =>
  policy
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.split(" ")[0] === name);

test("pages carry the security headers, with scripts allowed only by a per-response nonce", async ({ page }) => {
  const response = await page.goto("/sign-in");
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  const policy = headers["content-security-policy"];
  expect(policy).toBeTruthy();
  expect(directive(policy, "default-src")).toBe("default-src 'self'");
  expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
  expect(directive(policy, "object-src")).toBe("object-src 'none'");
  expect(directive(policy, "base-uri")).toBe("base-uri 'self'");
  expect(directive(policy, "form-action")).toBe("form-action 'self'");
  expect(directive(policy, "img-src")).toBe("img-src 'self' data: blob:");
  const scriptSrc = directive(policy, "script-src") ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scriptSrc)?.[1];
  expect(nonce).toBeTruthy();
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");

  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // Served over plain http here: HSTS would be wrong.
  expect(headers["strict-transport-security"]).toBeUndefined();
  expect(headers["x-powered-by"]).toBeUndefined();

  // Every script the page was sent carries this response's nonce, and the next response gets another one.
  const html = await response!.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  const again = await page.request.get("/sign-in");
  expect(again.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);

  // API answers are data: a locked-down policy of their own.
  const api = await page.request.get("/api/auth/csrf");
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
});

test("pages, scripts and large answers go out compressed; server action answers and small JSON go out as they are", async ({ page }) => {
  await signUp(page, { name: "Gzip Reader", email: uniqueEmail("gzip"), password: "gzip reader password" });
  const articles = await page.goto("/articles");
  // Chromium takes brotli, which the server prefers; a client that asks for gzip only gets gzip.
  expect(articles?.headers()["content-encoding"]).toBe("br");
  const script = await page.request.get((await page.locator("script[src]").first().getAttribute("src")) ?? "", { headers: { "Accept-Encoding": "gzip" } });
  expect(script.headers()["content-encoding"]).toBe("gzip");

  // Checking an import is a server action (the browser sends the same Accept-Encoding with it as with every request).
  const actionAnswer = page.waitForResponse((response) => response.request().method() === "POST" && response.request().headers()["next-action"] !== undefined);
  await importByPasting(page, "The harbour authority said on Monday that cargo volumes rose by 4 percent last year.");
  const answer = await actionAnswer;
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-type"]).toContain("text/x-component");
  expect(answer.headers()["content-encoding"]).toBeUndefined();
  await expect(page.getByLabel("Article text")).toContainText("cargo volumes rose");

  // A small JSON answer (here the API's refusal of a missing token) goes out as it is; the OpenAPI document, compressed.
  const refusal = await page.request.get("/api/v1/articles", { headers: { "Accept-Encoding": "gzip, br" } });
  expect(refusal.status()).toBe(401);
  expect(refusal.headers()["content-encoding"]).toBeUndefined();
  expect(((await refusal.json()) as { code: string }).code).toBe("UNAUTHENTICATED");
  const document = await page.request.get("/api/v1/openapi.json", { headers: { "Accept-Encoding": "gzip, br" } });
  expect(document.headers()["content-encoding"]).toBe("br");
});

test("signing in sets httpOnly, SameSite=Lax cookies, and the app works under the policy", async ({ page, context }) => {
  const violations = watchPolicyViolations(page);
  await signIn(page, DEMO_ACCOUNT.email, DEMO_ACCOUNT.password);

  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  const csrf = cookies.find((cookie) => cookie.name.endsWith("next-auth.csrf-token"));
  for (const cookie of [session, csrf]) {
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  }
  expect(session?.name).toBe("next-auth.session-token"); // http here; over https it is "__Secure-…" and Secure

  // The article list, one article's review page (the Tiptap editor, its claims and the live feed), and back.
  const link = page.getByRole("link", { name: /Harbourton council approves tram extension/ });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: /Harbourton council/ })).toBeVisible();
  await expect(page.getByLabel("Article text")).toContainText("eastern docks");
  await expect(page.locator("[data-claim-id]").first()).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles" }).click();
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await page.getByRole("link", { name: DEMO_ACCOUNT.name }).click();
  await expect(page.getByRole("heading", { name: "Account" })).toBeVisible();
  const missing = await page.goto("/no-such-page");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();

  expect(violations).toEqual([]);
});

test("ten failed sign-ins lock the account, and the sign-in page says so", async ({ browser }) => {
  const user = { name: "Locked Larry", email: uniqueEmail("locked"), password: "larry's long password" };
  const owner = await (await browser.newContext()).newPage();
  await signUp(owner, user);
  await owner.context().close();

  // The attacker's own address, so the failures do not count against this machine's address for other tests.
  const attacker = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": `203.0.113.${1 + Math.floor(Math.random() * 250)}` } });
  const page = await attacker.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  const tryPassword = async (password: string) => {
    await page.getByLabel("Password").fill(password);
    const answered = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await answered;
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  };
  for (let i = 1; i <= 10; i++) {
    await tryPassword(`wrong guess number ${i}`);
    await expect(formAlert(page)).toContainText("do not match");
  }
  await tryPassword(user.password);
  await expect(formAlert(page)).toHaveText("Too many failed sign-ins for this account. Wait 15 minutes, then try again.");
  await expect(page).toHaveURL(/\/sign-in/);
  await screenshots(page, "sign-in-locked");
  await attacker.close();
});

async function secondDevice(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user.email, user.password);
  return page;
}

test("“Sign out everywhere” on the account page signs out every device, this one included", async ({ page, browser }) => {
  const user = { name: "Everywhere Eve", email: uniqueEmail("eve"), password: "eve's long password" };
  await signUp(page, user);
  const other = await secondDevice(browser, user);

  await page.getByRole("link", { name: user.name }).click();
  await expect(page.getByRole("heading", { name: "Account" })).toBeVisible();
  const security = page.getByRole("region", { name: "Security" });
  await security.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(security.getByText("Sign out on every device, including this one?")).toBeVisible();
  await screenshots(page, "account-confirm");
  await security.getByRole("button", { name: "Yes, sign out everywhere" }).click();

  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("status").filter({ hasText: "signed out on every device" })).toBeVisible();
  await screenshots(page, "sign-in-signed-out-everywhere");
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/sign-in/);
  await other.goto("/articles");
  await expect(other).toHaveURL(/\/sign-in/);

  // A new sign-in after that is a new session, and works.
  await signIn(page, user.email, user.password);
  await other.context().close();
});

test("changing the password keeps this browser signed in and signs out the others", async ({ page, browser }) => {
  const user = { name: "Password Pat", email: uniqueEmail("pat"), password: "pat's first password" };
  await signUp(page, user);
  const other = await secondDevice(browser, user);

  await page.goto("/account");
  const security = page.getByRole("region", { name: "Security" });
  await security.getByLabel("Current password").fill("not pat's password");
  await security.getByLabel("New password").fill("pat's second password");
  await security.getByRole("button", { name: "Change password" }).click();
  await expect(security.getByText("That is not your current password.").first()).toBeVisible();

  await security.getByLabel("Current password").fill(user.password);
  await security.getByLabel("New password").fill("password1234");
  await security.getByRole("button", { name: "Change password" }).click();
  await expect(security.getByText("one of the most common").first()).toBeVisible();

  await security.getByLabel("New password").fill("pat's second password");
  await security.getByRole("button", { name: "Change password" }).click();
  await expect(security.getByRole("status").filter({ hasText: "Your password was changed" })).toBeVisible();
  await screenshots(page, "account-password-changed");

  await page.goto("/articles");
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await other.goto("/articles");
  await expect(other).toHaveURL(/\/sign-in/);
  await signIn(other, user.email, "pat's second password");
  await other.context().close();
});
