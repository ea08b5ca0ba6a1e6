import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { DASHBOARD_DAYS, getTeamDashboard } from "@/lib/dashboard/get-team-dashboard";
import { parseReportQuery } from "@/lib/dashboard/parse-report-query";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import { makeArticle, makeTeamWithMembers } from "@/lib/demo/factories";
import { loadTeamReport } from "@/lib/exports/load-team-report";
import { renderTeamCsv } from "@/lib/reports/render-team-csv";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

const DAY_MS = 24 * 60 * 60 * 1000;
const WORDS = ["12 million euros", "on Tuesday", "in 2027", "two years earlier", "no funding"];

async function setup() {
  const { team, members } = await makeTeamWithMembers(t.db);
  const article = async (title: string) => {
    const { articleId, versionId } = await makeArticle(t.db, { teamId: team.id, userId: members.EDITOR.id, title });
    const { text } = await t.db.articleVersion.findUniqueOrThrow({ where: { id: versionId } });
    const claim = (words: string) => createClaim({ userId: members.EDITOR.id, articleId, start: text.indexOf(words), end: text.indexOf(words) + words.length }, t.db);
    return { articleId, claim };
  };
  const setStatus = async (claimId: string, userId: string, status: ClaimStatus) => {
    const { revision } = await t.db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { revision: true } });
    return setClaimStatus({ userId, claimId, revision, status }, t.db);
  };
  return { team, members, article, setStatus };
}

/**
 * History is append-only (a trigger refuses UPDATE on ClaimEvent), so the fixture moves events back in time the only
 * way a superuser can: with triggers switched off for this one transaction.
 */
const backdateEvents = (ids: string[], at: Date) =>
  t.db.$transaction([
    t.db.$executeRaw`SET LOCAL session_replication_role = replica`,
    t.db.$executeRaw`UPDATE "ClaimEvent" SET "at" = ${at} WHERE "id" = ANY(${ids})`,
  ]);

const touch = (claimId: string, at: string) => t.db.$executeRaw`UPDATE "Claim" SET "updatedAt" = ${new Date(at)} WHERE "id" = ${claimId}`;

describe("getTeamDashboard", () => {
  it("counts live claims by article, status and reviewer of record, and reviews per day", async () => {
    const { team, members, article, setStatus } = await setup();
    const budget = await article("Budget");
    const tram = await article("Tram");
    const empty = await article("Empty");
    const [a, b, e] = [await budget.claim(WORDS[0]), await budget.claim(WORDS[1]), await budget.claim(WORDS[4])];
    const [c, d] = [await tram.claim(WORDS[2]), await tram.claim(WORDS[3])];
    await setStatus(a.id, members.REVIEWER.id, "VERIFIED");
    await setStatus(b.id, members.EDITOR.id, "DISPUTED");
    await setStatus(b.id, members.REVIEWER.id, "UNSOURCED"); // the latest change names the reviewer of record
    await setStatus(c.id, members.EDITOR.id, "VERIFIED");
    await setStatus(e.id, members.EDITOR.id, "DISPUTED");
    await deleteClaim({ userId: members.EDITOR.id, claimId: e.id }, t.db);
    // Move C's review five days back, and one of B's out of the 30-day window.
    const now = new Date();
    const cReviews = await t.db.claimEvent.findMany({ where: { claimId: c.id, kind: "STATUS_CHANGED" } });
    await backdateEvents(cReviews.map((x) => x.id), new Date(now.getTime() - 5 * DAY_MS));
    const [firstOfB] = await t.db.claimEvent.findMany({ where: { claimId: b.id, kind: "STATUS_CHANGED" }, orderBy: { at: "asc" } });
    await backdateEvents([firstOfB.id], new Date(now.getTime() - 40 * DAY_MS));

    // Another team's reviews must not leak in.
    const other = await setup();
    const otherClaim = await (await other.article("Elsewhere")).claim(WORDS[0]);
    await other.setStatus(otherClaim.id, other.members.REVIEWER.id, "DISPUTED");

    const dashboard = await getTeamDashboard({ teamId: team.id, now }, t.db);

    expect(dashboard.totals).toEqual({ VERIFIED: 2, DISPUTED: 0, UNSOURCED: 1, UNREVIEWED: 1 });
    const byTitle = Object.fromEntries(dashboard.articles.map((x) => [x.title, x]));
    expect(Object.keys(byTitle).sort()).toEqual(["Budget", "Empty", "Tram"]);
    expect(byTitle.Budget).toMatchObject({ id: budget.articleId, total: 2, reviewedPercent: 100, counts: { VERIFIED: 1, DISPUTED: 0, UNSOURCED: 1, UNREVIEWED: 0 } });
    expect(byTitle.Tram).toMatchObject({ id: tram.articleId, total: 2, reviewedPercent: 50, counts: { VERIFIED: 1, UNREVIEWED: 1 } });
    expect(byTitle.Empty).toMatchObject({ id: empty.articleId, total: 0, reviewedPercent: 0 });
    expect(d.status).toBe("UNREVIEWED");

    expect(dashboard.reviewers.map((r) => [r.id, r.reviewed])).toEqual([
      [members.REVIEWER.id, 2],
      [members.EDITOR.id, 1],
    ]);

    expect(dashboard.days).toHaveLength(DASHBOARD_DAYS);
    const today = now.toISOString().slice(0, 10);
    const fiveDaysAgo = new Date(now.getTime() - 5 * DAY_MS).toISOString().slice(0, 10);
    expect(dashboard.days[DASHBOARD_DAYS - 1].day).toBe(today);
    expect(dashboard.days[0].day).toBe(new Date(now.getTime() - (DASHBOARD_DAYS - 1) * DAY_MS).toISOString().slice(0, 10));
    const reviews = Object.fromEntries(dashboard.days.map((x) => [x.day, x.reviews]));
    // Today: A and B's second change (the deleted claim's change is left out); C's five days back; B's first is too old.
    expect(reviews[today]).toBe(2);
    expect(reviews[fiveDaysAgo]).toBe(1);
    expect(dashboard.days.reduce((sum, x) => sum + x.reviews, 0)).toBe(3);
  });

  it("gives an empty team zero counts and thirty zero days", async () => {
    const { team } = await setup();
    const dashboard = await getTeamDashboard({ teamId: team.id, now: new Date("2025-03-31T12:00:00Z") }, t.db);
    expect(dashboard.articles).toEqual([]);
    expect(dashboard.reviewers).toEqual([]);
    expect(dashboard.totals).toEqual({ VERIFIED: 0, DISPUTED: 0, UNSOURCED: 0, UNREVIEWED: 0 });
    expect(dashboard.days.map((x) => x.day)).toEqual(
      Array.from({ length: 30 }, (_, i) => `2025-03-${String(i + 2).padStart(2, "0")}`),
    );
    expect(dashboard.days.every((x) => x.reviews === 0)).toBe(true);
  });
});

