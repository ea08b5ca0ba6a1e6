import { articleOf, authorizeUser } from "@/lib/auth/authorize";
import { createClaim } from "@/lib/claims/create-claim";
import { makeArticle, makeTeamWithMembers, makeUser } from "@/lib/demo/factories";
import { AppError } from "@/lib/errors/app-error";
import { signUpSchema } from "@/lib/users/schemas";
import { signUp } from "@/lib/users/sign-up";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ALLOWED";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe("sign-up", () => {
  it("creates the user with a hashed password and a team they own", async () => {
    const input = signUpSchema.parse({ name: "Ada", email: "  Ada@Example.TEST ", password: "correct horse battery" });
    const { userId, teamId } = await signUp(input, t.db);
    const user = await t.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.email).toBe("ada@example.test");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const membership = await t.db.membership.findUniqueOrThrow({ where: { teamId_userId: { teamId, userId } } });
    expect(membership.role).toBe("OWNER");
  });

  it("refuses a taken e-mail with a clear message and stores nothing", async () => {
    const before = await t.db.user.count();
    const teamsBefore = await t.db.team.count();
    const input = signUpSchema.parse({ name: "Ada again", email: "ada@example.test", password: "another long password" });
    await expect(signUp(input, t.db)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already exists") });
    expect(await t.db.user.count()).toBe(before);
    expect(await t.db.team.count()).toBe(teamsBefore);
  });

  it("rejects malformed e-mails and short passwords before anything is stored", () => {
    const bad = signUpSchema.safeParse({ name: "X", email: "not-an-email", password: "short" });
    expect(bad.success).toBe(false);
    const messages = bad.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toEqual(expect.arrayContaining([expect.stringContaining("valid e-mail"), expect.stringContaining("at least 12 characters")]));
  });
});

describe("credentials", () => {
  it("accepts the right password and answers null, without saying why, otherwise", async () => {
    await signUp(signUpSchema.parse({ name: "Bo", email: "bo@example.test", password: "bo's long password" }), t.db);
    await expect(verifyCredentials("BO@example.test", "bo's long password", t.db)).resolves.toMatchObject({ email: "bo@example.test" });
    await expect(verifyCredentials("bo@example.test", "wrong password!", t.db)).resolves.toBeNull();
    await expect(verifyCredentials("nobody@example.test", "bo's long password", t.db)).resolves.toBeNull();
    await expect(verifyCredentials(undefined, undefined, t.db)).resolves.toBeNull();
  });
});

describe("authorizeUser", () => {
  it("applies the role table and answers NOT_FOUND for other teams' ids, like for missing ids", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const other = await makeTeamWithMembers(t.db);
    const outsider = await makeUser(t.db);
    const { articleId } = await makeArticle(t.db, { teamId: team.id, userId: members.OWNER.id });

    expect(await codeOf(authorizeUser(members.VIEWER.id, { articleId }, "article:read", t.db))).toBe("ALLOWED");
    expect(await codeOf(authorizeUser(members.VIEWER.id, { articleId }, "claim:write", t.db))).toBe("FORBIDDEN");
    expect(await codeOf(authorizeUser(members.REVIEWER.id, { articleId }, "claim:write", t.db))).toBe("ALLOWED");
    expect(await codeOf(authorizeUser(members.REVIEWER.id, { teamId: team.id }, "article:import", t.db))).toBe("FORBIDDEN");
    expect(await codeOf(authorizeUser(members.EDITOR.id, { teamId: team.id }, "article:import", t.db))).toBe("ALLOWED");
    expect(await codeOf(authorizeUser(members.EDITOR.id, { teamId: team.id }, "team:manage", t.db))).toBe("FORBIDDEN");
    expect(await codeOf(authorizeUser(members.OWNER.id, { teamId: team.id }, "team:manage", t.db))).toBe("ALLOWED");

    // Another team's owner and a user in no team see the article as missing; so does everyone for a made-up id.
    expect(await codeOf(authorizeUser(other.members.OWNER.id, { articleId }, "article:read", t.db))).toBe("NOT_FOUND");
    expect(await codeOf(authorizeUser(outsider.id, { articleId }, "article:read", t.db))).toBe("NOT_FOUND");
    expect(await codeOf(authorizeUser(members.OWNER.id, { articleId: "no-such-article" }, "article:read", t.db))).toBe("NOT_FOUND");
    expect(await codeOf(authorizeUser(null, { articleId }, "article:read", t.db))).toBe("UNAUTHENTICATED");
  });

  it("names the article it granted access on, found by the same lookup, so callers need not read it again", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const { articleId, versionId } = await makeArticle(t.db, { teamId: team.id, userId: members.OWNER.id });
    const claim = await createClaim({ userId: members.OWNER.id, articleId, start: 4, end: 16 }, t.db);
    for (const target of [{ articleId }, { versionId }, { claimId: claim.id }]) {
      const access = await authorizeUser(members.REVIEWER.id, target, "claim:write", t.db);
      expect(access).toEqual({ userId: members.REVIEWER.id, teamId: team.id, role: "REVIEWER", articleId });
      expect(articleOf(access)).toBe(articleId);
    }
    const teamAccess = await authorizeUser(members.OWNER.id, { teamId: team.id }, "team:manage", t.db);
    expect(teamAccess.articleId).toBeNull();
    expect(() => articleOf(teamAccess)).toThrow("granted on a team");
  });
});
