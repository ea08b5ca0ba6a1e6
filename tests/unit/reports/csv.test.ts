import { parse } from "csv-parse/sync";
import type { ExportClaim } from "@/lib/exports/export-model";
import { CSV_COLUMNS, createCsvStream, renderCsv } from "@/lib/reports/render-csv";
import { readAll } from "@/lib/reports/read-all";
import { FORMULA_NOTE, makeArticle, makeClaim } from "./fixtures";

type Row = Record<(typeof CSV_COLUMNS)[number], string>;
const rowsOf = (csv: string): Row[] => parse(csv, { bom: true, columns: true, skip_empty_lines: true });

describe("CSV report", () => {
  const article = makeArticle();

  it("starts with a UTF-8 byte-order mark and a header row, and ends lines with CRLF", async () => {
    const csv = await renderCsv(article);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1, csv.indexOf("\r\n"))).toBe(CSV_COLUMNS.join(","));
  });

  it("has one row per claim with its status, context, note and sources", async () => {
    const rows = rowsOf(await renderCsv(article));
    expect(rows).toHaveLength(article.claims.length);
    expect(rows.map((r) => r["Claim ID"])).toEqual(article.claims.map((c) => c.id));
    expect(rows.map((r) => r.Position)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(rows.map((r) => r.Status)).toEqual(["Verified", "Disputed", "Unsourced", "Unreviewed", "Verified", "Unsourced"]);
    expect(rows[0]).toMatchObject({
      "Article title": article.title,
      Version: "3",
      Quote: "prices rose by 12% last year",
      "Context before": "Café owners in Zürich say ",
      Sources: "https://stats.example.ch/report (Supports)",
      Assignee: "Bob “Bobby” O’Neil",
      "Approved by": "Alice Émond",
      "Approved at": "2025-03-01T12:20:00.000Z",
      Comments: "1",
    });
    expect(rows[0].Note).toBe("Checked against the report\n- page 4, table 2");
    expect(rows[4].Sources).toBe("https://parks.example.org/opening (Context)\njavascript:alert(4) (Supports)");
    expect(rows[1]["Context after"].endsWith("…")).toBe(true);
  });

  it("neutralises cells a spreadsheet would run as formulas", async () => {
    const rows = rowsOf(await renderCsv(article));
    expect(rows[2].Note).toBe(`'${FORMULA_NOTE}`);
    expect(rows[1].Reviewer).toBe("'@SUM(1+1)");
    expect(rows[2].Assignee).toBe("'@SUM(1+1)");
    const cells = rows.flatMap((r) => Object.values(r));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it("streams rows from an async source, counting positions as they come", async () => {
    const text = "word ".repeat(2000);
    async function* claims(): AsyncGenerator<ExportClaim> {
      for (let i = 0; i < 2500; i++) yield makeClaim(text, "word", { id: `c${i}`, status: "VERIFIED" });
    }
    const csv = (await readAll(createCsvStream(claims(), { title: "=T", version: { number: 1, text } }))).toString("utf8");
    const rows = rowsOf(csv);
    expect(rows).toHaveLength(2500);
    expect(rows[2499]).toMatchObject({ "Claim ID": "c2499", Position: "2500", "Article title": "'=T" });
  });

  it("fails the stream when the source fails", async () => {
    async function* broken(): AsyncGenerator<ExportClaim> {
      yield article.claims[0];
      throw new Error("database went away");
    }
    await expect(readAll(createCsvStream(broken(), article))).rejects.toThrow("database went away");
  });
});
