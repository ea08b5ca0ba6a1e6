// The import pipeline uses jsdom and marked, ES modules that Jest's CommonJS runtime cannot load itself.
jest.mock("jsdom", () => jest.requireActual("../support/native-modules").nativeModule("jsdom"));
jest.mock("marked", () => jest.requireActual("../support/native-modules").nativeModule("marked"));
// The actions' session is whoever the test says (as in the authorization matrix); revalidation does nothing here.
jest.mock("@/lib/auth/session", () => jest.requireActual("./support/matrix-persona").sessionModule);
jest.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

import { readdirSync, readFileSync } from "node:fs";
import * as libraryActions from "@/app/(app)/articles/[articleId]/library-actions";
import { copyVerdictAction, linkClaimsAction } from "@/app/(app)/articles/[articleId]/library-actions";
import { createArticle } from "@/lib/articles/create-article";
import { runImport } from "@/lib/articles/run-import";
import { addSource } from "@/lib/claims/add-source";
import { approveClaim } from "@/lib/claims/approve-claim";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { updateClaimNote } from "@/lib/claims/update-claim-note";
import { addMember, makeArticle, makeTeamWithMembers } from "@/lib/demo/factories";
import { copyVerdict } from "@/lib/library/copy-verdict";
import { findSimilarClaims, SIMILAR_CLAIM_THRESHOLD, type SimilarClaim } from "@/lib/library/find-similar-claims";
import { linkClaims } from "@/lib/library/link-claims";
import { listClaimAppearances } from "@/lib/library/list-claim-appearances";
import { unlinkClaims } from "@/lib/library/unlink-claims";
import { sharedPath } from "../support/shared";
import { expectedSuggestions, LABELLED_CLAIMS, locate, type CorpusArticle } from "./support/library-pairs";
import { libraryInputs } from "./support/matrix-inputs-library";
import { callAs } from "./support/matrix-persona";
import { callerOf, makeWorld, type Persona } from "./support/matrix-world";
import { setUpDatabaseForActions } from "./support/database-for-actions";

const database = setUpDatabaseForActions();

const note = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

/** The five corpus articles imported through the real import path into a fresh team; text read at test time. */
async function importCorpus() {
  const { team, members } = await makeTeamWithMembers(database().db);
  const folder = sharedPath("corpus", "articles");
  const articles = new Map<CorpusArticle, { articleId: string; text: string }>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith(".txt")).sort()) {
    const imported = await runImport({ kind: "text", text: readFileSync(`${folder}/${file}`, "utf8") });
    const { articleId, versionId } = await createArticle(
      { userId: members.EDITOR.id, teamId: team.id, title: imported.title, doc: imported.doc, importReport: imported.report },
      database().db,
    );
    const { text } = await database().db.articleVersion.findUniqueOrThrow({ where: { id: versionId }, select: { text: true } });
    articles.set(file.slice(0, 3) as CorpusArticle, { articleId, text });
  }
  return { team, members, articles };
}

/** Claims on the labelled spans, by label key. */
async function claimLabelledSpans(corpus: Awaited<ReturnType<typeof importCorpus>>) {
  const ids = new Map<string, string>();
  for (const labelled of LABELLED_CLAIMS) {
    const article = corpus.articles.get(labelled.article)!;
    const claim = await createClaim({ userId: corpus.members.REVIEWER.id, articleId: article.articleId, ...locate(article.text, labelled) }, database().db);
    ids.set(labelled.key, claim.id);
  }
  return ids;
}

type Tally = { threshold: number; suggested: number; correct: number; expected: number; precision: number; recall: number };

function tally(threshold: number, ranked: Map<string, SimilarClaim[]>, keyOf: Map<string, string>, limit: number): Tally {
  const expected = expectedSuggestions();
  let suggested = 0;
  let correct = 0;
  let wanted = 0;
  for (const [key, candidates] of ranked) {
    const shown = candidates.filter((c) => c.score >= threshold).slice(0, limit);
    suggested += shown.length;
    correct += shown.filter((c) => expected.get(key)!.has(keyOf.get(c.claimId)!)).length;
    wanted += expected.get(key)!.size;
  }
  return { threshold, suggested, correct, expected: wanted, precision: suggested ? correct / suggested : 1, recall: wanted ? correct / wanted : 1 };
}

const pct = (x: number) => `${(100 * x).toFixed(0)}%`.padStart(4);

