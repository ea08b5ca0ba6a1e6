jest.mock("jsdom", () => jest.requireActual("../../support/native-modules").nativeModule("jsdom"));
import { readdirSync, readFileSync, statSync } from "node:fs";
import { JSDOM } from "jsdom";
import { importArticle, type ImportedArticle } from "@/lib/import";
import { decodeBytes } from "@/lib/import/decode-bytes";
import { sharedPath } from "../../support/shared";
import { expectWellFormed } from "./support/doc-checks";
import { htmlText, scoreTokens, wordTokens, type TokenScore } from "./support/tokens";

// Eight saved news pages (Readability's test pages): each source.html is imported as HTML, its bytes decoded the way
// an uploaded file is (some pages have no charset meta), and compared with expected.html, the article alone.
// Note: expected.html is Readability's own output, so these figures check that our whitelist conversion loses and
// adds nothing on top of Readability; they do not judge Readability itself.

type Meta = { title: string; byline: string | null; publishedTime: string | null; lang?: string; siteName: string | null };
type Page = { name: string; source: Uint8Array; expected: string; meta: Meta; article: ImportedArticle; ms: number; score: TokenScore };

const root = sharedPath("testdata", "news-pages");
const names = readdirSync(root).filter((n) => statSync(`${root}/${n}`).isDirectory()).sort();
const pages: Page[] = [];
const oneLine = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

beforeAll(async () => {
  for (const name of names) {
    const source = new Uint8Array(readFileSync(`${root}/${name}/source.html`));
    const expected = htmlText(readFileSync(`${root}/${name}/expected.html`, "utf8"), JSDOM);
    const meta = JSON.parse(readFileSync(`${root}/${name}/expected-metadata.json`, "utf8")) as Meta;
    const started = performance.now();
    const article = await importArticle({ kind: "html", html: decodeBytes(source, { html: true }).text });
    const ms = Math.round(performance.now() - started);
    pages.push({ name, source, expected, meta, article, ms, score: scoreTokens(wordTokens(expected), wordTokens(article.text)) });
  }
}, 120_000);

describe("news pages", () => {
  it("has the eight pages, one of them over 1 MB and one in French", () => {
    expect(pages).toHaveLength(8);
    expect(pages.some((p) => p.source.byteLength > 1_000_000)).toBe(true);
    expect(pages.some((p) => p.meta.lang === "fr")).toBe(true);
  });

  it("keeps at least 95% of the article's words and leaks at most 5% boilerplate, per page and overall", () => {
    const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
    const total = scoreTokens([], []);
    for (const { score } of pages) {
      total.expected += score.expected;
      total.output += score.output;
      total.shared += score.shared;
    }
    total.recall = total.shared / total.expected;
    total.leak = (total.output - total.shared) / total.output;
    console.log(
      [
        "page | KB | ms | expected tokens | output tokens | recall | leak",
        ...pages.map((p) => `${p.name} | ${Math.round(p.source.byteLength / 1024)} | ${p.ms} | ${p.score.expected} | ${p.score.output} | ${pct(p.score.recall)} | ${pct(p.score.leak)}`),
        `overall | | | ${total.expected} | ${total.output} | ${pct(total.recall)} | ${pct(total.leak)}`,
      ].join("\n"),
    );
    for (const p of pages) {
      expect([p.name, p.score.recall >= 0.95]).toEqual([p.name, true]);
      expect([p.name, p.score.leak <= 0.05]).toEqual([p.name, true]);
    }
    expect(total.recall).toBeGreaterThanOrEqual(0.95);
    expect(total.leak).toBeLessThanOrEqual(0.05);
  });

  it("reads title, byline, date and language as expected", () => {
    const same = (a: string | null, b: string | null) => (a === b ? "match" : b === null ? `extra: ${a}` : `MISMATCH: ${a}`);
    const sameInstant = (a: string | null, b: string | null) =>
      a !== null && b !== null ? (Date.parse(a) === Date.parse(b) ? "match" : `MISMATCH: ${a}`) : same(a, b);
    console.log(
      [
        "page | title | byline | date | language",
        ...pages.map((p) =>
          [
            p.name,
            same(oneLine(p.article.title), oneLine(p.meta.title)),
            same(p.article.byline, p.meta.byline),
            sameInstant(p.article.publishedAt, p.meta.publishedTime),
            same(p.article.language, p.meta.lang ?? null),
          ].join(" | "),
        ),
      ].join("\n"),
    );
    for (const p of pages) {
      expect(oneLine(p.article.title)).toBe(oneLine(p.meta.title));
      expect(p.article.byline).toBe(p.meta.byline);
      if (p.meta.lang) expect(p.article.language).toBe(p.meta.lang);
      if (p.meta.publishedTime) expect(Date.parse(p.article.publishedAt ?? "")).toBe(Date.parse(p.meta.publishedTime));
      else if (p.article.publishedAt) {
        // Where the reference has no date, ours came from the page's own metadata, not from nowhere.
        expect(decodeBytes(p.source, { html: true }).text).toContain(p.article.publishedAt.slice(0, 10));
      }
    }
  });

  it("produces well-formed documents without the title repeated as the first block", () => {
    for (const p of pages) {
      expectWellFormed(p.article);
      expect(p.article.text.startsWith(oneLine(p.meta.title))).toBe(false);
      expect(p.article.report.flags).toEqual([]);
    }
  });

  it("imports the same page uploaded as a file, with the same result", async () => {
    const page = pages.find((p) => p.name === "lemonde-1")!;
    const asFile = await importArticle({ kind: "file", name: "source.html", bytes: page.source });
    expect(asFile.text).toBe(page.article.text);
    expect(asFile.title).toBe(page.article.title);
  });
});
