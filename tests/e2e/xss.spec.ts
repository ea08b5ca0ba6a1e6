/**
 * XSS, end to end: the corpus of vectors (support/xss-vectors.ts) placed where users put text — imported HTML,
 * article titles and details, claim notes, source titles and URLs, comments, the team's and people's names — then
 * every page that shows them opened in Chromium, and the HTML, CSV, DOCX and PDF exports checked.
 *
 * Pages are opened with the Content-Security-Policy bypassed: the app's nonce policy would stop an injected script
 * anyway, and this test must show that escaping alone holds. Dialog sinks are stubbed in every frame and report to
 * the console; a dialog, a stub call, a page error naming a vector, or an element or URL a vector smuggled into the
 * DOM fails the test and names the vector.
 */
import { expect, request as playwrightRequest, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { baseURL } from "../../playwright.config";
import { docxText, unzip } from "../unit/reports/support";
import { signUp, uniqueEmail } from "./support/auth";
import { createTokenInUi } from "./support/tokens";
import { DANGEROUS_URL, FORMULA_START, installXssTraps, MARKUP_VECTORS, scanForInjection, URL_VECTORS, XSS_VECTORS } from "./support/xss-vectors";

test.describe.configure({ timeout: 240_000 });

/** Vectors joined (in order, whole) until `max` characters: for single fields that cannot take the whole corpus. */
function pack(max: number, vectors = MARKUP_VECTORS): string {
  let packed = "";
  for (const { payload } of [...vectors].sort((a, b) => a.payload.length - b.payload.length)) {
    if (packed.length + payload.length <= max) packed += payload;
  }
  return packed;
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const sentence = (id: string) => `Paragraph ${id} states a checkable fact about the budget`;
// "@word" is a mention, and a comment naming nobody in the team is refused: such vectors stay out of the comment.
const mentions = (text: string) => /(^|[^\p{L}\p{N}_.@])@[A-Za-z0-9[]/u.test(text);

/**
 * The imported page: each vector once as text (to be shown as text) in a paragraph of its own, then all of them as
 * raw markup (to be stripped by the importer). A raw vector may leave the parser inside <style> or <math>, which
 * would swallow what follows: the raw ones come last, each followed by the end tags that bring the parser back.
 */
const RESET = "</style></textarea></noscript></title></xmp></noembed></noframes></iframe></table></math></svg></form></details></video>";
const IMPORTED_HTML = `<!doctype html><html><head><title>Budget vectors</title></head><body><article><h1>Budget vectors</h1>${XSS_VECTORS.map(
  (v) => `<p>${sentence(v.id)}: ${escapeHtml(v.payload)}</p>`,
).join("\n")}${XSS_VECTORS.map((v) => (v.kind === "url" ? `<p><a href="${v.payload.replace(/"/g, "&quot;")}">link ${v.id}</a></p>` : `<div>${v.payload}${RESET}</div>`)).join("\n")}</article></body></html>`;

/** The text of a PDF's pages (as the unit tests read it, but with pdf.js loaded by Playwright's own loader). */
async function pdfText(pdf: Buffer): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0, disableFontFace: true }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await doc.destroy();
  return pages.join("\n");
}

type Watch = { fired: string[]; errors: string[] };

/** A browser context whose pages report every fired sink, dialog and page error naming a vector into `watch`. */
async function watchedContext(browser: Browser, watch: Watch): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, bypassCSP: true });
  await context.addInitScript(installXssTraps);
  context.on("page", (page) => watchPage(page, watch));
  return context;
}

function watchPage(page: Page, watch: Watch): void {
  page.on("dialog", (dialog) => {
    watch.fired.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.text().startsWith("xss fired")) watch.fired.push(message.text());
  });
  page.on("pageerror", (error) => {
    watch.errors.push(error.message);
    if (/xss-/.test(error.message)) watch.fired.push(`page error: ${error.message}`);
  });
}

