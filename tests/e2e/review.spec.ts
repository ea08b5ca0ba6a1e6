import { expect, test, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { signUp, uniqueEmail } from "./support/auth";
import { importByPasting } from "./support/import";
import { highlights, pickSentences, selectInArticle } from "./support/review";

const corpus = path.resolve(__dirname, "../../../shared/corpus/articles");
const articles = readdirSync(corpus).filter((name) => name.endsWith(".txt")).sort();

async function markClaim(page: Page, sentence: string, status: "Verified" | "Disputed" | "Unsourced") {
  await selectInArticle(page, sentence);
  await page.getByRole("button", { name: "New claim" }).click();
  const panel = page.getByRole("region", { name: "Claim", exact: true });
  await expect(panel.getByText(`“${sentence}”`)).toBeVisible();
  await panel.getByRole("button", { name: status, exact: true }).click();
  await expect(panel.getByRole("button", { name: status, exact: true })).toHaveAttribute("aria-pressed", "true");
  return panel;
}

test.describe.configure({ timeout: 180_000 });

test("each corpus article is imported through the UI and reviewed; the review survives a reload", async ({ page }) => {
  expect(articles.length).toBe(5);
  await signUp(page, { name: "Corpus Reviewer", email: uniqueEmail("corpus"), password: "corpus reviewer pw" });

  for (const file of articles) {
    await page.goto("/articles");
    await importByPasting(page, readFileSync(path.join(corpus, file), "utf8"));
    await expect(page.getByLabel("Article text")).toBeVisible();
    await expect(page.getByLabel("Article text")).not.toContainText("Advertisement. Scroll to continue reading");
    const [first, second, third] = await pickSentences(page, 3);

    const panel = await markClaim(page, first, "Verified");
    await panel.getByLabel("Note", { exact: true }).click();
    await page.keyboard.type("Confirmed against the published call transcript.");
    await panel.getByRole("button", { name: "Save note" }).click();
    await expect(page.getByText("Note saved.")).toBeVisible();
    await panel.getByRole("button", { name: /Add a source link/ }).click();
    await panel.getByLabel("Source URL").fill("https://example.org/transcript");
    await panel.getByLabel("Title", { exact: true }).fill("Call transcript");
    await panel.getByRole("button", { name: "Add source" }).click();
    await expect(panel.getByRole("link", { name: "Call transcript" })).toBeVisible();
    await page.keyboard.press("Escape");

    await markClaim(page, second, "Disputed");
    await page.keyboard.press("Escape");
    await markClaim(page, third, "Unsourced");
    await page.keyboard.press("Escape");

    await page.reload();
    await expect(page.getByLabel("Article text")).toBeVisible();
    await expect.poll(async () => (await highlights(page)).size).toBe(3);
    const drawn = [...(await highlights(page)).values()];
    expect(drawn).toEqual(
      expect.arrayContaining([
        { text: first, status: "VERIFIED" },
        { text: second, status: "DISPUTED" },
        { text: third, status: "UNSOURCED" },
      ]),
    );
    await expect(page.getByRole("progressbar", { name: "Review progress" })).toHaveAttribute("aria-valuenow", "3");
    await page.getByRole("list", { name: "Claims" }).getByRole("button").filter({ hasText: first.slice(0, 40) }).click();
    const reopened = page.getByRole("region", { name: "Claim", exact: true });
    await expect(reopened.getByText("Confirmed against the published call transcript.")).toBeVisible();
    await expect(reopened.getByRole("link", { name: "Call transcript" })).toHaveAttribute("href", "https://example.org/transcript");
  }
});
