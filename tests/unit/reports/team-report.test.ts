import { parse } from "csv-parse/sync";
import { renderTeamCsv, TEAM_CSV_COLUMNS } from "@/lib/reports/render-team-csv";
import { renderTeamPdfBuffer } from "@/lib/reports/render-team-pdf";
import { teamTotals } from "@/lib/reports/team-report";
import { makeTeamInput } from "./fixtures";
import { flat, pdfText } from "./support";

describe("team report", () => {
  const input = makeTeamInput();

  it("totals claims per article and per status", () => {
    const { articles, overall } = teamTotals(input);
    expect(articles.map((a) => [a.id, a.total, a.reviewed, a.reviewedPercent])).toEqual([
      ["article-1", 6, 5, 83],
      ["article-2", 4, 3, 75],
    ]);
    expect(articles[1].counts).toEqual({ VERIFIED: 2, DISPUTED: 1, UNSOURCED: 0, UNREVIEWED: 1 });
    expect(overall).toEqual({ counts: { VERIFIED: 4, DISPUTED: 2, UNSOURCED: 2, UNREVIEWED: 2 }, total: 10, reviewed: 8, reviewedPercent: 80 });
  });

  it("credits reviewers with the claims they reviewed in the period, by status", () => {
    const reviewers = teamTotals(input).reviewers.map((r) => [r.person.id, r.reviewed, r.counts]);
    expect(reviewers).toEqual([
      // Alice's review of "Rents doubled" (February) is outside the period; unreviewed claims count for no one.
      ["u-alice", 3, { VERIFIED: 1, DISPUTED: 0, UNSOURCED: 2, UNREVIEWED: 0 }],
      ["u-bob", 3, { VERIFIED: 2, DISPUTED: 1, UNSOURCED: 0, UNREVIEWED: 0 }],
      ["u-mallory", 1, { VERIFIED: 0, DISPUTED: 1, UNSOURCED: 0, UNREVIEWED: 0 }],
    ]);
  });

  it("writes the totals as CSV, formulas neutralised", async () => {
    const rows: Record<(typeof TEAM_CSV_COLUMNS)[number], string>[] = parse(await renderTeamCsv(input), { bom: true, columns: true });
    expect(rows.map((r) => r.Section)).toEqual(["Article", "Article", "Reviewer", "Reviewer", "Reviewer", "Total"]);
    expect(rows[1]).toMatchObject({ Name: "'=Second article, “bridges”", Claims: "4", Verified: "2", Unreviewed: "1", "Reviewed %": "75" });
    expect(rows[4]).toMatchObject({ Name: "'@SUM(1+1)", Reviewed: "1", Disputed: "1", Unreviewed: "" });
    expect(rows[5]).toMatchObject({ Name: "Desk & Co (2025-03-01 – 2025-03-31)", Claims: "10", Reviewed: "8", "Reviewed %": "80" });
  });

  it("renders the totals as a PDF", async () => {
    const words = flat(await pdfText(await renderTeamPdfBuffer(input, { generatedAt: new Date("2025-04-01T08:00:00Z") })));
    expect(words).toContain("Desk & Co");
    expect(words).toContain("Period: 2025-03-01 – 2025-03-31 · generated 2025-04-01 08:00 UTC");
    expect(words).toContain("2 articles, 10 claims, 80% reviewed");
    expect(words).toContain("=Second article, “bridges” 1 4 2 1 0 1 75%");
    expect(words).toContain("Bob “Bobby” O’Neil 3 2 1 0");
    expect(words).toContain("Verified 4 (40%)");
  });
});
