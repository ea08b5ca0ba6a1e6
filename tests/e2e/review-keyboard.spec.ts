import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./support/auth";
import { importByPasting } from "./support/import";
import { highlights, selectInArticle } from "./support/review";

const STORY = [
  "Riverside council opens a new library",
  "The council said the library cost 4.2 million euros to build.",
  "It will open seven days a week, the first in the county to do so.",
  "Officials said visitor numbers could double within a year.",
].join("\n\n");

const QUOTES = ["cost 4.2 million euros", "open seven days a week", "visitor numbers could double"];

async function setUpArticle(page: Page) {
  await signUp(page, { name: "Key Reviewer", email: uniqueEmail("keys"), password: "keyboard reviewer pw" });
  await importByPasting(page, STORY);
  await expect(page.getByLabel("Article text")).toContainText("seven days a week");
  for (const quote of QUOTES) {
    await selectInArticle(page, quote);
    await expect(page.getByRole("button", { name: "New claim" })).toBeVisible();
    await page.keyboard.press("c"); // C makes a claim of the selection, like the toolbar button
    await expect(page.getByRole("region", { name: "Claim", exact: true })).toContainText(quote);
    await page.keyboard.press("Escape");
  }
}

test("the review loop works from the keyboard: J/K, 1-4, N, Delete with undo, ? and the deleted-claims view", async ({ page }) => {
  await setUpArticle(page);
  const claim = page.getByRole("region", { name: "Claim", exact: true });

  await page.keyboard.press("j");
  await expect(claim).toContainText(QUOTES[0]);
  await page.keyboard.press("2");
  await expect(claim.getByRole("button", { name: "Verified", exact: true })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("j");
  await expect(claim).toContainText(QUOTES[1]);
  await page.keyboard.press("3");
  await expect(claim.getByRole("button", { name: "Disputed", exact: true })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("j");
  await page.keyboard.press("4");
  await expect(claim.getByRole("button", { name: "Unsourced", exact: true })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("k");
  await expect(claim).toContainText(QUOTES[1]);

  await page.keyboard.press("n");
  await expect(claim.getByLabel("Note", { exact: true })).toBeFocused();
  await page.keyboard.type("Opening hours are Monday to Saturday on the council site.");
  await claim.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByText("Note saved.")).toBeVisible();

  // Delete with undo.
  await claim.getByLabel("Note", { exact: true }).blur();
  await page.keyboard.press("Delete");
  await expect(page.getByText("Claim deleted.")).toBeVisible();
  await expect.poll(async () => (await highlights(page)).size).toBe(2);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(async () => (await highlights(page)).size).toBe(3);

  // Delete again, then bring it back from the deleted-claims view.
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(claim).toContainText(QUOTES[1]);
  await claim.getByRole("button", { name: "Delete claim" }).click();
  await page.getByRole("button", { name: /Deleted claims \(1\)/ }).click();
  await page.getByRole("region", { name: "Deleted claims" }).getByRole("button", { name: "Restore" }).click();
  await expect(page.getByText("Claim restored.").last()).toBeVisible();
  await expect.poll(async () => (await highlights(page)).size).toBe(3);

  const drawn = await highlights(page);
  expect([...drawn.values()].map((h) => h.status).sort()).toEqual(["DISPUTED", "UNSOURCED", "VERIFIED"]);

  // Status filter: only disputed claims listed.
  await page.getByRole("group", { name: "Show claims by status" }).getByRole("button", { name: /Disputed/ }).click();
  const list = page.getByRole("list", { name: "Claims" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list).toContainText(QUOTES[1]);

  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeHidden();
});

test("bad input gets a clear message and stores nothing", async ({ page }) => {
  await setUpArticle(page);
  await page.keyboard.press("j");
  const claim = page.getByRole("region", { name: "Claim", exact: true });
  await claim.getByRole("button", { name: /Add a source link/ }).click();
  await claim.getByLabel("Source URL").fill("javascript:alert(1)");
  await claim.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByText("Sources must be web addresses starting with http:// or https://.")).toBeVisible();
  await expect(claim.getByRole("heading", { name: "Sources (0)" })).toBeVisible();
});

test("keys pressed faster than the panel renders act on the claim they chose: J J 3 marks the second claim", async ({ page }) => {
  await setUpArticle(page);
  // No waiting between presses: the highlight moves at once, the panel follows, and the status goes to the claim J chose.
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await page.keyboard.press("3");
  await expect(page.getByText("Marked disputed.")).toBeVisible();
  const claim = page.getByRole("region", { name: "Claim", exact: true });
  await expect(claim).toContainText(QUOTES[1]);
  await expect(claim.getByRole("button", { name: "Disputed", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect.poll(async () => [...(await highlights(page)).values()].map((h) => `${h.text}:${h.status}`).sort()).toEqual(
    [`${QUOTES[0]}:UNREVIEWED`, `${QUOTES[1]}:DISPUTED`, `${QUOTES[2]}:UNREVIEWED`].sort(),
  );
  // Reloaded, the stored verdicts say the same.
  await page.reload();
  await expect.poll(async () => [...(await highlights(page)).values()].filter((h) => h.status === "DISPUTED").map((h) => h.text)).toEqual([QUOTES[1]]);
});

test("C then a status key at once gives the verdict to the new claim, not to the one open before", async ({ page }) => {
  await setUpArticle(page);
  await page.keyboard.press("j");
  const claim = page.getByRole("region", { name: "Claim", exact: true });
  await expect(claim).toContainText(QUOTES[0]);
  await selectInArticle(page, "the first in the county");
  await expect(page.getByRole("button", { name: "New claim" })).toBeVisible();
  // A slow network: the create's answer takes 600 ms, so the 3 surely arrives while the claim is still being made.
  let slowNext = true;
  await page.route("**/articles/**", async (route) => {
    const request = route.request();
    if (slowNext && request.method() === "POST" && request.headers()["next-action"]) {
      slowNext = false;
      await new Promise((resolve) => setTimeout(resolve, 600));
    }
    await route.continue();
  });
  await page.keyboard.press("c");
  await page.keyboard.press("3");
  await expect(page.getByText("Marked disputed.")).toBeVisible();
  await expect(claim).toContainText("the first in the county");
  await expect(claim.getByRole("button", { name: "Disputed", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect.poll(async () => [...(await highlights(page)).values()].map((h) => `${h.text}:${h.status}`).sort()).toEqual(
    [`${QUOTES[0]}:UNREVIEWED`, `${QUOTES[1]}:UNREVIEWED`, "the first in the county:DISPUTED", `${QUOTES[2]}:UNREVIEWED`].sort(),
  );
});
