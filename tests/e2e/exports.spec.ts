import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { signUp, uniqueEmail } from "./support/auth";
import { importByPasting } from "./support/import";
import { highlights, selectInArticle } from "./support/review";

const ARTICLE = [
  "Tram line opens",
  "The new tram line carried 48,000 passengers in its first week, the transport authority said.",
  "Tickets cost 2.10 euros, ten cents more than the bus.",
  "Shopkeepers on the route reported a fall in trade during construction.",
].join("\n\n");

async function markClaim(page: Page, quote: string, key: string) {
  await selectInArticle(page, quote);
  await page.getByRole("button", { name: "New claim" }).click();
  await expect(page.getByRole("region", { name: "Claim", exact: true })).toContainText(quote);
  await page.keyboard.press(key);
  await expect(page.getByText(/^Marked /).last()).toBeVisible();
}

async function download(page: Page, label: string): Promise<{ name: string; body: Buffer }> {
  const dialog = page.getByRole("dialog", { name: "Export the review" });
  const [file] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("link", { name: label, exact: true }).click()]);
  // The dialog fetches the file itself (to show progress), saves it under the server's name, and says so.
  await expect(dialog.getByRole("listitem").filter({ hasText: `Downloaded ${file.suggestedFilename()}` })).toBeVisible();
  return { name: file.suggestedFilename(), body: await readFile((await file.path())!) };
}

/** Holds the export requests of `format` at the browser until the returned function is called. */
async function holdExport(page: Page, format: string): Promise<() => Promise<void>> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const pattern = `**/export?format=${format}*`;
  await page.route(pattern, async (route) => {
    await held;
    await route.continue().catch(() => {}); // a cancelled request has nothing left to continue
  });
  return async () => {
    release();
    await page.unroute(pattern);
  };
}

