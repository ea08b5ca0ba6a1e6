/**
 * Exports stay inert: every XSS vector of the corpus, placed in every user-controlled field of an article (title,
 * byline, site, source URL, language, team, people's names, the quoted text, note, summary, sources, comments),
 * rendered by every renderer. HTML and Markdown (through a Markdown viewer) gain no element or attribute that runs
 * or loads anything and show the vector as text; CSV has no cell a spreadsheet would run; DOCX escapes it and links
 * only http(s); PDF shows it as text and carries no script, automatic action or non-web link; the JSON-LD exports
 * give it back as data.
 */
jest.mock("jsdom", () => jest.requireActual("../support/native-modules").nativeModule("jsdom"));
jest.mock("marked", () => jest.requireActual("../support/native-modules").nativeModule("marked"));
import { parse } from "csv-parse/sync";
import { JSDOM } from "jsdom";
import { marked } from "marked";
import type { ExportArticle, ExportPerson } from "@/lib/exports/export-model";
import { toClaimReviews } from "@/lib/exports/claimreview/to-claim-reviews";
import { toWebAnnotations } from "@/lib/exports/w3c/to-web-annotations";
import { noteToText, type NoteDoc } from "@/lib/notes";
import { renderCsv } from "@/lib/reports/render-csv";
import { renderDocx } from "@/lib/reports/render-docx";
import { renderHtml } from "@/lib/reports/render-html";
import { renderMarkdown } from "@/lib/reports/render-markdown";
import { renderPdfBuffer } from "@/lib/reports/render-pdf";
import { renderTeamCsv } from "@/lib/reports/render-team-csv";
import { renderTeamPdfBuffer } from "@/lib/reports/render-team-pdf";
import { DANGEROUS_URL, FORMULA_START, XSS_VECTORS, type XssVector } from "../e2e/support/xss-vectors";
import { makeArticle, makeClaim } from "./reports/fixtures";
import { docxText, flat, pdfText, unzip } from "./reports/support";

const AT = new Date("2026-01-09T10:00:00Z");

/** One article with `v` in every field a user controls; its one located claim quotes the vector in the text. */
function articleWith(v: XssVector): ExportArticle {
  const p = v.payload;
  const person: ExportPerson = { id: `u-${v.id}`, name: p, email: `${v.id}@example.org` };
  const text = `The council met on Monday. ${p} The budget passed.`;
  const note: NoteDoc = {
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text: p }, { type: "text", text: " (link)", marks: [{ type: "link", attrs: { href: p } }] }] }],
  };
  const claim = makeClaim(text, p, {
    id: `claim-${v.id}`,
    status: "DISPUTED",
    note,
    noteText: noteToText(note),
    claimSummary: p,
    sources: [
      { url: p, title: p, publisher: p, relation: "CONTRADICTS", addedBy: person, createdAt: AT },
      { url: `https://example.org/minutes?q=${encodeURIComponent(p)}`, title: p, publisher: null, relation: "SUPPORTS", addedBy: person, createdAt: AT },
    ],
    assignee: person,
    createdBy: person,
    reviewedBy: person,
    approvedBy: person,
    approvedAt: AT,
    comments: [{ author: person, text: p, createdAt: AT }],
  });
  return makeArticle({
    id: `article-${v.id}`,
    title: p,
    byline: p,
    siteName: p,
    sourceUrl: p,
    language: p,
    team: { id: "team-x", name: p },
    version: { id: `version-${v.id}`, number: 1, createdAt: AT, text },
    claims: [claim],
    reviewers: [person],
  });
}