/** Opens `path`, lets it settle (scripts, effects, autofocus), and checks that nothing fired or was injected. */
async function expectInert(page: Page, watch: Watch, what: string, open: () => Promise<unknown>): Promise<void> {
  await open();
  await page.waitForLoadState("load");
  await page.waitForTimeout(400);
  const stubbed = await page.evaluate(() => window.__xss ?? ["the traps were not installed"]);
  expect({ what, fired: [...watch.fired, ...stubbed], injected: await page.evaluate(scanForInjection) }).toEqual({ what, fired: [], injected: [] });
}

test("vectors in imported HTML, titles, notes, sources, comments and names neither run nor reach the DOM, and exports stay inert", async ({ browser }) => {
  const watch: Watch = { fired: [], errors: [] };
  const ownerContext = await watchedContext(browser, watch);
  const page = await ownerContext.newPage();
  const owner = { name: `Olu ${XSS_VECTORS[1].payload}`, email: uniqueEmail("olu-xss"), password: "olu owner xss password" };
  const teamName = pack(100);
  let api!: APIRequestContext;
  let teammateId = "";
  let ownerId = "";
  let teammate!: Page;
  let articleId = "";
  const claims = new Map<string, string>(); // vector id → claim id

  await test.step("the traps catch a vector that does run (a canary, so that a silent pass means something)", async () => {
    const canary = await ownerContext.newPage();
    await canary.setContent(`<p>${XSS_VECTORS[1].payload}</p>`, { waitUntil: "load" });
    await expect.poll(() => canary.evaluate(() => window.__xss ?? [])).toEqual(["alert(xss-02)"]);
    expect(await canary.evaluate(scanForInjection)).toEqual([expect.stringContaining("event handler onerror")]);
    expect(watch.fired).toEqual(["xss fired: alert(xss-02)"]);
    watch.fired.length = 0;
    await canary.close();
  });

  await test.step("sign up, make a token, rename the team through the team page", async () => {
    await signUp(page, owner);
    const token = await createTokenInUi(page, "XSS placement", "Read and write");
    api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
    await page.goto("/team");
    await page.getByLabel("Team name", { exact: true }).fill(teamName);
    await page.getByRole("button", { name: "Rename", exact: true }).click();
    await expect(page.getByText(/^The team is now called/)).toBeVisible();
  });

  await test.step("a teammate with a vector in their name joins by invitation", async () => {
    const invite = page.getByRole("region", { name: "Invite people" });
    await invite.getByLabel("Role").selectOption({ label: "Reviewer" });
    await invite.getByRole("button", { name: "Create invitation" }).click();
    await expect(invite.getByLabel("Invitation link")).toHaveValue(/\/invite\//);
    const link = await invite.getByLabel("Invitation link").inputValue();
    teammate = await (await watchedContext(browser, watch)).newPage();
    await teammate.goto(link);
    await teammate.getByLabel("Name").fill(`Rae ${XSS_VECTORS[2].payload}`);
    await teammate.getByLabel("Email").fill(uniqueEmail("rae-xss"));
    await teammate.getByLabel("Password").fill("rae reviewer xss password");
    await teammate.getByRole("button", { name: "Create account" }).click();
    await teammate.getByRole("button", { name: /^Join / }).click();
    await expect(teammate.getByRole("heading", { name: "Articles" })).toBeVisible();
    const members: { data: { name: string; userId: string }[] } = await (await api.get("/api/v1/members")).json();
    teammateId = members.data.find((m) => m.name.startsWith("Rae "))!.userId;
    ownerId = members.data.find((m) => m.name.startsWith("Olu "))!.userId;
  });

  await test.step("the API stores vectors in articles, claims, notes and sources, and refuses them as URLs", async () => {
    for (const v of URL_VECTORS) {
      const refused = await api.post("/api/v1/articles", { data: { source: { kind: "text", text: "A short article." }, metadata: { title: "Refused", sourceUrl: v.payload } } });
      expect(refused.status(), `${v.id} as the article's source URL`).toBe(400);
    }
    const created = await api.post("/api/v1/articles", {
      data: {
        source: { kind: "html", html: IMPORTED_HTML },
        metadata: { title: pack(500), byline: pack(500), siteName: pack(200), sourceUrl: `https://example.org/story?q=${encodeURIComponent(XSS_VECTORS[0].payload)}"><b>` },
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    articleId = (await created.json()).id;
    // One article per vector, titled with it, for the article list, the dashboard and the notifications.
    for (const v of XSS_VECTORS) {
      const titled = await api.post("/api/v1/articles", { data: { source: { kind: "text", text: `${sentence(v.id)}.` }, metadata: { title: v.payload } } });
      expect(titled.status(), `${v.id} as a title: ${await titled.text()}`).toBe(201);
    }
    const text: string = (await (await api.get(`/api/v1/articles/${articleId}`)).json()).currentVersion.text;
    for (const v of XSS_VECTORS) {
      const full = `${sentence(v.id)}: ${v.payload}`;
      const exact = text.includes(full) ? full : sentence(v.id);
      const claim = await api.post(`/api/v1/articles/${articleId}/claims`, { data: { quote: { exact } } });
      expect(claim.status(), `claim on ${v.id}: ${await claim.text()}`).toBe(201);
      claims.set(v.id, (await claim.json()).id);
    }
    const everything = XSS_VECTORS.map((v) => v.payload).join("\n");
    for (const [i, v] of XSS_VECTORS.entries()) {
      const id = claims.get(v.id)!;
      const note = i === 0 ? everything : v.payload;
      const assigneeId = i < 3 ? teammateId : i < 6 ? ownerId : undefined;
      const patched = await api.patch(`/api/v1/claims/${id}`, { data: { revision: 1, status: "DISPUTED", note, ...(assigneeId ? { assigneeId } : {}) } });
      expect(patched.status(), `note of ${v.id}: ${await patched.text()}`).toBe(200);
    }
    // The first claim carries every vector as a source title and publisher; URL vectors are refused as sources.
    const first = claims.get(XSS_VECTORS[0].id)!;
    for (const v of XSS_VECTORS) {
      const url = `https://example.org/source?${v.id}=${encodeURIComponent(v.payload)}`;
      const added = await api.post(`/api/v1/claims/${first}/sources`, { data: { url, title: v.payload.trim() || v.id, publisher: v.payload.trim().slice(0, 200) || null, relation: "CONTRADICTS" } });
      expect(added.status(), `${v.id} as a source title: ${await added.text()}`).toBe(201);
    }
    for (const v of URL_VECTORS) {
      const refused = await api.post(`/api/v1/claims/${first}/sources`, { data: { url: v.payload, title: v.id, relation: "SUPPORTS" } });
      expect(refused.status(), `${v.id} as a source URL`).toBe(400);
      expect((await refused.json()).code).toBe("INVALID_INPUT");
    }
  });

  const claimPanel = () => page.getByRole("region", { name: "Claim", exact: true });
  const discussion = () => page.getByRole("region", { name: "Discussion" });
  // By its address: the claim list is windowed, so a claim far down it is not in the DOM until scrolled to.
  const openClaim = async (id: string) => {
    await page.goto(`/articles/${articleId}?claim=${claims.get(id)}`);
    await expect(claimPanel()).toContainText(sentence(id));
  };

  await test.step("a comment of vectors, mentioning the teammate, through the claim's comment box", async () => {
    await page.goto(`/articles/${articleId}`);
    await openClaim(XSS_VECTORS[0].id);
    const body = [`@[Rae ${XSS_VECTORS[2].payload}]`, ...XSS_VECTORS.filter((v) => !mentions(v.payload)).map((v) => v.payload)].join("\n");
    await discussion().getByLabel("Add a comment").fill(body);
    await discussion().getByRole("button", { name: "Send comment" }).click();
    await expect(page.getByText("Comment sent.")).toBeVisible();
  });

  await test.step("every page that shows them: nothing fires, nothing is injected", async () => {
    await expectInert(page, watch, "review page, claim with every vector open", async () => {
      await page.reload();
      await openClaim(XSS_VECTORS[0].id);
      await expect(discussion().getByRole("heading", { name: "Discussion (1)" })).toBeVisible();
      await expect(claimPanel()).toContainText(XSS_VECTORS[0].payload);
    });
    for (const v of [XSS_VECTORS[9], URL_VECTORS[0], XSS_VECTORS[17]]) {
      await expectInert(page, watch, `review page, claim ${v.id}`, () => openClaim(v.id));
    }
    // What each page must show as text, so that a pass cannot come from the vectors not being there at all.
    const shown: Record<string, string> = { "/articles": XSS_VECTORS[0].payload, "/team": teamName, "/queue": sentence(XSS_VECTORS[3].id) };
    for (const path of ["/articles", `/articles/${articleId}/versions`, `/articles/${articleId}/versions/1`, "/dashboard", "/team", "/notifications", "/queue"]) {
      await expectInert(page, watch, path, async () => {
        const response = await page.goto(path);
        expect(response?.status(), path).toBeLessThan(400);
        if (shown[path]) await expect(page.getByText(shown[path]).first()).toBeVisible();
      });
    }
    // The teammate was mentioned in the comment and assigned claims: their notifications quote the vectors.
    await expectInert(teammate, watch, "teammate /notifications", async () => {
      await teammate.goto("/notifications");
      await expect(teammate.getByText(/mentioned you/).first()).toBeVisible();
      await expect(teammate.getByText(/assigned you/).first()).toBeVisible();
    });
    for (const path of ["/queue", "/articles"]) {
      await expectInert(teammate, watch, `teammate ${path}`, () => teammate.goto(path));
    }
  });

  await test.step("exports: HTML opened in Chromium, CSV neutralised, DOCX escaped, PDF plain text", async () => {
    const download = async (format: string) => {
      const response = await api.get(`/api/v1/articles/${articleId}/export?format=${format}`);
      expect(response.status(), `${format} export`).toBe(200);
      return response.body();
    };
    const html = (await download("html")).toString("utf8");
    const viewer = await ownerContext.newPage();
    await expectInert(viewer, watch, "HTML export", () => viewer.setContent(html, { waitUntil: "load" }));
    await viewer.close();

    const cells: string[] = parse((await download("csv")).toString("utf8"), { bom: true }).flat();
    expect(cells.filter((cell) => FORMULA_START.test(cell))).toEqual([]);
    // Every formula vector reached the file (in a quote, a note or a title), and none of them as a live formula.
    for (const v of XSS_VECTORS.filter((x) => x.kind === "formula")) expect(cells.some((cell) => cell.includes(v.id)), v.id).toBe(true);
    expect(cells.some((cell) => cell.startsWith(`'${XSS_VECTORS.find((x) => x.kind === "formula")!.payload}`))).toBe(true);

    const docx = await download("docx");
    const { text, xml } = docxText(docx);
    expect(xml).not.toMatch(/<(script|img|svg|iframe)[\s>]/i);
    expect(text).toContain(XSS_VECTORS[0].payload);
    const rels = unzip(docx).get("word/_rels/document.xml.rels")!.toString("utf8");
    const targets = [...rels.matchAll(/Target="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, "&"));
    expect(targets.filter((target) => DANGEROUS_URL.test(target))).toEqual([]);

    const pdf = await download("pdf");
    expect(pdf.toString("latin1").match(/\/(JavaScript|JS|OpenAction|AA|Launch|SubmitForm|ImportData)\b/g) ?? []).toEqual([]);
    expect([...pdf.toString("latin1").matchAll(/\/URI\s*\(([^)]*)\)/g)].map((m) => m[1]).filter((uri) => !/^https?:\/\//i.test(uri))).toEqual([]);
    const pdfWords = (await pdfText(pdf)).replace(/\s+/g, "");
    expect(pdfWords).toContain(XSS_VECTORS[0].payload.replace(/\s+/g, ""));
  });

  expect(watch.fired).toEqual([]);
  expect(watch.errors.filter((message) => /xss-/.test(message))).toEqual([]);
  await api.dispose();
  await ownerContext.close();
});
