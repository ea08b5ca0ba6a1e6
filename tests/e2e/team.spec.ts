import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./support/auth";

test("an owner invites a reviewer by link, changes their role, and a revoked link says so", async ({ page, browser }) => {
  const owner = { name: "Olga Owner", email: uniqueEmail("olga"), password: "olga owner password" };
  const teamName = "Olga Owner's team";
  await signUp(page, owner);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: teamName })).toBeVisible();

  // An invitation as a bare link, for a reviewer.
  const invite = page.getByRole("region", { name: "Invite people" });
  await invite.getByLabel("Role").selectOption({ label: "Reviewer" });
  await invite.getByRole("button", { name: "Create invitation" }).click();
  const linkField = invite.getByLabel("Invitation link");
  await expect(linkField).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  const link = await linkField.inputValue();
  await expect(invite.getByRole("button", { name: "Copy link" })).toBeVisible();
  await expect(invite.getByText(/Whoever opens this link first/)).toBeVisible();
  await expect(page.getByText("Invitation created. Copy the link to share it.")).toBeVisible();

  // A newcomer opens the link in another browser, creates an account there and joins.
  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await guest.goto(link);
  await expect(guest.getByRole("heading", { name: `Join ${teamName}` })).toBeVisible();
  await expect(guest.getByText(/Olga Owner invited you to join/)).toContainText("as a reviewer");
  await expect(guest.getByRole("link", { name: "Sign in to join" })).toHaveAttribute("href", `/sign-in?callbackUrl=${encodeURIComponent(new URL(link).pathname)}`);
  const reviewer = { name: "Rafa Reviewer", email: uniqueEmail("rafa"), password: "rafa reviewer password" };
  await guest.getByLabel("Name").fill(reviewer.name);
  await guest.getByLabel("Email").fill(reviewer.email);
  await guest.getByLabel("Password").fill(reviewer.password);
  await guest.getByRole("button", { name: "Create account" }).click();
  await expect(guest.getByText(`Signed in as ${reviewer.email}.`)).toBeVisible();
  await guest.getByRole("button", { name: `Join ${teamName}` }).click();
  await expect(guest.getByRole("heading", { name: "Articles" })).toBeVisible();
  await expect(guest.getByText(`You joined ${teamName} as reviewer.`)).toBeVisible();
  // The new team is the one in view, and a reviewer cannot import.
  await expect(guest.getByRole("button", { name: "Import article" })).toHaveCount(0);

  // The owner sees the newcomer, as reviewer, and makes them an editor.
  await page.reload();
  const members = page.getByRole("region", { name: /^Members/ });
  await expect(members.getByRole("row", { name: /Rafa Reviewer/ })).toBeVisible();
  const role = members.getByLabel("Role of Rafa Reviewer");
  await expect(role).toHaveValue("REVIEWER");
  await role.selectOption({ label: "Editor" });
  await expect(page.getByText("Rafa Reviewer is now an editor.")).toBeVisible();
  await page.reload();
  await expect(members.getByLabel("Role of Rafa Reviewer")).toHaveValue("EDITOR");

  // A second invitation, by address, revoked before anyone uses it.
  const invitee = uniqueEmail("vera");
  await invite.getByLabel("E-mail address (optional)").fill(invitee);
  await invite.getByLabel("Role").selectOption({ label: "Viewer" });
  await invite.getByRole("button", { name: "Create invitation" }).click();
  await expect(linkField).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  const revokedLink = await linkField.inputValue();
  expect(revokedLink).not.toBe(link);
  // Whether mail went out depends on SMTP_URL; either way the note names the address.
  await expect(invite.getByRole("status")).toContainText(invitee);
  const pending = page.getByRole("region", { name: "Pending invitations" });
  await expect(pending.getByText(invitee)).toBeVisible();
  await pending.getByRole("button", { name: `Revoke the invitation for ${invitee}` }).click();
  await expect(page.getByText(`Revoked the invitation for ${invitee}. Its link no longer works.`)).toBeVisible();
  await expect(pending.getByText(invitee)).toHaveCount(0);

  // Whoever opens the revoked link is told so (in a fresh browser: a member would be told they are one already).
  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await stranger.goto(revokedLink);
  await expect(stranger.getByRole("heading", { name: "This invitation cannot be used" })).toBeVisible();
  await expect(stranger.getByText(`This invitation to ${teamName} was revoked.`, { exact: false })).toBeVisible();
  await expect(stranger.getByRole("button", { name: /^Join/ })).toHaveCount(0);

  await strangerContext.close();
  await guestContext.close();
});
