import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./support/auth";
import { importByPasting } from "./support/import";
import { highlights, selectInArticle } from "./support/review";
import { inviteTeammate } from "./support/team";

const ARTICLE = [
  "Bridge repairs delayed",
  "Repairs to the Old Bridge will take until 2028, two years longer than planned, the city engineer said.",
  "The cost has risen to 31 million euros.",
].join("\n\n");

test("two teammates review one article live: changes, presence, comments with mentions, approval", async ({ page, browser }) => {
  await signUp(page, { name: "Olga Live", email: uniqueEmail("olga-live"), password: "olga live password" });
  await importByPasting(page, ARTICLE);
  await expect(page.getByLabel("Article text")).toContainText("31 million euros");
  const articleUrl = page.url();
  const rafa = await inviteTeammate(page, browser, { name: "Rafa Live", role: "Reviewer" });
  await rafa.goto(articleUrl);
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  await expect(rafa.getByRole("status").filter({ hasText: "Live" })).toBeVisible();

  // Presence: each sees the other reading the article.
  await expect(page.getByRole("list", { name: "Also viewing this article" })).toContainText("Rafa Live — reading the article");
  await expect(rafa.getByRole("list", { name: "Also viewing this article" })).toContainText("Olga Live — reading the article");

  // Rafa marks a claim; Olga sees it appear without reloading.
  await selectInArticle(rafa, "The cost has risen to 31 million euros");
  await rafa.getByRole("button", { name: "New claim" }).click();
  await expect(rafa.getByRole("region", { name: "Claim", exact: true })).toContainText("31 million euros");
  await rafa.keyboard.press("3");
  await expect(rafa.getByText(/^Marked disputed/)).toBeVisible();
  await expect.poll(async () => [...(await highlights(page)).values()]).toEqual([{ text: "The cost has risen to 31 million euros", status: "DISPUTED" }]);
  await expect(page.getByRole("list", { name: "Also viewing this article" })).toContainText("Rafa Live — on claim 1");

  // Rafa asks Olga in the discussion; Olga's bell counts it.
  await rafa.getByRole("region", { name: "Discussion" }).getByRole("textbox").fill("@[Olga Live] the 2024 budget said 24 million, can you check?");
  await rafa.getByRole("button", { name: "Send comment" }).click();
  await expect(rafa.getByRole("region", { name: "Discussion" })).toContainText("the 2024 budget said 24 million");
  // The bell polls every 30 s; a reload reads it at once.
  await page.reload();
  await expect(page.getByRole("button", { name: "Notifications, 1 unread" })).toBeVisible();

  // Olga opens the claim, sees the comment, and approves; Rafa's copy locks.
  await page.getByRole("button", { name: /The cost has risen/ }).click();
  await expect(page.getByRole("region", { name: "Discussion" })).toContainText("the 2024 budget said 24 million");
  await page.getByRole("region", { name: "Approval" }).getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText(/^Claim approved/)).toBeVisible();
  await expect(rafa.getByRole("region", { name: "Approval" })).toContainText("Approved by Olga Live");
  await expect(rafa.getByRole("group", { name: "Status" }).getByRole("button", { name: /Verified/ })).toBeDisabled();
  await rafa.context().close();
});

test("a note saved over a teammate's newer save is refused, both versions are shown, and merging keeps both", async ({ page, browser }) => {
  await signUp(page, { name: "Nina Notes", email: uniqueEmail("nina"), password: "nina notes password" });
  await importByPasting(page, ARTICLE);
  await selectInArticle(page, "Repairs to the Old Bridge will take until 2028");
  await page.getByRole("button", { name: "New claim" }).click();
  await expect(page.getByRole("region", { name: "Claim", exact: true })).toContainText("until 2028");
  const articleUrl = page.url();
  const tom = await inviteTeammate(page, browser, { name: "Tom Notes", role: "Editor" });
  await tom.goto(articleUrl);
  await tom.getByRole("button", { name: /Repairs to the Old Bridge/ }).click();
  await page.getByRole("button", { name: /Repairs to the Old Bridge/ }).click();

  // Both start a note on the same copy; Nina saves first.
  const tomNote = tom.getByRole("textbox", { name: "Note", exact: true });
  await tomNote.click();
  await tom.keyboard.type("Tom: the 2026 plan said 2027.");
  const ninaNote = page.getByRole("textbox", { name: "Note", exact: true });
  await ninaNote.click();
  await page.keyboard.type("Nina: engineer confirmed 2028 by phone.");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByText("Note saved.")).toBeVisible();

  // Tom's save was based on the older copy: refused, with both versions and a choice.
  await tom.getByRole("button", { name: "Save note" }).click();
  const dialog = tom.getByRole("dialog", { name: "Changed by Nina Notes while you were editing" });
  await expect(dialog.getByRole("region", { name: "Nina Notes's version (saved)" })).toContainText("engineer confirmed 2028");
  await expect(dialog.getByRole("region", { name: "Your change (not saved)" })).toContainText("the 2026 plan said 2027");
  await dialog.getByRole("button", { name: "Merge the notes" }).click();
  await expect(tom.getByText("Note saved.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Note", exact: true })).toContainText("Tom: the 2026 plan said 2027.");
  await expect(page.getByRole("textbox", { name: "Note", exact: true })).toContainText("Nina: engineer confirmed 2028 by phone.");
  await tom.context().close();
});
