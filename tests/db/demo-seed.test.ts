import { DEMO_ARTICLE } from "@/lib/demo/demo-content";
import { seedDemoNewsroom } from "@/lib/demo/seed-demo-newsroom";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

it("seeds an owner who can sign in, the demo article and one claim in each state on the intended words", async () => {
  const account = { name: "Seed Owner", email: "seed@example.test", password: "seed password 123" };
  const { userId, teamId, articleId } = await seedDemoNewsroom(t.db, { account, teamName: "Seed newsroom" });
  await expect(verifyCredentials(account.email, account.password, t.db)).resolves.toMatchObject({ id: userId });
  expect(await t.db.membership.findUniqueOrThrow({ where: { teamId_userId: { teamId, userId } } })).toMatchObject({ role: "OWNER" });

  const version = await t.db.articleVersion.findFirstOrThrow({ where: { articleId } });
  const claims = await t.db.claim.findMany({ where: { articleId }, orderBy: { start: "asc" } });
  expect(claims.map((claim) => [version.text.slice(claim.start, claim.end), claim.status])).toEqual(
    DEMO_ARTICLE.claims.map((example) => [example.quote, example.status]),
  );
  expect(claims.filter((claim) => claim.noteText !== "")).toHaveLength(DEMO_ARTICLE.claims.filter((c) => c.note).length);
});
