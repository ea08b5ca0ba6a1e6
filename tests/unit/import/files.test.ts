jest.mock("jsdom", () => jest.requireActual("../../support/native-modules").nativeModule("jsdom"));
jest.mock("marked", () => jest.requireActual("../../support/native-modules").nativeModule("marked"));
import { importArticle, ImportError, MAX_ARTICLE_CHARS, MAX_IMPORT_BYTES, type ImportInput } from "@/lib/import";
import { allNodes, expectWellFormed } from "./support/doc-checks";
import { buildDocx } from "./support/docx";

const utf8 = (s: string) => new TextEncoder().encode(s);
const file = (name: string, bytes: Uint8Array, contentType?: string): ImportInput => ({ kind: "file", name, bytes, contentType });
const LEAD = "The council approved the budget on Tuesday after a long debate about schools and roads in the city.";

async function importError(input: ImportInput): Promise<ImportError> {
  try {
    await importArticle(input);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected an ImportError");
}

describe("plain-text files", () => {
  it("imports a UTF-8 .txt with its headline as the title", async () => {
    const article = await importArticle(file("story.txt", utf8(`Council approves budget\n\n${LEAD}\n\nIt passed 7–2.`)));
    expectWellFormed(article);
    expect(article.title).toBe("Council approves budget");
    expect(article.text).toBe(`${LEAD}\n\nIt passed 7–2.`);
  });

  it("reads a byte-order mark (UTF-8 and UTF-16)", async () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(`Headline here\n\n${LEAD}`)]);
    expect((await importArticle(file("a.txt", withBom))).title).toBe("Headline here");
    const utf16 = Buffer.from(`\ufeffHéadline\n\n${LEAD}`, "utf16le");
    expect((await importArticle(file("b.txt", new Uint8Array(utf16)))).title).toBe("Héadline");
  });

  it("falls back to windows-1252 for bytes that are not UTF-8, and says so", async () => {
    const bytes = new Uint8Array([...utf8("Caf"), 0xe9, ...utf8(" owner says "), 0x93, ...utf8("we stay"), 0x94, ...utf8(` and more. ${LEAD}`)]);
    const article = await importArticle(file("old.txt", bytes));
    expect(article.text).toContain("Café owner says “we stay” and more.");
    expect(article.report.warnings.join(" ")).toMatch(/not valid UTF-8.*Windows-1252/);
  });

  it("repairs mojibake in an uploaded file and reports it", async () => {
    const article = await importArticle(file("m.txt", utf8(`Headline\n\nThe mayorâ€™s office said it would â€œreviewâ€\u009d the plan. ${LEAD}`)));
    expect(article.text).toContain("The mayor’s office said it would “review” the plan.");
    expect(article.report.repairs).toEqual(expect.arrayContaining([{ from: "â€™", to: "’", count: 1 }]));
    expect(article.report.flags).toEqual([]);
  });

  it("keeps and flags a mojibake remnant whose last byte was lost (” is likely but not certain)", async () => {
    const article = await importArticle(file("m.txt", utf8(`Headline\n\nThe mayor would â€œreviewâ€ the plan. ${LEAD}`)));
    expect(article.text).toContain("The mayor would “reviewâ€ the plan.");
    expect(article.report.flags).toHaveLength(1);
    const [flag] = article.report.flags;
    expect(article.text.slice(flag.start, flag.end)).toBe("â€");
  });
});

describe("Markdown files", () => {
  it("converts headings, emphasis, links and lists, and sanitises raw HTML inside", async () => {
    const md = [
      "# Council approves budget",
      "",
      `${LEAD} It was **close**, said [the clerk](https://example.org/clerk) and _others_.`,
      "",
      "## What changes",
      "",
      "- Schools get more",
      "- Roads get less",
      "",
      "> A quote from the mayor.",
      "",
      '<script>alert(1)</script><a href="javascript:alert(2)">click</a>',
    ].join("\n");
    const article = await importArticle(file("story.md", utf8(md)));
    expectWellFormed(article);
    expect(article.title).toBe("Council approves budget");
    expect(article.doc.content?.map((n) => n.type)).toEqual(["paragraph", "heading", "bulletList", "blockquote", "paragraph"]);
    expect(article.doc.content?.[1]).toMatchObject({ attrs: { level: 2 } });
    const marks = allNodes(article.doc).flatMap((n) => n.marks ?? []);
    expect(marks).toEqual([{ type: "bold" }, { type: "link", attrs: { href: "https://example.org/clerk" } }, { type: "italic" }]);
    expect(JSON.stringify(article.doc)).not.toMatch(/alert|script|javascript/);
    expect(article.text.endsWith("click")).toBe(true);
  });
});

