import { expect, test } from "@playwright/test";
import path from "node:path";
import { signUp, uniqueEmail } from "./support/auth";

const page1 = path.resolve(__dirname, "../../../shared/testdata/news-pages/bbc-1/source.html");

test("a saved news page is uploaded, its metadata corrected before saving, and the page chrome left out", async ({ page }) => {
  await signUp(page, { name: "Upload Editor", email: uniqueEmail("upload"), password: "upload editor pw" });
  await page.getByRole("button", { name: "Import article" }).click();
  const dialog = page.getByRole("dialog", { name: "Import article" });
  await dialog.getByRole("tab", { name: "Upload a file" }).click();
  await dialog.getByLabel("File").setInputFiles(page1);
  await dialog.getByRole("button", { name: "Check import" }).click();

  const title = dialog.getByLabel("Title");
  await expect(title).not.toHaveValue("");
  await expect(dialog.getByText(/Found [\d,]+ words/)).toBeVisible();
  await title.fill("Corrected headline for the desk");
  await dialog.getByLabel("Byline").fill("Desk correction");
  await dialog.getByRole("button", { name: "Save article" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Corrected headline for the desk" })).toBeVisible();
  await expect(page.getByText("Desk correction")).toBeVisible();
  const text = page.getByLabel("Article text");
  await expect(text).toBeVisible();
  // The page's scripts and navigation are gone; the article's paragraphs are there.
  expect(await text.locator("script, nav, iframe, form").count()).toBe(0);
  expect(await text.locator("p").count()).toBeGreaterThan(5);
});

test("an empty paste and a non-web address are refused with a message that says what to do", async ({ page }) => {
  await signUp(page, { name: "Careful Editor", email: uniqueEmail("careful"), password: "careful editor pw" });
  await page.getByRole("button", { name: "Import article" }).click();
  const dialog = page.getByRole("dialog", { name: "Import article" });
  await dialog.getByRole("button", { name: "Check import" }).click();
  await expect(dialog.getByText("Paste the article's text or HTML first.")).toBeVisible();
  await dialog.getByRole("tab", { name: "From a web address" }).click();
  await dialog.getByLabel("Web address").fill("javascript:alert(1)");
  await dialog.getByRole("button", { name: "Check import" }).click();
  await expect(dialog.getByRole("alert").filter({ hasText: /\S/ })).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(page.getByText("No articles yet.")).toBeVisible();
});
