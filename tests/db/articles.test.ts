// The import pipeline uses jsdom and marked, ES modules that Jest's CommonJS runtime cannot load itself.
jest.mock("jsdom", () => jest.requireActual("../support/native-modules").nativeModule("jsdom"));
jest.mock("marked", () => jest.requireActual("../support/native-modules").nativeModule("marked"));

import { readFileSync } from "node:fs";
import { contentHash } from "@/lib/articles/content-hash";
import { createArticle } from "@/lib/articles/create-article";
import { docToText } from "@/lib/articles/doc-text";
import { listArticles } from "@/lib/articles/list-articles";
import { paragraphsToDoc } from "@/lib/articles/paragraphs-to-doc";
import { runImport } from "@/lib/articles/run-import";
import { createClaim } from "@/lib/claims/create-claim";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { makeTeamWithMembers } from "@/lib/demo/factories";
import { sharedPath } from "../support/shared";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

describe("articles", () => {
  it("stores an imported corpus article with the text derived from its document and the import report", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const imported = await runImport({ kind: "text", text: readFileSync(sharedPath("corpus/articles/000_a5249694f2f87e3c.txt"), "utf8") });
    const { articleId, versionId } = await createArticle(
      { userId: members.EDITOR.id, teamId: team.id, title: imported.title, doc: imported.doc, importReport: imported.report },
      t.db,
    );
    const version = await t.db.articleVersion.findUniqueOrThrow({ where: { id: versionId } });
    expect(version.number).toBe(1);
    expect(version.text).toBe(docToText(imported.doc).text);
    expect(version.contentHash).toBe(contentHash(version.text));
    expect((version.importReport as { flags: unknown[] }).flags.length).toBe(imported.report.flags.length);
    expect(await t.db.article.findUniqueOrThrow({ where: { id: articleId } })).toMatchObject({ teamId: team.id, title: imported.title });
  });

  it("refuses empty and oversized articles without leaving an article behind", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const base = { userId: members.EDITOR.id, teamId: team.id, title: "Nothing" };
    await expect(createArticle({ ...base, doc: paragraphsToDoc(["   "]) }, t.db)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(createArticle({ ...base, doc: paragraphsToDoc(["word ".repeat(41_000)]) }, t.db)).rejects.toMatchObject({ code: "TOO_LARGE" });
    await expect(runImport({ kind: "text", text: "   \n\n  " })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await t.db.article.count({ where: { teamId: team.id } })).toBe(0);
    expect(await t.db.articleVersion.count({ where: { article: { teamId: team.id } } })).toBe(0);
  });

  it("lists a team's articles with claim counts per status, and nothing of other teams", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const other = await makeTeamWithMembers(t.db);
    const doc = paragraphsToDoc(["One claim here. Another claim there."]);
    const { articleId } = await createArticle({ userId: members.EDITOR.id, teamId: team.id, title: "Counted", doc }, t.db);
    await createArticle({ userId: other.members.EDITOR.id, teamId: other.team.id, title: "Elsewhere", doc }, t.db);
    const first = await createClaim({ userId: members.REVIEWER.id, articleId, start: 0, end: 14 }, t.db);
    await createClaim({ userId: members.REVIEWER.id, articleId, start: 16, end: 35 }, t.db);
    await setClaimStatus({ userId: members.REVIEWER.id, claimId: first.id, revision: 1, status: "VERIFIED" }, t.db);

    const listed = await listArticles({ teamId: team.id }, t.db);
    expect(listed.map((a) => a.title)).toEqual(["Counted"]);
    expect(listed[0].claims).toEqual({ UNREVIEWED: 1, VERIFIED: 1, DISPUTED: 0, UNSOURCED: 0 });
  });
});
