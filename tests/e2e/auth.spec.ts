import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { DEMO_ACCOUNT, signIn, signUp, uniqueEmail } from "./support/auth";

// Next.js keeps an empty role="alert" route announcer on every page: the form's alert is the one with text.
const formAlert = (page: Page) => page.getByRole("alert").filter({ hasText: /\S/ });

test("a new editor signs up, signs out and signs back in", async ({ page }) => {
  const user = { name: "Nadia Editor", email: uniqueEmail("nadia"), password: "a long enough password" };
  await signUp(page, user);
  await expect(page.getByText("Nadia Editor's team")).toBeVisible();
  await expect(page.getByRole("button", { name: "Import article" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, user.email, user.password);
  await expect(page.getByText("Nadia Editor", { exact: true })).toBeVisible();
});

test("sign-up explains what is wrong and stores nothing", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Shorty");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(formAlert(page)).toBeVisible();
  await expect(page.getByText("Enter a valid e-mail address", { exact: false }).first()).toBeVisible();

  await page.getByLabel("Email").fill(DEMO_ACCOUNT.email);
  await page.getByLabel("Password").fill("long enough password");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(formAlert(page)).toContainText("already exists");
});

test("a wrong password gets one message that does not reveal whether the account exists", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO_ACCOUNT.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(formAlert(page)).toBeVisible();
  const wrongPassword = await formAlert(page).textContent();

  await page.getByLabel("Email").fill("nobody-here@example.test");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(formAlert(page)).toHaveText(wrongPassword ?? "");
  expect(wrongPassword).toContain("do not match");
});

test("the demo account sees the demo article, and another team's article is not found", async ({ page, browser }) => {
  await signIn(page, DEMO_ACCOUNT.email, DEMO_ACCOUNT.password);
  const link = page.getByRole("link", { name: /Harbourton council approves tram extension/ });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: /Harbourton council/ })).toBeVisible();
  await expect(page.getByLabel("Article text")).toContainText("eastern docks");
  const demoArticleUrl = page.url();

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUp(otherPage, { name: "Outsider", email: uniqueEmail("outsider"), password: "outsider password 1" });
  const response = await otherPage.goto(demoArticleUrl);
  expect(response?.status()).toBe(404);
  await expect(otherPage.getByRole("heading", { name: "Not found" })).toBeVisible();
  const missing = await otherPage.goto("/articles/does-not-exist");
  expect(missing?.status()).toBe(404);
  await other.close();
});