test("every export downloads from the article page with the claims in it, and W3C annotations load into a copy", async ({ page, browser }) => {
  await signUp(page, { name: "Export Editor", email: uniqueEmail("export"), password: "export editor pw" });
  await importByPasting(page, ARTICLE);
  await markClaim(page, "carried 48,000 passengers in its first week", "2");
  // A note that would be a formula in a spreadsheet, and markup that must stay text.
  await page.keyboard.press("n");
  await page.keyboard.type('=HYPERLINK("http://evil.example") <b>bold?</b>');
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByText("Note saved.")).toBeVisible();
  await page.keyboard.press("Escape");
  await markClaim(page, "ten cents more than the bus", "3");
  await page.keyboard.press("Escape");
  const articleUrl = page.url();

  await page.getByRole("button", { name: "Export" }).click();
  const dialog = page.getByRole("dialog", { name: "Export the review" });

  // While the server prepares a file, the dialog shows progress and a way out; then it saves the file.
  let release = await holdExport(page, "docx");
  const saved = page.waitForEvent("download");
  await dialog.getByRole("link", { name: "Word document", exact: true }).click();
  const progress = dialog.getByRole("progressbar", { name: "Downloading Word document" });
  await expect(progress).toBeVisible();
  await expect(dialog.getByText(/^Preparing the file… \d+ s$/)).toBeVisible();
  await page.screenshot({ path: "test-results/export-in-progress.png" });
  await release();
  expect((await saved).suggestedFilename()).toBe("tram-line-opens-v1-review.docx");
  await expect(progress).toBeHidden();
  await expect(dialog.getByText("Downloaded tram-line-opens-v1-review.docx")).toBeVisible();
  await page.screenshot({ path: "test-results/export-done.png" });

  release = await holdExport(page, "md");
  await dialog.getByRole("link", { name: "Markdown", exact: true }).click();
  await dialog.getByRole("button", { name: "Cancel the Markdown download" }).click();
  await expect(dialog.getByText("Download cancelled.")).toBeVisible();
  await release();

  // A refusal shows the server's own words.
  await page.route("**/export?format=html*", (route) =>
    route.fulfill({ status: 413, contentType: "application/json", body: JSON.stringify({ code: "TOO_LARGE", message: "Export fewer claims and try again." }) }),
  );
  await dialog.getByRole("link", { name: "Web page", exact: true }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Web page could not be exported: Export fewer claims and try again.");
  await page.unroute("**/export?format=html*");

  const pdf = await download(page, "PDF report");
  expect(pdf.name).toBe("tram-line-opens-v1-review.pdf");
  expect(pdf.body.subarray(0, 5).toString()).toBe("%PDF-");

  const html = (await download(page, "Web page")).body.toString("utf8");
  expect(html).toContain("carried 48,000 passengers in its first week");
  expect(html).toContain("ten cents more than the bus");
  expect(html).not.toContain("<b>bold?</b>");

  const md = (await download(page, "Markdown")).body.toString("utf8");
  expect(md).toContain("ten cents more than the bus");

  const docx = await download(page, "Word document");
  expect(docx.body.subarray(0, 2).toString()).toBe("PK");

  const rows: Record<string, string>[] = parse((await download(page, "Spreadsheet (CSV)")).body.toString("utf8"), { columns: true, bom: true });
  expect(rows.map((row) => row.Quote)).toEqual(["carried 48,000 passengers in its first week", "ten cents more than the bus"]);
  expect(rows.map((row) => row.Status)).toEqual(["Verified", "Disputed"]);
  expect(rows[0].Note.startsWith("'=")).toBe(true);

  const w3c = await download(page, "W3C Web Annotations");
  const collection = JSON.parse(w3c.body.toString("utf8"));
  expect(collection.type).toBe("AnnotationCollection");
  const annotations = collection.first.items as { motivation: string; target: { selector: { type: string; exact?: string }[] } }[];
  expect(annotations.map((a) => a.target.selector.find((s) => s.type === "TextQuoteSelector")?.exact)).toEqual([
    "carried 48,000 passengers in its first week",
    "ten cents more than the bus",
  ]);
  expect(annotations.every((a) => a.motivation === "assessing")).toBe(true);

  const reviews = JSON.parse((await download(page, "ClaimReview")).body.toString("utf8"));
  expect(reviews).toHaveLength(2);
  expect(reviews.map((r: { reviewRating: { alternateName: string } }) => r.reviewRating.alternateName)).toEqual(["Accurate", "Disputed"]);
  await dialog.getByRole("button", { name: "Close" }).click();

  // The same URLs refuse clearly: an unknown format, and (for someone from another team) the article itself.
  const exportUrl = articleUrl.replace("/articles/", "/api/articles/") + "/export";
  const unknown = await page.request.get(`${exportUrl}?format=xls`);
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).message).toContain('Unknown export format "xls"');
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await signUp(strangerPage, { name: "Other Desk", email: uniqueEmail("other"), password: "other desk pw" });
  const hidden = await strangerPage.request.get(`${exportUrl}?format=csv`);
  expect(hidden.status()).toBe(404);

  // Round trip: the annotations loaded onto a second copy of the article land on the same words with the same verdicts.
  await page.goto("/articles");
  await importByPasting(page, ARTICLE);
  await expect(page.getByLabel("Article text")).toContainText("Shopkeepers");
  await page.getByLabel("W3C annotation file to import").setInputFiles({ name: "annotations.jsonld", mimeType: "application/ld+json", buffer: w3c.body });
  await expect(page.getByText("2 claims imported.")).toBeVisible();
  await expect.poll(async () => [...(await highlights(page)).values()]).toEqual([
    { text: "carried 48,000 passengers in its first week", status: "VERIFIED" },
    { text: "ten cents more than the bus", status: "DISPUTED" },
  ]);
  await stranger.close();
});

test("the team dashboard charts the review and downloads the team report", async ({ page }) => {
  await signUp(page, { name: "Dana Dashboard", email: uniqueEmail("dana"), password: "dana dashboard pw" });
  await importByPasting(page, ARTICLE);
  await markClaim(page, "ten cents more than the bus", "2");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("link", { name: "Tram line opens" })).toBeVisible();
  await expect(page.getByRole("img").filter({ has: page.locator("title") }).or(page.getByRole("img", { name: /Verified/ })).first()).toBeVisible();
  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download PDF" }).click()]);
  expect((await readFile((await pdf.path())!)).subarray(0, 5).toString()).toBe("%PDF-");
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
  expect((await readFile((await csv.path())!)).toString("utf8")).toContain("Tram line opens");
  await page.screenshot({ path: "test-results/dashboard.png", fullPage: true });
});