describe("loadTeamReport", () => {
  it("picks the team's articles with a live claim changed within the whole UTC days from..to", async () => {
    const { team, members, article, setStatus } = await setup();
    const early = await article("Early");
    const late = await article("Late");
    const gone = await article("Only a deleted claim");
    const e1 = await early.claim(WORDS[0]);
    const e2 = await early.claim(WORDS[1]);
    const l1 = await late.claim(WORDS[2]);
    const g1 = await gone.claim(WORDS[3]);
    await setStatus(e1.id, members.REVIEWER.id, "VERIFIED");
    await deleteClaim({ userId: members.EDITOR.id, claimId: g1.id }, t.db);
    await touch(e1.id, "2025-03-10T23:30:00Z");
    await touch(e2.id, "2025-02-01T10:00:00Z");
    await touch(l1.id, "2025-03-11T00:00:00Z");
    await touch(g1.id, "2025-03-05T12:00:00Z");
    const other = await setup();
    const o1 = await (await other.article("Other team")).claim(WORDS[0]);
    await touch(o1.id, "2025-03-05T12:00:00Z");

    const march = await loadTeamReport({ teamId: team.id, from: new Date("2025-03-01"), to: new Date("2025-03-10"), baseUrl: "https://factdesk.test/" }, t.db);
    expect(march.team).toEqual({ id: team.id, name: team.name });
    expect(march.from.toISOString()).toBe("2025-03-01T00:00:00.000Z");
    expect(march.to.toISOString()).toBe("2025-03-10T23:59:59.999Z");
    expect(march.articles.map((a) => a.title)).toEqual(["Early"]);
    const [report] = march.articles;
    // The article comes with all its live claims, not only those changed in the period.
    expect(report.claims.map((c) => c.id).sort()).toEqual([e1.id, e2.id].sort());
    expect(report.claims.find((c) => c.id === e1.id)).toMatchObject({ status: "VERIFIED", reviewedBy: { id: members.REVIEWER.id } });
    expect(report).toMatchObject({ id: early.articleId, version: { number: 1 }, baseUrl: "https://factdesk.test", team: { id: team.id } });

    const later = await loadTeamReport({ teamId: team.id, from: new Date("2025-03-11"), to: new Date("2025-03-31"), baseUrl: "https://factdesk.test" }, t.db);
    expect(later.articles.map((a) => a.title)).toEqual(["Late"]);
    // What the route streams renders from the loaded model.
    const csv = await renderTeamCsv(march);
    expect(csv).toContain("Early");
    expect(csv).not.toContain("Late");

    const none = await loadTeamReport({ teamId: team.id, from: new Date("2024-01-01"), to: new Date("2024-12-31"), baseUrl: "https://factdesk.test" }, t.db);
    expect(none.articles).toEqual([]);
  });
});

describe("parseReportQuery", () => {
  const parse = (query: string) => parseReportQuery(new URLSearchParams(query), new Date("2025-03-31T15:00:00Z"));

  it("defaults to a PDF of the last 30 days, today included", () => {
    expect(parse("")).toEqual({ ok: true, query: { format: "pdf", from: new Date("2025-03-02T00:00:00Z"), to: new Date("2025-03-31T00:00:00Z") } });
    expect(parse("format=csv&from=2025-03-05&to=2025-03-05")).toEqual({
      ok: true,
      query: { format: "csv", from: new Date("2025-03-05T00:00:00Z"), to: new Date("2025-03-05T00:00:00Z") },
    });
  });

  it("refuses unknown formats, malformed or impossible days and a reversed period", () => {
    expect(parse("format=docx")).toEqual({ ok: false, message: expect.stringContaining('Unknown report format "docx"') });
    expect(parse("from=5%20March")).toEqual({ ok: false, message: expect.stringContaining("YYYY-MM-DD") });
    expect(parse("from=2025-02-30")).toEqual({ ok: false, message: expect.stringContaining("not a real date") });
    expect(parse("from=2025-03-10&to=2025-03-09")).toEqual({ ok: false, message: expect.stringContaining("starts after it ends") });
  });
});
