import { expect, type Page } from "@playwright/test";

/** Creates an access token on the tokens page, as a user does, and returns the secret shown once. */
export async function createTokenInUi(page: Page, name: string, access: "Read only" | "Read and write"): Promise<string> {
  await page.goto("/account/tokens");
  const form = page.getByRole("form", { name: "Create an access token" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Access").selectOption({ label: access });
  await form.getByRole("button", { name: "Create token" }).click();
  const field = page.getByLabel(`Token “${name}”`);
  await expect(field).toHaveValue(/^fdk_/);
  return field.inputValue();
}

export async function revokeTokenInUi(page: Page, name: string): Promise<void> {
  await page.goto("/account/tokens");
  await page.getByRole("button", { name: `Revoke token ${name}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByText(`Token “${name}” revoked.`)).toBeVisible();
}
