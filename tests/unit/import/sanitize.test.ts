jest.mock("jsdom", () => jest.requireActual("../../support/native-modules").nativeModule("jsdom"));
import { importArticle } from "@/lib/import";
import { allNodes, expectWellFormed } from "./support/doc-checks";

// The HTML path is a whitelist walk: only known node types, marks and checked link hrefs come out, so nothing
// active in the source can reach the editor. These inputs try the usual ways in.

const HOSTILE = `
<h1>Council approves budget</h1>
<script>alert("x")</script>
<style>p { color: red }</style>
<p onclick="steal()" style="background:url(javascript:alert(1))">The council <b onmouseover="x()">approved</b> the
  budget <a href="javascript:alert(1)">on Tuesday</a>, <a href=" JaVaScRiPt:alert(2)">after</a> a
  <a href="data:text/html;base64,PHNjcmlwdD4=">long</a> <a href="vbscript:msgbox">debate</a>.</p>
<p>Read the <a href="https://example.org/report.pdf" target="_blank" rel="opener" onclick="x()">report</a>, the
  <a href="/minutes">minutes</a> or <a href="mailto:desk@example.org">write to us</a>.</p>
<iframe src="https://evil.example/"></iframe>
<svg onload="alert(1)"><text>svg text</text><script>alert(3)</script></svg>
<form action="/x"><input value="form value"><button>Send form</button></form>
<img src="x" onerror="alert(4)" alt="image alt">
<noscript>noscript text</noscript>
<object data="evil.swf">object text</object>
<p><em>Reporting by</em> <strong><i>Jane</i> Doe</strong><br>City desk</p>
<template><p>template text</p></template>
<p hidden>hidden text</p>
<math><mi>math text</mi></math>
`;

describe("sanitisation of HTML input", () => {
  let json: string;
  let nodes: ReturnType<typeof allNodes>;
  let text: string;

  beforeAll(async () => {
    const article = await importArticle({ kind: "html", html: HOSTILE });
    expectWellFormed(article);
    json = JSON.stringify(article.doc);
    nodes = allNodes(article.doc);
    text = article.text;
  });

  it("lets no script, style, handler, frame, svg, form, image or template content through", () => {
    for (const needle of ["alert", "script", "steal", "onclick", "onmouseover", "onerror", "onload", "color: red", "evil", "svg text", "form value", "Send form", "image alt", "noscript text", "object text", "template text", "hidden text", "math text", "style"]) {
      expect([needle, json.toLowerCase().includes(needle.toLowerCase())]).toEqual([needle, false]);
    }
  });

  it("only produces the whitelisted node types, marks and attributes", () => {
    const types = new Set(["doc", "paragraph", "heading", "bulletList", "orderedList", "listItem", "blockquote", "hardBreak", "text"]);
    for (const node of nodes) {
      expect(types).toContain(node.type);
      const attrs = Object.keys(node.attrs ?? {});
      expect(attrs.every((a) => (node.type === "heading" && a === "level") || (node.type === "orderedList" && a === "start"))).toBe(true);
      for (const mark of node.marks ?? []) {
        expect(["bold", "italic", "link"]).toContain(mark.type);
        expect(Object.keys(mark.attrs ?? {})).toEqual(mark.type === "link" ? ["href"] : []);
      }
    }
  });

  it("keeps the text of refused links and drops the link itself", () => {
    expect(text).toContain("The council approved the budget on Tuesday, after a long debate.");
    const links = nodes.flatMap((n) => (n.marks ?? []).filter((m) => m.type === "link").map((m) => String(m.attrs?.href)));
    expect(links).toEqual(["https://example.org/report.pdf", "mailto:desk@example.org"]);
    // "/minutes" has no page address to resolve against, so it stays plain text.
    expect(text).toContain("the minutes or write to us.");
  });

  it("keeps bold, italic and line breaks as marks and hardBreak nodes", () => {
    const jane = nodes.find((n) => n.text === "Jane");
    expect(jane?.marks?.map((m) => m.type)).toEqual(["bold", "italic"]);
    expect(nodes.some((n) => n.type === "hardBreak")).toBe(true);
    expect(text).toContain("Reporting by Jane Doe\nCity desk");
  });

  it("resolves relative links against the page address and keeps only http(s) and mailto", async () => {
    const article = await importArticle({
      kind: "html",
      url: "https://news.example.com/2025/story.html",
      html: '<p>See <a href="/minutes">the minutes</a>, <a href="ftp://files.example.com/x">files</a> and <a href="https://user:pw@example.org/">this</a> today.</p>',
    });
    const links = allNodes(article.doc).flatMap((n) => (n.marks ?? []).map((m) => m.attrs?.href));
    expect(links).toEqual(["https://news.example.com/minutes", "https://example.org/"]);
    expect(article.sourceUrl).toBe("https://news.example.com/2025/story.html");
  });

  it("normalises text: NFC, one space per whitespace run, no-break spaces, trimmed blocks, no empty blocks", async () => {
    const article = await importArticle({
      kind: "html",
      html: "<p>  Cafe\u0301\u00a0 au\n\tlait  </p><p> </p><p><span>W</span>hale <b> watch </b> season</p><div>  </div><ul><li></li><li>Item</li></ul>",
    });
    expectWellFormed(article);
    expect(article.text).toBe("Café au lait\n\nWhale watch season\n\nItem");
  });

  it("turns two line breaks in a row into a new paragraph", async () => {
    const article = await importArticle({ kind: "html", html: "<div>First line<br>same paragraph<br><br>Second paragraph</div>" });
    expect(article.text).toBe("First line\nsame paragraph\n\nSecond paragraph");
  });

  it("keeps lists, nested lists and quotes in a shape the editor accepts", async () => {
    const article = await importArticle({
      kind: "html",
      html: '<ol start="3"><li>Third <ul><li>sub</li></ul></li><li><h3>Heading item</h3></li></ol><blockquote><p>Quoted.</p></blockquote><li>stray item</li>',
    });
    expectWellFormed(article);
    expect(article.doc.content?.[0]).toMatchObject({ type: "orderedList", attrs: { start: 3 } });
    expect(article.text).toBe("Third\n\nsub\n\nHeading item\n\nQuoted.\n\nstray item");
  });
});

describe("inline content holding blocks", () => {
  it("keeps the words of blocks nested in a heading or a link apart", async () => {
    const article = await importArticle({
      kind: "html",
      html: "<h1>Title</h1><h2><div>Part one</div><div>part two</div></h2><p>The council approved the budget on Tuesday after a long debate.</p><a href='https://example.org/'><div>Block</div><div>link</div></a>",
    });
    expectWellFormed(article);
    expect(article.text).toBe("Part one part two\n\nThe council approved the budget on Tuesday after a long debate.\n\nBlock\n\nlink");
  });
});