describe("HTML files", () => {
  it("honours <meta charset> (windows-1252 bytes)", async () => {
    const head = '<html><head><meta charset="windows-1252"><title>Caf\u00e9 closes</title></head><body><article><p>';
    const bytes = new Uint8Array([...utf8(head.replace("\u00e9", "")), ...utf8(`The caf`), 0xe9, ...utf8(` closed. ${LEAD} ${LEAD}</p></article></body></html>`)]);
    const article = await importArticle(file("page.htm", bytes));
    expect(article.text).toContain("The café closed.");
  });

  it("decodes UTF-8 pages without a charset declaration", async () => {
    const article = await importArticle(file("page.html", utf8(`<html><body><h1>Zürich vote</h1><p>Voters in Zürich said “yes”. ${LEAD}</p></body></html>`)));
    expect(article.title).toBe("Zürich vote");
    expect(article.text).toContain("Voters in Zürich said “yes”.");
  });
});

describe(".docx files", () => {
  it("converts a Word document: Title style as the title, headings, bold and italic", async () => {
    const bytes = buildDocx([
      { style: "Title", runs: [{ text: "Council approves budget" }] },
      { runs: [{ text: LEAD }, { text: " Very ", bold: true }, { text: "close", italic: true }, { text: "." }] },
      { style: "Heading1", runs: [{ text: "What changes" }] },
      { runs: [{ text: "Schools get more & roads get less." }] },
    ]);
    const article = await importArticle(file("story.docx", bytes));
    expectWellFormed(article);
    expect(article.title).toBe("Council approves budget");
    expect(article.text).toBe(`${LEAD} Very close.\n\nWhat changes\n\nSchools get more & roads get less.`);
    expect(article.doc.content?.[1]).toMatchObject({ type: "heading", attrs: { level: 2 } });
    expect(allNodes(article.doc).flatMap((n) => n.marks ?? []).map((m) => m.type)).toEqual(["bold", "italic"]);
    expect(article.report.warnings).toEqual([]);
  });

  it("takes a plain first line as the headline when no style marks one", async () => {
    const article = await importArticle(file("s.docx", buildDocx([{ runs: [{ text: "Budget passes" }] }, { runs: [{ text: LEAD }] }])));
    expect(article.title).toBe("Budget passes");
    expect(article.text).toBe(LEAD);
  });

  it("refuses a corrupt .docx as UNREADABLE", async () => {
    const good = buildDocx([{ runs: [{ text: LEAD }] }]);
    for (const bytes of [good.slice(0, good.length / 2), utf8("this is not a zip at all")]) {
      const error = await importError(file("broken.docx", bytes));
      expect(error.code).toBe("UNREADABLE");
      expect(error.message).toMatch(/save it again as \.docx/);
    }
  });
});

describe("limits and refusals", () => {
  it("refuses files over 5 MB with their size in the message", async () => {
    const error = await importError(file("big.txt", new Uint8Array(Math.round(7.2 * 1024 * 1024))));
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toBe("The file is 7.2 MB; Factdesk imports files up to 5 MB.");
    expect(MAX_IMPORT_BYTES).toBe(5 * 1024 * 1024);
  });

  it("refuses pasted text over 5 MB, and article text over 200,000 characters", async () => {
    expect((await importError({ kind: "text", text: "a".repeat(MAX_IMPORT_BYTES + 1) })).code).toBe("TOO_LARGE");
    const long = Array.from({ length: 2200 }, () => LEAD).join("\n\n");
    expect(long.length).toBeGreaterThan(MAX_ARTICLE_CHARS);
    const error = await importError({ kind: "text", text: long });
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toMatch(/200,000 characters/);
  });

  it("refuses empty input as EMPTY, with a message that says what to do", async () => {
    for (const input of [
      { kind: "text", text: "  \n\t\u00a0 \n" },
      file("empty.txt", new Uint8Array(0)),
      file("blank.txt", utf8("\n\n   \n")),
      { kind: "html", html: "<html><body><script>x()</script><nav>Home</nav></body></html>" },
    ] satisfies ImportInput[]) {
      const error = await importError(input);
      expect(error.code).toBe("EMPTY");
      expect(error.message).toMatch(/paste|choose|file/i);
    }
  });

  it("refuses file types it cannot read, saying what to do instead", async () => {
    const pdf = await importError(file("report.pdf", utf8("%PDF-1.7"), "application/pdf"));
    expect(pdf.code).toBe("UNSUPPORTED_TYPE");
    expect(pdf.message).toMatch(/copy it and paste it/);
    expect((await importError(file("old.doc", utf8("x")))).message).toMatch(/save it as \.docx/);
    expect((await importError(file("photo.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])))).code).toBe("UNREADABLE");
  });
});

describe("pasted text", () => {
  it("treats pasted markup as HTML and keeps prose that mentions a tag as text", async () => {
    const html = await importArticle({ kind: "text", text: `<h2>Budget</h2><p>${LEAD}</p><p>Second <b>point</b>.</p>` });
    expect(html.title).toBe("Budget");
    expect(html.text).toBe(`${LEAD}\n\nSecond point.`);
    const prose = await importArticle({ kind: "text", text: `Markup\n\nWeb pages start paragraphs with <p> and end them later. ${LEAD}` });
    expect(prose.text).toContain("with <p> and end");
  });
});
