import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./support/auth";
import { importByPasting } from "./support/import";
import { highlights, selectInArticle } from "./support/review";

const ARTICLE = [
  "Library hours cut",
  "The city library will close at 6 pm on weekdays from next month, the council said.",
  "A council spokesperson said the change would save 120,000 euros a year.",
  "Readers collected 3,400 signatures against the plan.",
].join("\n\n");

test("an editor corrects the text in Factdesk, reviews how the claims landed, and compares the versions", async ({ page }) => {
  await signUp(page, { name: "Edit Editor", email: uniqueEmail("edit"), password: "edit editor pw" });
  await importByPasting(page, ARTICLE);
  await expect(page.getByLabel("Article text")).toContainText("signatures");
  for (const quote of ["close at 6 pm on weekdays", "save 120,000 euros a year", "3,400 signatures"]) {
    await selectInArticle(page, quote);
    await page.getByRole("button", { name: "New claim" }).click();
    await expect(page.getByRole("region", { name: "Claim", exact: true })).toContainText(quote);
    await page.keyboard.press("2");
    await expect(page.getByText(/^Marked /).last()).toBeVisible();
    await page.keyboard.press("Escape");
  }

  await page.getByRole("link", { name: "Edit text" }).click();
  const editor = page.getByRole("textbox", { name: "Article text (editable)" });
  await expect(editor).toContainText("120,000 euros");
  await expect(page.getByRole("button", { name: "Save as version 2" })).toBeDisabled();
  // A correction inside one claim, and the sentence of another rewritten beyond recognition.
  await editor.click();
  await replaceInEditor(page, "120,000", "125,000");
  await replaceInEditor(page, "Readers collected 3,400 signatures against the plan.", "A petition opposing the plan has circulated online.");
  await page.getByRole("button", { name: "Save as version 2" }).click();

  // The revision review: the corrected claim moved or waits for review, the rewritten one has no place.
  await expect(page).toHaveURL(/\/versions\/2$/);
  await expect(page.getByRole("heading", { name: "Version 2 (current)" })).toBeVisible();
  const panel = page.getByRole("complementary", { name: "Claims on this version" });
  await expect(panel.getByRole("heading", { name: "Kept (1)" })).toBeVisible();
  await expect(panel).toContainText("close at 6 pm on weekdays");
  await expect(panel.getByRole("heading", { name: "Moved (1)" })).toBeVisible();
  const corrected = panel.getByRole("listitem").filter({ hasText: "save 125,000 euros a year" });
  const changes = corrected.getByRole("group", { name: /Changes around the claim since version 1/ });
  await expect(changes.locator("del").first()).toContainText("120");
  await expect(changes.locator("ins").first()).toContainText("125");
  const rewritten = panel.getByRole("listitem").filter({ hasText: "3,400 signatures" });
  if (await rewritten.getByRole("button", { name: "Leave orphaned" }).count()) {
    await rewritten.getByRole("button", { name: "Leave orphaned" }).click();
    await expect(page.getByText(/^Left orphaned/)).toBeVisible();
  }
  await expect(panel.getByRole("heading", { name: "Orphaned (1)" })).toBeVisible();

  // History lists both versions; the comparison shows the correction as removed and added words.
  await page.getByRole("link", { name: "Versions" }).click();
  await expect(page.getByRole("row", { name: /Version 2 current/ })).toContainText("Edited in Factdesk");
  await expect(page.getByRole("row", { name: /Version 1/ })).toContainText("Imported");
  await page.getByRole("link", { name: "Compare with version 1" }).click();
  const diff = page.getByRole("group", { name: "Changes from version 1 to version 2" });
  await expect(diff.locator("del").first()).toContainText("120");
  await expect(diff.locator("ins").first()).toContainText("125");
  await expect(page.getByText(/words added, \d+ words removed/)).toBeVisible();

  // Back on the review page, the orphaned claim can be placed on the rewritten sentence.
  await page.getByRole("link", { name: "Library hours cut" }).click();
  await expect.poll(async () => (await highlights(page)).size).toBeGreaterThanOrEqual(1);
  const unplaced = page.getByRole("region", { name: "Claims to place again" });
  await unplaced.getByText(/not placed on this version/).click();
  await unplaced.getByRole("button", { name: /3,400 signatures/ }).click();
  await page.keyboard.press("m");
  await selectInArticle(page, "A petition opposing the plan");
  await page.getByRole("button", { name: "Move claim here" }).click();
  await expect(page.getByText("Claim moved to the new words.")).toBeVisible();
  await expect.poll(async () => [...(await highlights(page)).values()].map((h) => h.text)).toContain("A petition opposing the plan");
});

/** Selects `from` inside the editable article by its text and types `to` over it. */
async function replaceInEditor(page: import("@playwright/test").Page, from: string, to: string) {
  await page.getByRole("textbox", { name: "Article text (editable)" }).evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? "").indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the editor`);
  }, from);
  await page.keyboard.type(to);
}
