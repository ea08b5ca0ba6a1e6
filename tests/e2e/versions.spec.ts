import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./support/auth";
import { importByPasting } from "./support/import";
import { highlights, selectInArticle } from "./support/review";
import { inviteTeammate } from "./support/team";

const FIRST = [
  "Ferry fares to rise in March",
  "The ferry company said fares would rise by 8 percent on the first of March.",
  "It blamed fuel prices, which it said had doubled since 2024.",
  "Passenger groups said they had not been told in advance.",
].join("\n\n");

const SECOND = [
  "Ferry fares to rise in March",
  "Correction: an earlier version misstated the date of the increase.",
  "The ferry company said fares would rise by 8 percent on the first of March.",
  "Passenger groups said they had not been told in advance.",
].join("\n\n");

test("a new version keeps claims on their words and lists the claim whose words are gone", async ({ page }) => {
  await signUp(page, { name: "Version Editor", email: uniqueEmail("versions"), password: "version editor pw" });
  await importByPasting(page, FIRST);
  await expect(page.getByLabel("Article text")).toContainText("fuel prices");

  for (const [quote, key] of [["fares would rise by 8 percent", "2"], ["had doubled since 2024", "3"]] as const) {
    await selectInArticle(page, quote);
    await page.getByRole("button", { name: "New claim" }).click();
    await expect(page.getByRole("region", { name: "Claim", exact: true })).toContainText(quote);
    await page.keyboard.press(key);
    await expect(page.getByText(/^Marked /).last()).toBeVisible();
    await page.keyboard.press("Escape");
  }

  await importByPasting(page, SECOND, "version");
  await expect(page.getByText(/Version 2 saved\. Claims: 1 kept their words, 1 lost their words/)).toBeVisible();
  // Without a reload, the highlights are redrawn on the new version's words.
  await expect.poll(async () => [...(await highlights(page)).values()]).toEqual([{ text: "fares would rise by 8 percent", status: "VERIFIED" }]);

  await page.reload();
  await expect(page.getByRole("link", { name: "Version 2 · history" })).toBeVisible();
  await expect.poll(async () => [...(await highlights(page)).values()]).toEqual([{ text: "fares would rise by 8 percent", status: "VERIFIED" }]);
  const attention = page.getByRole("region", { name: "Claims to place again" });
  await expect(attention).toContainText("1 claim not placed on this version · 1 orphaned");
  await attention.getByText(/not placed/).click();
  await expect(attention).toContainText("“had doubled since 2024”");
  await expect(attention).toContainText("Disputed");

  // The orphaned claim is placed again by choosing its words: it keeps its verdict.
  await attention.getByRole("button", { name: /had doubled since 2024/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "no longer in version 2" })).toBeVisible();
  await page.getByRole("button", { name: "Choose the words" }).click();
  await selectInArticle(page, "had not been told in advance");
  await page.getByRole("button", { name: "Move claim here" }).click();
  await expect(page.getByText("Claim moved to the new words.")).toBeVisible();
  await expect.poll(async () => [...(await highlights(page)).values()]).toEqual([
    { text: "fares would rise by 8 percent", status: "VERIFIED" },
    { text: "had not been told in advance", status: "DISPUTED" },
  ]);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("region", { name: "Claims to place again" })).toHaveCount(0);

  // The same text again is refused, and nothing is stored.
  const dialog = await importByPasting(page, SECOND, "version");
  await expect(dialog.getByRole("alert").filter({ hasText: /\S/ })).toContainText("identical to the current version (version 2)");
});

test("a teammate's open page hears of a new version, and shows it when asked; marking words on the old text is refused", async ({ page, browser }) => {
  await signUp(page, { name: "Vera Versions", email: uniqueEmail("vera"), password: "vera versions pw" });
  await importByPasting(page, FIRST);
  await selectInArticle(page, "fares would rise by 8 percent");
  await page.getByRole("button", { name: "New claim" }).click();
  await expect(page.getByRole("region", { name: "Claim", exact: true })).toContainText("fares would rise by 8 percent");
  await page.keyboard.press("2");
  await expect(page.getByText(/^Marked verified/)).toBeVisible();
  const articleUrl = page.url();
  const theo = await inviteTeammate(page, browser, { name: "Theo Versions", role: "Editor" });
  await theo.goto(articleUrl);
  await expect(theo.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  await expect(theo.getByRole("status").filter({ hasText: "stored version" })).toHaveCount(0);

  await importByPasting(page, SECOND, "version");
  await expect(page.getByText(/Version 2 saved/)).toBeVisible();

  // Theo's page still shows version 1, and says so.
  const notice = theo.getByRole("status").filter({ hasText: "Vera Versions stored version 2 of this article." });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("this page still shows version 1");
  // Words marked on the old text would land on other words in the new one: refused, nothing written.
  await selectInArticle(theo, "It blamed fuel prices");
  await theo.getByRole("button", { name: "New claim" }).click();
  await expect(theo.getByText("This article has a newer version since you opened it.", { exact: false })).toBeVisible();

  await notice.getByRole("button", { name: "Show version 2" }).click();
  await expect(theo.getByRole("link", { name: "Version 2 · history" })).toBeVisible();
  await expect(theo.getByLabel("Article text")).toContainText("Correction: an earlier version");
  await expect(theo.getByRole("status").filter({ hasText: "stored version" })).toHaveCount(0);
  await expect.poll(async () => [...(await highlights(theo)).values()]).toEqual([{ text: "fares would rise by 8 percent", status: "VERIFIED" }]);
  await theo.context().close();
});