describe("claim library", () => {
  it("suggests the corpus's repeated claims across articles, with the precision and recall it prints", async () => {
    const corpus = await importCorpus();
    const ids = await claimLabelledSpans(corpus);
    const keyOf = new Map([...ids].map(([key, id]) => [id, key]));
    const LIMIT = 5;

    // Every candidate with its score, then precision and recall as if each threshold were the default.
    const ranked = new Map<string, SimilarClaim[]>();
    for (const [key, claimId] of ids) ranked.set(key, await findSimilarClaims({ teamId: corpus.team.id, claimId, limit: 10, minScore: 0 }, database().db));
    const sweep = [0.16, 0.18, 0.2, 0.22, 0.24, 0.26, 0.28, 0.3, 0.34, 0.4].map((threshold) => tally(threshold, ranked, keyOf, LIMIT));

    // The default, through the function as the review panel calls it.
    const shipped = new Map<string, SimilarClaim[]>();
    for (const [key, claimId] of ids) shipped.set(key, await findSimilarClaims({ teamId: corpus.team.id, claimId, limit: LIMIT }, database().db));
    const result = tally(SIMILAR_CLAIM_THRESHOLD, shipped, keyOf, LIMIT);

    const groups = new Set(LABELLED_CLAIMS.map((c) => c.same).filter(Boolean)).size;
    const pairs = [...expectedSuggestions().values()].reduce((sum, set) => sum + set.size, 0) / 2;
    const misses = [...shipped].flatMap(([key, shown]) =>
      [...expectedSuggestions().get(key)!].filter((want) => !shown.some((c) => keyOf.get(c.claimId) === want)).map((want) => `${key} → ${want}`),
    );
    const wrong = [...shipped].flatMap(([key, shown]) =>
      shown.filter((c) => !expectedSuggestions().get(key)!.has(keyOf.get(c.claimId)!)).map((c) => `${key} → ${keyOf.get(c.claimId)} (${c.score})`),
    );
    console.log(
      [
        `Claim library on the corpus: ${LABELLED_CLAIMS.length} claims in 5 articles, ${groups} claims repeated across articles ` +
          `(${pairs} cross-article pairs), ${LABELLED_CLAIMS.filter((c) => !c.same).length} distractors; top ${LIMIT} suggestions per claim.`,
        "threshold  suggested  correct  expected  precision  recall",
        ...sweep.map((r) => `${r.threshold.toFixed(2).padStart(9)}  ${String(r.suggested).padStart(9)}  ${String(r.correct).padStart(7)}  ${String(r.expected).padStart(8)}  ${pct(r.precision).padStart(9)}  ${pct(r.recall).padStart(6)}`),
        `Shipped threshold ${SIMILAR_CLAIM_THRESHOLD}: precision ${pct(result.precision)} (${result.correct}/${result.suggested}), recall ${pct(result.recall)} (${result.correct}/${result.expected}).`,
        `Missed: ${misses.join("; ") || "none"}`,
        `Wrongly suggested: ${wrong.join("; ") || "none"}`,
      ].join("\n"),
    );
    expect(result.recall).toBeGreaterThanOrEqual(0.75);
    expect(result.precision).toBeGreaterThanOrEqual(0.6);
  }, 120_000);

  it("never suggests another team's claims, even word for word the same, and refuses another team's claim as not found", async () => {
    const mine = await makeTeamWithMembers(database().db);
    const theirs = await makeTeamWithMembers(database().db);
    const asked = await claimOn(mine, "Witkoff is expected to travel to Moscow soon.");
    const earlier = await claimOn(mine, "Witkoff will travel to Moscow soon to continue the talks.");
    const foreign = await claimOn(theirs, "Witkoff is expected to travel to Moscow soon.");

    const suggested = await findSimilarClaims({ teamId: mine.team.id, claimId: asked.id }, database().db);
    expect(suggested.map((s) => s.claimId)).toEqual([earlier.id]);
    expect(suggested[0]).toMatchObject({ articleId: earlier.articleId, status: "UNREVIEWED", linked: false, sources: [] });
    const byQuote = await findSimilarClaims({ teamId: mine.team.id, quote: "expected to travel to Moscow soon", limit: 10 }, database().db);
    expect(byQuote.map((s) => s.claimId).sort()).toEqual([asked.id, earlier.id].sort());
    await expect(findSimilarClaims({ teamId: mine.team.id, claimId: foreign.id }, database().db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findSimilarClaims({ teamId: mine.team.id, quote: "  " }, database().db)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    // Words that could read as tsquery syntax are only words.
    await expect(findSimilarClaims({ teamId: mine.team.id, quote: "Moscow & | ! <-> ':*' (travel" }, database().db)).resolves.toEqual(expect.any(Array));
  });

  it("links two claims of a team once, in either order, refuses itself and other teams, and unlinks", async () => {
    const team = await makeTeamWithMembers(database().db);
    const other = await makeTeamWithMembers(database().db);
    const a = await claimOn(team, "The council approved a budget of 12 million euros.");
    const b = await claimOn(team, "A budget of 12 million euros was approved by the council.");
    const foreign = await claimOn(other, "The council approved a budget of 12 million euros.");
    const userId = team.members.REVIEWER.id;

    const first = await linkClaims({ userId, claimId: a.id, linkedClaimId: b.id }, database().db);
    const again = await linkClaims({ userId, claimId: b.id, linkedClaimId: a.id }, database().db);
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ created: false, linkId: first.linkId });
    const rows = await database().db.claimLink.findMany({ where: { teamId: team.team.id } });
    expect(rows).toEqual([expect.objectContaining({ claimId: [a.id, b.id].sort()[0], linkedClaimId: [a.id, b.id].sort()[1], createdById: userId })]);
    expect((await findSimilarClaims({ teamId: team.team.id, claimId: a.id }, database().db))[0]).toMatchObject({ claimId: b.id, linked: true });

    await expect(linkClaims({ userId, claimId: a.id, linkedClaimId: a.id }, database().db)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(linkClaims({ userId, claimId: a.id, linkedClaimId: foreign.id }, database().db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(unlinkClaims({ userId, claimId: a.id, linkedClaimId: foreign.id }, database().db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteClaim({ userId, claimId: b.id }, database().db);
    const c = await claimOn(team, "Twelve million euros is the budget the council approved.");
    await expect(linkClaims({ userId, claimId: c.id, linkedClaimId: b.id }, database().db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await database().db.claimLink.count({ where: { OR: [{ claimId: foreign.id }, { linkedClaimId: foreign.id }, { claimId: c.id }, { linkedClaimId: c.id }] } })).toBe(0);

    expect(await unlinkClaims({ userId, claimId: b.id, linkedClaimId: a.id }, database().db)).toEqual({ removed: true });
    expect(await unlinkClaims({ userId, claimId: a.id, linkedClaimId: b.id }, database().db)).toEqual({ removed: false });
    expect(await database().db.claimLink.count({ where: { teamId: team.team.id } })).toBe(0);
  });

  it("lists every article where the same claim appears, following links transitively, without deleted claims", async () => {
    const team = await makeTeamWithMembers(database().db);
    const userId = team.members.REVIEWER.id;
    const [a, b, c, d] = await Promise.all(
      ["first", "second", "third", "fourth"].map((n) => claimOn(team, `The mayor said the tram would open in 2027 (${n} outlet).`, `Tram story, ${n} outlet`)),
    );
    await linkClaims({ userId, claimId: a.id, linkedClaimId: b.id }, database().db);
    await linkClaims({ userId, claimId: c.id, linkedClaimId: b.id }, database().db);
    await linkClaims({ userId, claimId: c.id, linkedClaimId: d.id }, database().db);
    // A cycle must not loop.
    await linkClaims({ userId, claimId: d.id, linkedClaimId: a.id }, database().db);

    const appearances = await listClaimAppearances({ teamId: team.team.id, claimId: a.id }, database().db);
    expect(appearances.map((x) => x.articleTitle)).toEqual(["Tram story, fourth outlet", "Tram story, second outlet", "Tram story, third outlet"]);
    expect(appearances.find((x) => x.claimId === c.id)).toMatchObject({ linkedDirectly: false, status: "UNREVIEWED", href: `/articles/${c.articleId}?claim=${c.id}` });
    expect(appearances.find((x) => x.claimId === b.id)?.linkedDirectly).toBe(true);

    await deleteClaim({ userId, claimId: d.id }, database().db);
    expect((await listClaimAppearances({ teamId: team.team.id, claimId: a.id }, database().db)).map((x) => x.claimId).sort()).toEqual([b.id, c.id].sort());
    const other = await makeTeamWithMembers(database().db);
    await expect(listClaimAppearances({ teamId: other.team.id, claimId: a.id }, database().db)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("copies a linked claim's status and sources in one go, with history, skipping sources already there", async () => {
    const { members, target, from } = await verdictToCopy();
    const userId = members.REVIEWER.id;
    await addSource({ userId, claimId: target.id, url: "https://example.org/minutes", title: null, publisher: null, relation: "SUPPORTS" }, database().db);
    const unlinked = copyVerdict({ userId, claimId: target.id, revision: 1, fromClaimId: from.id, copy: { status: true, sources: true } }, database().db);
    await expect(unlinked).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await linkClaims({ userId, claimId: target.id, linkedClaimId: from.id }, database().db);

    const { claim, copied } = await copyVerdict({ userId, claimId: target.id, revision: 1, fromClaimId: from.id, copy: { status: true, sources: true } }, database().db);
    expect(copied).toEqual({ status: "VERIFIED", note: false, sourcesAdded: 1, sourcesAlreadyThere: 1 });
    expect(claim).toMatchObject({ status: "VERIFIED", revision: 2, noteText: "" });
    expect(claim.sources.map((s) => [s.url, s.relation, s.title])).toEqual([
      ["https://example.org/minutes", "SUPPORTS", null],
      ["https://example.org/budget.pdf", "CONTRADICTS", "Budget 2025"],
    ]);
    const events = await database().db.claimEvent.findMany({ where: { claimId: target.id }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { kind: true, actorId: true } });
    // Written in one transaction they may share a millisecond: compare them as a set, not in order.
    expect(events.map((e) => e.kind).sort()).toEqual(["CREATED", "SOURCE_ADDED", "SOURCE_ADDED", "STATUS_CHANGED"]);
    expect(events.every((e) => e.actorId === userId)).toBe(true);

    const withNote = await copyVerdict({ userId, claimId: target.id, revision: 2, fromClaimId: from.id, copy: { note: true } }, database().db);
    expect(withNote.claim).toMatchObject({ noteText: "Checked against the council minutes.", revision: 3 });
    expect(await database().db.claimEvent.count({ where: { claimId: target.id, kind: "NOTE_CHANGED" } })).toBe(1);
    const foreign = await claimOn(await makeTeamWithMembers(database().db), "The council approved a budget of 12 million euros.");
    await expect(copyVerdict({ userId, claimId: target.id, revision: 3, fromClaimId: foreign.id, copy: { status: true } }, database().db)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("copies nothing at all on a stale revision, an approved claim or too many sources", async () => {
    const { members, target, from } = await verdictToCopy();
    const userId = members.REVIEWER.id;
    await linkClaims({ userId, claimId: target.id, linkedClaimId: from.id }, database().db);
    const everything = { status: true, sources: true, note: true };
    const snapshot = async () => ({
      claim: await database().db.claim.findUniqueOrThrow({ where: { id: target.id }, select: { status: true, revision: true, noteText: true } }),
      sources: await database().db.sourceLink.count({ where: { claimId: target.id } }),
      events: await database().db.claimEvent.count({ where: { claimId: target.id } }),
    });

    await setClaimStatus({ userId: members.EDITOR.id, claimId: target.id, revision: 1, status: "DISPUTED" }, database().db);
    const before = await snapshot();
    const stale = copyVerdict({ userId, claimId: target.id, revision: 1, fromClaimId: from.id, copy: everything }, database().db);
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", details: { current: expect.objectContaining({ status: "DISPUTED", revision: 2 }) } });
    expect(await snapshot()).toEqual(before);

    // 49 sources already: the two to copy would make 51, over the limit of 50.
    await database().db.sourceLink.createMany({ data: Array.from({ length: 49 }, (_, i) => ({ claimId: target.id, url: `https://example.org/s/${i}`, addedById: userId })) });
    const full = await snapshot();
    await expect(copyVerdict({ userId, claimId: target.id, revision: 2, fromClaimId: from.id, copy: everything }, database().db)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await snapshot()).toEqual(full);

    await approveClaim({ userId: members.EDITOR.id, claimId: target.id, revision: 2 }, database().db);
    const approved = await snapshot();
    await expect(copyVerdict({ userId, claimId: target.id, revision: 3, fromClaimId: from.id, copy: { status: true } }, database().db)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("approved"),
    });
    expect(await snapshot()).toEqual(approved);
  });

  it("authorizes both claims in the actions: another team's claim beside one's own is not found, a viewer may not copy", async () => {
    const victim = await makeTeamWithMembers(database().db);
    const attacker = await makeTeamWithMembers(database().db);
    const theirs = await claimOn(victim, "The council approved a budget of 12 million euros.");
    const own = await claimOn(attacker, "The council approved a budget of 12 million euros.");
    const outsider = attacker.members.OWNER;
    const linked = await callAs(outsider, () => linkClaimsAction({ claimId: own.id, linkedClaimId: theirs.id }));
    expect(linked).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const copied = await callAs(outsider, () => copyVerdictAction({ claimId: own.id, revision: 1, fromClaimId: theirs.id, copy: { status: true } }));
    expect(copied).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // A member of both teams passes both authorizations; the lib still refuses to link across teams.
    await addMember(database().db, victim.team.id, outsider.id, "REVIEWER");
    expect(await callAs(outsider, () => linkClaimsAction({ claimId: own.id, linkedClaimId: theirs.id }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await database().db.claimLink.count({ where: { OR: [{ claimId: theirs.id }, { linkedClaimId: theirs.id }] } })).toBe(0);

    const other = await claimOn(victim, "A budget of 12 million euros was approved by the council.");
    const asViewer = await callAs(victim.members.VIEWER, () => linkClaimsAction({ claimId: theirs.id, linkedClaimId: other.id }));
    expect(asViewer).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const noPart = await callAs(victim.members.REVIEWER, () => copyVerdictAction({ claimId: theirs.id, revision: 1, fromClaimId: other.id, copy: {} }));
    expect(noPart).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await callAs(victim.members.REVIEWER, () => linkClaimsAction({ claimId: theirs.id, linkedClaimId: other.id }))).toMatchObject({ ok: true });
  });

  it("accepts the authorization matrix's inputs: each action as its least role, refused below it and to another team", async () => {
    // The rows to register in tests/db/authorization-matrix.test.ts, checked here on the same fixtures.
    const least = { linkClaimsAction: "REVIEWER", unlinkClaimsAction: "REVIEWER", copyVerdictAction: "REVIEWER" } as const;
    expect(Object.keys(libraryActions).sort()).toEqual(Object.keys(least).sort());
    const below = { VIEWER: "anonymous", REVIEWER: "VIEWER" } as const;
    for (const [name, role] of Object.entries(least) as [keyof typeof least, "VIEWER" | "REVIEWER"][]) {
      const attempt = async (persona: Persona) => {
        const world = await makeWorld(database().db);
        const cell = { ...world, persona, caller: callerOf(world, persona), signal: new AbortController().signal };
        const input = await (libraryInputs[name] as (c: typeof cell) => Promise<unknown>)(cell);
        return callAs(cell.caller, () => (libraryActions[name] as (i: unknown) => Promise<{ ok: boolean; code?: string }>)(input));
      };
      expect({ name, result: await attempt(role) }).toMatchObject({ name, result: { ok: true } });
      expect({ name, result: await attempt(below[role]) }).toMatchObject({ name, result: { ok: false, code: role === "VIEWER" ? "UNAUTHENTICATED" : "FORBIDDEN" } });
      expect({ name, result: await attempt("other team") }).toMatchObject({ name, result: { ok: false, code: "NOT_FOUND" } });
    }
  }, 60_000);
});

type TeamWithMembers = Awaited<ReturnType<typeof makeTeamWithMembers>>;

/** A new article of the team whose only paragraph is `sentence`, and a claim on the whole sentence. */
async function claimOn(team: TeamWithMembers, sentence: string, title?: string) {
  const { articleId } = await makeArticle(database().db, { teamId: team.team.id, userId: team.members.EDITOR.id, paragraphs: [sentence], title });
  const claim = await createClaim({ userId: team.members.REVIEWER.id, articleId, start: 0, end: sentence.length }, database().db);
  return { id: claim.id, articleId };
}

/** A fresh claim, and an earlier one of the same team with a verdict, a note and two sources. */
async function verdictToCopy() {
  const { team, members } = await makeTeamWithMembers(database().db);
  const cast = { team, members };
  const target = await claimOn(cast, "The council approved a budget of 12 million euros.");
  const from = await claimOn(cast, "A budget of 12 million euros was approved by the council.");
  const userId = members.REVIEWER.id;
  await setClaimStatus({ userId, claimId: from.id, revision: 1, status: "VERIFIED" }, database().db);
  await updateClaimNote({ userId, claimId: from.id, revision: 2, note: note("Checked against the council minutes.") }, database().db);
  await addSource({ userId, claimId: from.id, url: "https://example.org/minutes", title: "Minutes", publisher: null, relation: "SUPPORTS" }, database().db);
  await addSource({ userId, claimId: from.id, url: "https://example.org/budget.pdf", title: "Budget 2025", publisher: "City", relation: "CONTRADICTS" }, database().db);
  return { members, target, from };
}
