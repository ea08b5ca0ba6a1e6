import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Pastes text into the import dialog, checks the import and saves it, as an editor does: a new article from the
 * articles page, or a new version from an article page. Returns the dialog, for tests that expect a refusal.
 */
export async function importByPasting(page: Page, text: string, as: "article" | "version" = "article"): Promise<Locator> {
  const name = as === "article" ? "Import article" : "Import new version";
  await page.getByRole("button", { name }).click();
  const dialog = page.getByRole("dialog", { name });
  await dialog.getByLabel("Article text or HTML").fill(text);
  await dialog.getByRole("button", { name: "Check import" }).click();
  if (as === "article") await expect(dialog.getByLabel("Title")).not.toHaveValue("");
  await dialog.getByRole("button", { name: as === "article" ? "Save article" : "Save new version" }).click();
  return dialog;
}
