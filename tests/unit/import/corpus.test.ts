jest.mock("jsdom", () => jest.requireActual("../../support/native-modules").nativeModule("jsdom"));
import { readdirSync, readFileSync } from "node:fs";
import { importArticle, type ImportedArticle } from "@/lib/import";
import { repairMojibake } from "@/lib/import/mojibake";
import { sharedPath } from "../../support/shared";
import { expectWellFormed } from "./support/doc-checks";

// The five scraped articles of the corpus, imported as pasted text. What counts as "the article" is built from each
// input at run time (the publishers' text is never copied here): every line of running text must survive.

const dir = sharedPath("corpus", "articles");
const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
const inputs = new Map(files.map((f) => [f, readFileSync(`${dir}/${f}`, "utf8")]));
const results = new Map<string, ImportedArticle>();

// Site furniture named in the corpus README and met in the scrapes: none may reach the article or its title.
const CHROME = [
  "Connect with us",
  "Hi, what are you looking for?",
  "Advertisement. Scroll to continue reading.",
  "Click to comment",
  "Leave a Reply",
  "Your email address will not be published",
  "You May Also Like",
  "Copyright ©",
  "What's Your Reaction?",
  "Trend visualization for",
  "More References",
];

/** The same treatment the importer gives the text: mojibake repair, NFC, one space for every whitespace run. */
const normalise = (s: string) => repairMojibake(s).text.normalize("NFC").replace(/\s+/g, " ").trim();
const stripMarker = (line: string) => line.replace(/^\s*[-*•]\s+/, "");
const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const isSentenceLine = (s: string) => words(s) >= 12 && /[.!?…]["'”’)]*$/u.test(s);

/** Input lines, cut at a "More References" link list (other outlets' headlines and teasers, not this article). */
function articleLines(input: string): string[] {
  const lines = input.split("\n").map((l) => normalise(stripMarker(l))).filter((l) => l !== "");
  const end = lines.findIndex((l) => /^more references$/i.test(l));
  return end < 0 ? lines : lines.slice(0, end);
}

beforeAll(async () => {
  for (const [file, text] of inputs) results.set(file, await importArticle({ kind: "text", text }));
});

describe("corpus articles imported as pasted text", () => {
  it("has the five articles", () => {
    expect(files).toHaveLength(5);
  });

  it.each(files)("%s: well-formed document, text derived from it, deterministic", async (file) => {
    const article = results.get(file)!;
    expectWellFormed(article);
    expect(await importArticle({ kind: "text", text: inputs.get(file)! })).toEqual(article);
  });

  it.each(files)("%s: no site chrome left in the text or the title", (file) => {
    const article = results.get(file)!;
    for (const phrase of CHROME) {
      expect(article.text).not.toContain(phrase);
      expect(article.title).not.toContain(phrase);
    }
  });

  it("reports what it removed, and the table of figures holds", () => {
    const rows = files.map((file) => {
      const article = results.get(file)!;
      const lines = articleLines(inputs.get(file)!);
      const sentences = lines.filter(isSentenceLine);
      const text = normalise(article.text);
      const kept = sentences.filter((s) => text.includes(s)).length;
      return { file, sentences: sentences.length, kept, removed: article.report.removed.length, flags: article.report.flags.length };
    });
    console.log(
      ["corpus | sentence lines | kept | removed blocks | flags", ...rows.map((r) => `${r.file} | ${r.sentences} | ${r.kept} | ${r.removed} | ${r.flags}`)].join("\n"),
    );
    for (const row of rows) expect(row.kept).toBe(row.sentences);
    expect(rows.reduce((n, r) => n + r.sentences, 0)).toBeGreaterThanOrEqual(100); // the check is not vacuous
  });

  it.each(files)("%s: every input line is in the text, is the title, or is reported as removed", (file) => {
    const article = results.get(file)!;
    const text = normalise(article.text);
    const removed = new Set(article.report.removed.map((r) => normalise(r.text)));
    const lines = inputs.get(file)!.split("\n").map((l) => normalise(stripMarker(l))).filter((l) => l !== "");
    const unaccounted = lines.filter((l) => !text.includes(l) && l !== article.title && !removed.has(l));
    expect(unaccounted).toEqual([]);
    // Running text is only ever removed as part of a link list to other stories.
    for (const r of article.report.removed) if (isSentenceLine(r.text)) expect(r.reason).toBe("related links");
  });
});

describe("corpus chrome removal", () => {
  const reasons = (file: string) => new Set(results.get(files[files.indexOf(file)])!.report.removed.map((r) => r.reason));

  it("names why each block went", () => {
    const all = new Set(files.flatMap((f) => [...reasons(f)]));
    for (const reason of ["navigation", "advertising", "comment widget", "related links", "copyright footer", "trend box", "duplicate heading list"]) {
      expect(all).toContain(reason);
    }
  });

  it("drops the leading list of headings that one scrape copied out of its own body, and keeps the body's headings", () => {
    const withList = files.find((f) => results.get(f)!.report.removed.some((r) => r.reason === "duplicate heading list"))!;
    const article = results.get(withList)!;
    const listed = article.report.removed.filter((r) => r.reason === "duplicate heading list");
    expect(listed.length).toBeGreaterThanOrEqual(20);
    for (const item of listed) expect(article.text).toContain(stripMarker(item.text.replace(/^[•]\s*/, "")));
    expect(article.doc.content?.[0]?.type).toBe("paragraph"); // the article opens with its lead, not a list
  });
});

describe("corpus titles", () => {
  const firstLine = (file: string) => normalise(inputs.get(file)!.split("\n")[0]);

  it("takes the headline line as the title and does not repeat it in the body", () => {
    for (const file of files) {
      const article = results.get(file)!;
      expect(article.title.length).toBeGreaterThan(20);
      const lines = articleLines(inputs.get(file)!);
      if (lines.includes(article.title)) {
        // A headline found in the input: it is a line of its own, the line before the first paragraph of the article.
        const firstParagraph = lines.findIndex((l) => isSentenceLine(l) && words(l) >= 12 && l !== article.title);
        expect(lines.indexOf(article.title)).toBeLessThan(firstParagraph);
        expect(article.text.startsWith(article.title)).toBe(false);
      }
    }
    expect(files.filter((f) => results.get(f)!.title === firstLine(f)).length).toBeGreaterThanOrEqual(2);
  });

  it("makes a title from the first sentence when the text has no headline, and says so", () => {
    const untitled = files.filter((f) => !articleLines(inputs.get(f)!).includes(results.get(f)!.title));
    expect(untitled).toHaveLength(1);
    const article = results.get(untitled[0])!;
    expect(article.title.endsWith("…")).toBe(true);
    expect(firstLine(untitled[0]).startsWith(article.title.slice(0, -1))).toBe(true);
    expect(article.report.warnings.join(" ")).toMatch(/first sentence was used as the title/);
  });
});

describe("corpus mojibake", () => {
  it("flags each spot where the scrape lost a character, at the right offset, and changes nothing there", () => {
    const broken = files.filter((f) => inputs.get(f)!.includes("\u00e2"));
    expect(broken).toHaveLength(1);
    const article = results.get(broken[0])!;
    const spots = [...article.text.matchAll(/\u00e2/g)].map((m) => m.index);
    expect(spots.length).toBeGreaterThanOrEqual(10);
    expect(article.report.flags.map((f) => f.start)).toEqual(spots);
    for (const flag of article.report.flags) {
      expect(article.text.slice(flag.start, flag.end)).toBe("\u00e2");
      expect(flag.reason).toMatch(/^A character was lost here in the source \(probably/);
    }
    const reasonAt = (needle: string, offset: number) =>
      article.report.flags.find((f) => f.start === article.text.indexOf(needle) + offset)?.reason;
    expect(reasonAt("sides\u00e2 ", 5)).toMatch(/apostrophe or a closing quotation mark/);
    expect(reasonAt("\u00e2serious", 0)).toMatch(/opening quotation mark/);
    expect(article.report.repairs).toEqual([]); // nothing here could be repaired with certainty
  });

  it("flags nothing in the articles that came through intact", () => {
    for (const file of files.filter((f) => !inputs.get(f)!.includes("\u00e2"))) {
      expect(results.get(file)!.report.flags).toEqual([]);
    }
  });
});
