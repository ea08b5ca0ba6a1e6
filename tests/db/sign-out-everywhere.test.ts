/**
 * "Sign out everywhere" through the real session lookup: NextAuth's getToken and our user check, reading a
 * real encrypted session cookie, against a real database. Only the request (cookies and headers) is stood in for.
 */
const jar = new Map<string, string>();
jest.mock("next/headers", () => ({
  cookies: async () => ({ getAll: () => [...jar].map(([name, value]) => ({ name, value })), get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
  headers: async () => new Headers({ host: "localhost:3000" }),
}));

import { encode } from "next-auth/jwt";
import { changePassword } from "@/lib/auth/change-password";
import { authorize } from "@/lib/auth/authorize-request";
import { authOptions } from "@/lib/auth/options";
import { currentUser } from "@/lib/auth/session";
import { ACCOUNT_LOCKED_MESSAGE } from "@/lib/auth/sign-in-messages";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { db } from "@/lib/db/client";
import { makeArticle, makeTeamWithMembers, makeUser } from "@/lib/demo/factories";
import { AppError } from "@/lib/errors/app-error";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

const SECRET = "sign-out-everywhere-test-secret-0123456789";
const saved = { DATABASE_URL: process.env.DATABASE_URL, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET, NEXTAUTH_URL: process.env.NEXTAUTH_URL };

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  // The session lookup reaches the database through db(), which connects lazily to DATABASE_URL.
  process.env.DATABASE_URL = t.url;
  process.env.NEXTAUTH_SECRET = SECRET;
  process.env.NEXTAUTH_URL = "http://localhost:3000";
});
afterAll(async () => {
  await db().$disconnect();
  await t.drop();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

/** Puts a session cookie for `userId` in the jar, as NextAuth would have issued it at `authTime` (or a token without one). */
async function browserWithSession(userId: string, authTime: number | undefined): Promise<void> {
  jar.clear();
  const token = await encode({ token: { sub: userId, ...(authTime === undefined ? {} : { authTime }) }, secret: SECRET });
  jar.set("next-auth.session-token", token);
}

describe("sign out everywhere", () => {
  it("records when a session signed in", async () => {
    const before = Date.now();
    const jwt = authOptions().callbacks!.jwt!;
    const token = await jwt({ token: {}, user: { id: "u1", email: "u1@example.test" }, account: null, trigger: "signIn" });
    expect(token.sub).toBe("u1");
    expect(token.authTime).toBeGreaterThanOrEqual(before);
    expect(token.authTime).toBeLessThanOrEqual(Date.now());
  });

  it("refuses a session that signed in before sessionsValidAfter, and accepts one after", async () => {
    const user = await makeUser(t.db);
    const signedInEarlier = Date.now() - 60_000;

    await browserWithSession(user.id, signedInEarlier);
    expect(await currentUser()).toEqual({ id: user.id, name: user.name, email: user.email });

    const { sessionsValidAfter } = await signOutEverywhere({ userId: user.id }, t.db);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionsValidAfter).toEqual(sessionsValidAfter);
    expect(await currentUser()).toBeNull();

    await browserWithSession(user.id, sessionsValidAfter.getTime() - 1);
    expect(await currentUser()).toBeNull();
    await browserWithSession(user.id, sessionsValidAfter.getTime());
    expect(await currentUser()).toMatchObject({ id: user.id });
    await browserWithSession(user.id, Date.now() + 1);
    expect(await currentUser()).toMatchObject({ id: user.id });
  });

  it("refuses a token that cannot say when it signed in once the user has signed out everywhere, not before", async () => {
    const user = await makeUser(t.db);
    await browserWithSession(user.id, undefined);
    expect(await currentUser()).toMatchObject({ id: user.id });
    await signOutEverywhere({ userId: user.id }, t.db);
    expect(await currentUser()).toBeNull();
  });

  it("ends the other sessions when the password changes", async () => {
    const user = await makeUser(t.db, { password: "the old password, long" });
    await browserWithSession(user.id, Date.now() - 1000);
    expect(await currentUser()).toMatchObject({ id: user.id });
    await changePassword({ userId: user.id, currentPassword: "the old password, long", newPassword: "the new password, longer" }, t.db);
    expect(await currentUser()).toBeNull();
  });

  it("answers null for a session cookie that does not decrypt (tampered with, or made with another secret)", async () => {
    const user = await makeUser(t.db);
    await browserWithSession(user.id, Date.now());
    const cookie = jar.get("next-auth.session-token") ?? "";
    expect(await currentUser()).toMatchObject({ id: user.id });
    jar.set("next-auth.session-token", `${cookie.slice(0, -6)}${cookie.slice(-6) === "AAAAAA" ? "BBBBBB" : "AAAAAA"}`);
    expect(await currentUser()).toBeNull();
    jar.set("next-auth.session-token", await encode({ token: { sub: user.id, authTime: Date.now() }, secret: "another-secret-entirely-0123456789" }));
    expect(await currentUser()).toBeNull();
  });

  it("signs out a deleted user, and answers null without a cookie", async () => {
    const user = await makeUser(t.db);
    await browserWithSession(user.id, Date.now());
    await t.db.user.delete({ where: { id: user.id } });
    expect(await currentUser()).toBeNull();
    jar.clear();
    expect(await currentUser()).toBeNull();
  });

  it("authorizes a write with the session check folded in: members pass, ended sessions sign in again, strangers find nothing", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const { articleId } = await makeArticle(t.db, { teamId: team.id, userId: members.OWNER.id });
    const outsider = await makeUser(t.db);
    const codeOf = (promise: Promise<unknown>) => promise.then(() => "OK", (error: unknown) => (error instanceof AppError ? error.code : String(error)));

    await browserWithSession(members.REVIEWER.id, Date.now() - 60_000);
    expect(await authorize({ articleId }, "claim:write")).toMatchObject({ userId: members.REVIEWER.id, teamId: team.id, role: "REVIEWER", articleId });
    expect(await codeOf(authorize({ teamId: team.id }, "team:manage"))).toBe("FORBIDDEN");
    expect(await codeOf(authorize({ articleId: "no-such-article" }, "claim:write"))).toBe("NOT_FOUND");

    await signOutEverywhere({ userId: members.REVIEWER.id }, t.db);
    for (const target of [{ articleId }, { teamId: team.id }, { articleId: "no-such-article" }, { claimId: "bad\u0000id" }]) {
      expect(await codeOf(authorize(target, "claim:write"))).toBe("UNAUTHENTICATED");
    }
    await browserWithSession(members.REVIEWER.id, Date.now() + 1);
    expect(await codeOf(authorize({ articleId }, "claim:write"))).toBe("OK");

    await browserWithSession(outsider.id, Date.now());
    expect(await codeOf(authorize({ articleId }, "article:read"))).toBe("NOT_FOUND");
    await t.db.user.delete({ where: { id: outsider.id } });
    expect(await codeOf(authorize({ articleId }, "article:read"))).toBe("UNAUTHENTICATED");
    jar.clear();
    expect(await codeOf(authorize({ articleId }, "article:read"))).toBe("UNAUTHENTICATED");
  });

  it("changes the password only with the right current one, under the same rules and the same brake", async () => {
    const user = await makeUser(t.db, { password: "the old password, long" });
    const change = (currentPassword: string, newPassword: string) => changePassword({ userId: user.id, currentPassword, newPassword }, t.db);
    await expect(change("the old password, long", user.email)).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { newPassword: expect.stringContaining("e-mail") } });
    await expect(change("the old password, long", "the old password, long")).rejects.toMatchObject({ fields: { newPassword: expect.stringContaining("different") } });
    for (let i = 0; i < 10; i++) {
      await expect(change(`wrong guess ${i}`, "a brand new password")).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { currentPassword: "That is not your current password." } });
    }
    await expect(change("the old password, long", "a brand new password")).rejects.toMatchObject({ code: "RATE_LIMITED", message: ACCOUNT_LOCKED_MESSAGE });
    expect(await verifyCredentials(user.email, "the old password, long", t.db)).toMatchObject({ id: user.id });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionsValidAfter: true } })).toEqual({ sessionsValidAfter: null });
  });
});
