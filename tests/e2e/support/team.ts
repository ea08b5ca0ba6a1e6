import { expect, type Browser, type Page } from "@playwright/test";
import { uniqueEmail } from "./auth";

/**
 * The owner on `page` invites a teammate by link with `role`; the teammate signs up through the link in a fresh
 * browser context and joins. Returns the teammate's page (signed in, on the articles page of the owner's team).
 */
export async function inviteTeammate(page: Page, browser: Browser, teammate: { name: string; role: "Reviewer" | "Editor" | "Viewer" }): Promise<Page> {
  const back = page.url();
  await page.goto("/team");
  const invite = page.getByRole("region", { name: "Invite people" });
  await invite.getByLabel("Role").selectOption({ label: teammate.role });
  await invite.getByRole("button", { name: "Create invitation" }).click();
  const linkField = invite.getByLabel("Invitation link");
  await expect(linkField).toHaveValue(/\/invite\//);
  const link = await linkField.inputValue();
  const guest = await (await browser.newContext()).newPage();
  await guest.goto(link);
  await guest.getByLabel("Name").fill(teammate.name);
  await guest.getByLabel("Email").fill(uniqueEmail(teammate.name.split(" ")[0].toLowerCase()));
  await guest.getByLabel("Password").fill(`${teammate.name} password`);
  await guest.getByRole("button", { name: "Create account" }).click();
  await guest.getByRole("button", { name: /^Join / }).click();
  await expect(guest.getByRole("heading", { name: "Articles" })).toBeVisible();
  await page.goto(back);
  return guest;
}