// What the report templates use themselves is allowed; anything else that can run, load, submit or navigate is not.
const FORBIDDEN_ELEMENTS = new Set(["script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "link", "form", "button", "input", "textarea", "select", "img", "video", "audio", "source", "math", "noscript", "details", "use", "animate", "set", "foreignobject"]);
const URL_ATTRIBUTES = /^(href|src|action|formaction|data|xlink:href|srcdoc|background|poster|values|to|from|content)$/i;

/** Elements and attributes in an HTML document that could run script or load something. */
function dangers(html: string): string[] {
  const document = new JSDOM(html).window.document;
  const found: string[] = [];
  for (const element of Array.from(document.querySelectorAll("*"))) {
    const tag = element.tagName.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(tag)) found.push(`<${tag}>`);
    if (tag === "meta" && /refresh/i.test(element.getAttribute("http-equiv") ?? "")) found.push("<meta refresh>");
    if (tag === "style" && (element.closest("body") || /@import|url\(|javascript:/i.test(element.textContent ?? ""))) found.push("<style> with user CSS");
    for (const { name, value } of Array.from(element.attributes)) {
      if (/^on/i.test(name)) found.push(`${tag}[${name}]`);
      if (URL_ATTRIBUTES.test(name) && (DANGEROUS_URL.test(value) || /url=\s*javascript:/i.test(value))) found.push(`${tag}[${name}=${value.slice(0, 40)}]`);
      if (name === "style" && /url\(|expression\(|javascript:/i.test(value)) found.push(`${tag}[style=${value.slice(0, 40)}]`);
    }
  }
  return found;
}

const visible = (html: string) => flat(new JSDOM(html).window.document.body.textContent ?? "");
/** The vector as a reader sees it: whitespace collapsed, control characters gone (XML and PDF drop them). */
const readable = (payload: string) => flat(payload.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ""));

describe("the checks themselves", () => {
  it("catch a vector that was not escaped", () => {
    expect(dangers(`<p>${XSS_VECTORS[1].payload}</p>`)).toEqual(["<img>", "img[onerror]"]);
    expect(dangers(`<a href="${XSS_VECTORS[4].payload}">x</a>`)).toEqual([`a[href=${XSS_VECTORS[4].payload}]`]);
    expect(dangers(`<div style="background:url(x)">x</div>`)).toHaveLength(1);
    expect(pdfActions(Buffer.from("<< /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>")).actions).toEqual(["/OpenAction", "/JavaScript", "/JS"]);
    expect(pdfActions(Buffer.from("<< /A << /S /URI /URI (javascript:alert\\(1\\)) >> >>")).links).toEqual(["javascript:alert\\(1\\)"]);
    expect(XSS_VECTORS.filter((v) => v.kind === "formula").every((v) => FORMULA_START.test(v.payload))).toBe(true);
  });
});

describe.each(XSS_VECTORS.map((v) => [`${v.id} ${v.label}`, v] as const))("exports of %s", (_, v) => {
  const article = articleWith(v);

  it("HTML: no element or attribute that runs or loads, and the vector shown as text", () => {
    const html = renderHtml(article);
    expect(dangers(html)).toEqual([]);
    expect(visible(html)).toContain(flat(v.payload));
  });

  it("Markdown, as a Markdown viewer renders it: no element or attribute that runs or loads", () => {
    expect(dangers(marked.parse(renderMarkdown(article), { async: false }) as string)).toEqual([]);
  });

  it("CSV: no cell a spreadsheet would run as a formula, and the vector kept", async () => {
    const cells: string[] = parse(await renderCsv(article), { bom: true }).flat();
    expect(cells.filter((cell) => FORMULA_START.test(cell))).toEqual([]);
    expect(cells.some((cell) => cell === v.payload || cell === `'${v.payload}`)).toBe(true);
  });

  it("DOCX: the vector escaped as text, hyperlinks only to http(s)", async () => {
    const docx = await renderDocx(article);
    const { text, xml } = docxText(docx);
    expect(flat(text)).toContain(readable(v.payload));
    expect(xml).not.toMatch(/<(script|iframe|img|svg|a)[\s>]/i);
    const rels = unzip(docx).get("word/_rels/document.xml.rels")!.toString("utf8");
    const targets = [...rels.matchAll(/Target="([^"]*)"[^>]*TargetMode="External"|TargetMode="External"[^>]*Target="([^"]*)"/g)].map((m) => m[1] ?? m[2]);
    expect(targets.filter((target) => !/^https?:\/\//i.test(target.replace(/&amp;/g, "&")))).toEqual([]);
    expect(xml).not.toMatch(/HYPERLINK\s+"?\s*(javascript|data|vbscript):/i);
  });

  it("JSON-LD (W3C annotations, ClaimReview): valid JSON that gives the vector back as data", () => {
    for (const json of [JSON.stringify(toWebAnnotations([article])), JSON.stringify(toClaimReviews([article]))]) {
      const strings: string[] = [];
      JSON.parse(json, (_key, value) => (typeof value === "string" && strings.push(value), value));
      expect(strings.some((s) => s.includes(v.payload))).toBe(true);
    }
  });
});

/** Raw PDF objects that run script, act on opening, launch programs or submit; and every link target. */
function pdfActions(pdf: Buffer): { actions: string[]; links: string[] } {
  const raw = pdf.toString("latin1");
  const actions = raw.match(/\/(JavaScript|JS|OpenAction|AA|Launch|SubmitForm|ImportData|RichMedia|EmbeddedFile)\b/g) ?? [];
  const links = [...raw.matchAll(/\/URI\s*\(((?:\\.|[^\\)])*)\)/g)].map((m) => m[1]);
  return { actions, links };
}

describe("PDF exports", () => {
  const articles = XSS_VECTORS.map(articleWith);
  // The PDF prints what its fonts can draw; printable ASCII vectors must come through word for word.
  const ascii = XSS_VECTORS.filter((v) => /^[\x20-\x7e]+$/.test(v.payload));

  it("of each vector: the vector as text, no script, no automatic action, links only to http(s)", async () => {
    for (const article of articles) {
      const pdf = await renderPdfBuffer(article);
      const { actions, links } = pdfActions(pdf);
      expect({ id: article.id, actions, links: links.filter((link) => !/^https?:\/\//i.test(link)) }).toEqual({ id: article.id, actions: [], links: [] });
    }
    // Lines wrap anywhere in a long vector: compare without whitespace.
    const squeeze = (text: string) => text.replace(/\s+/g, "");
    const missing: string[] = [];
    for (const v of ascii) {
      const text = squeeze(await pdfText(await renderPdfBuffer(articleWith(v))));
      if (!text.includes(squeeze(v.payload))) missing.push(v.id);
    }
    expect(missing).toEqual([]);
  }, 120_000);

  it("team report (PDF and CSV) with every vector as team, article and reviewer names", async () => {
    const input = { team: { id: "team-x", name: XSS_VECTORS[0].payload }, from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-01-31T23:59:59Z"), articles };
    const { actions, links } = pdfActions(await renderTeamPdfBuffer(input));
    expect(actions).toEqual([]);
    expect(links.filter((link) => !/^https?:\/\//i.test(link))).toEqual([]);
    const cells: string[] = parse(await renderTeamCsv(input), { bom: true }).flat();
    expect(cells.filter((cell) => FORMULA_START.test(cell))).toEqual([]);
    for (const v of XSS_VECTORS) expect(cells.some((cell) => cell === v.payload || cell === `'${v.payload}`)).toBe(true);
  }, 60_000);
});
