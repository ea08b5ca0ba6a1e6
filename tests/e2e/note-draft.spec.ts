/**
 * An editor's note is never silently dropped: a save that fails while offline says so, keeps the note and sends it
 * again when the connection returns; a tab closed before saving gives the note back when the claim is reopened.
 */
import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./support/auth";
import { importByPasting } from "./support/import";
import { selectInArticle } from "./support/review";

const ARTICLE = "Ferry fares will rise by 4% in May, the operator said on Friday.\n\nThe operator blamed fuel costs for the rise.";

test("a failed save is kept and retried online; an unsaved note survives closing the tab", async ({ page, context }) => {
  await signUp(page, { name: "Nora Note", email: uniqueEmail("nora"), password: "nora note password" });
  await page.goto("/articles");
  await importByPasting(page, ARTICLE);
  await selectInArticle(page, "Ferry fares will rise by 4% in May");
  await page.getByRole("button", { name: "New claim" }).click();
  const panel = page.getByRole("region", { name: "Claim", exact: true });
  await expect(panel.getByText("“Ferry fares will rise by 4% in May”")).toBeVisible();
  const reviewUrl = page.url();

  // Offline: the save fails visibly, the note stays, and it goes out by itself once the browser is online again.
  await panel.getByLabel("Note", { exact: true }).click();
  await page.keyboard.type("Operator's price list confirms 4%.");
  await context.setOffline(true);
  await panel.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByText(/could not reach the server/)).toBeVisible();
  await expect(panel.getByText(/Not saved yet: your note is kept on this device/)).toBeVisible();
  await expect(panel.getByLabel("Note", { exact: true })).toContainText("Operator's price list confirms 4%.");
  await context.setOffline(false);
  await expect(page.getByText("Note saved.")).toBeVisible();
  await expect(panel.getByText("Unsaved changes")).toHaveCount(0);

  // Typed, never saved, tab closed: the note is there again when the claim is opened in a new tab.
  await panel.getByLabel("Note", { exact: true }).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Also on the website.");
  await expect(panel.getByText("Unsaved changes")).toBeVisible();
  await page.close();

  const again = await context.newPage();
  await again.goto(reviewUrl);
  await again.getByText("“Ferry fares will rise by 4% in May”").click();
  const reopened = again.getByRole("region", { name: "Claim", exact: true });
  await expect(reopened.getByText(/Restored your unsaved note/)).toBeVisible();
  await expect(reopened.getByLabel("Note", { exact: true })).toContainText("Operator's price list confirms 4%. Also on the website.");
  await reopened.getByRole("button", { name: "Save note" }).click();
  await expect(again.getByText("Note saved.")).toBeVisible();
  await again.reload();
  await again.getByText("“Ferry fares will rise by 4% in May”").click();
  const saved = again.getByRole("region", { name: "Claim", exact: true });
  await expect(saved.getByLabel("Note", { exact: true })).toContainText("Also on the website.");
  await expect(saved.getByText(/Restored your unsaved note/)).toHaveCount(0);
});
