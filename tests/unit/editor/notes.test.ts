/** @jest-environment jsdom */
import { NOTE_MAX_BYTES, noteToHtml, noteToText, parseNote, type NoteDoc } from "@/lib/notes";

const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const p = (...content: unknown[]) => ({ type: "paragraph", content });
const li = (...content: unknown[]) => ({ type: "listItem", content });
const doc = (...content: unknown[]) => ({ type: "doc", content });
const link = (href: string) => ({ type: "link", attrs: { href, target: "_blank", rel: "noopener noreferrer nofollow", class: null } });

const valid = doc(
  p(text("Called the "), text("press office", [{ type: "bold" }, link("https://example.org/a?b=1&c=2")]), { type: "hardBreak" }, text("no reply", [{ type: "italic" }])),
  { type: "bulletList", content: [li(p(text("Source one"))), li(p(text("Source two")), { type: "orderedList", attrs: { start: 3, type: null }, content: [li(p(text("detail")))] })] },
);

function note(input: unknown): NoteDoc {
  const result = parseNote(input);
  if (!result.ok) throw new Error(result.message);
  return result.note;
}

function refusal(input: unknown): string {
  const result = parseNote(input);
  if (result.ok) throw new Error("expected the note to be refused");
  return result.message;
}

describe("parseNote", () => {
  it("accepts a note made of the whitelisted nodes and marks, dropping attributes it does not keep", () => {
    const parsed = note(valid);
    const first = parsed.content[0];
    expect(first.type).toBe("paragraph");
    const linked = first.type === "paragraph" ? first.content?.[1] : undefined;
    expect(linked).toEqual({ type: "text", text: "press office", marks: [{ type: "bold" }, { type: "link", attrs: { href: "https://example.org/a?b=1&c=2" } }] });
    expect(JSON.stringify(parsed)).not.toContain("_blank");
  });

  it("refuses nodes outside the whitelist, at any depth", () => {
    expect(refusal(doc({ type: "script", content: [text("alert(1)")] }))).toBe(
      "Notes can contain only paragraphs, line breaks, bulleted and numbered lists.",
    );
    expect(refusal(doc(p({ type: "image", attrs: { src: "x" } })))).toMatch(/^Notes can contain only/);
    expect(refusal(doc({ type: "bulletList", content: [li(p(text("a")), { type: "codeBlock", content: [text("x")] })] }))).toMatch(
      /^Notes can contain only/,
    );
    expect(refusal({ type: "html", content: [] })).toBe("The note is not a valid document.");
    expect(refusal("<p>hi</p>")).toBe("The note is not a valid document.");
  });

  it("refuses unknown marks and links that are not http(s)", () => {
    expect(refusal(doc(p(text("x", [{ type: "underline" }]))))).toBe("Notes can use only bold, italic and links.");
    for (const href of ["javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>", "mailto:a@b.c", "/relative", "https:/"]) {
      expect(refusal(doc(p(text("x", [link(href)]))))).toBe("Links in notes must start with http:// or https://.");
    }
    expect(note(doc(p(text("x", [link("HTTP://EXAMPLE.ORG")]))))).toBeTruthy();
  });

  it("refuses structures the editor could not load back", () => {
    expect(refusal(doc(p(text(""))))).toBe("The note is not a valid document.");
    expect(refusal(doc())).toBe("The note is not a valid document.");
    expect(refusal(doc({ type: "bulletList", content: [li({ type: "bulletList", content: [li(p(text("a")))] })] }))).toBe(
      "The note is not a valid document.",
    );
  });

  it("refuses notes over 100 KB, counting bytes rather than characters", () => {
    const filler = (chars: number, ch: string) => doc(p(text(ch.repeat(chars))));
    expect(parseNote(filler(NOTE_MAX_BYTES - 100, "a")).ok).toBe(true);
    expect(refusal(filler(NOTE_MAX_BYTES + 1, "a"))).toBe("The note is too long (max 100 KB).");
    // 40,000 "é" is 40,000 characters but 80,000 bytes; 60,000 is over the limit.
    expect(parseNote(filler(40_000, "é")).ok).toBe(true);
    expect(refusal(filler(60_000, "é"))).toBe("The note is too long (max 100 KB).");
  });

  it("refuses lists nested too deeply without walking them recursively", () => {
    const nested = (levels: number): unknown => {
      let list: unknown = { type: "bulletList", content: [li(p(text("deepest")))] };
      for (let i = 1; i < levels; i++) list = { type: "bulletList", content: [li(p(text(`level ${i}`)), list)] };
      return doc(list);
    };
    expect(parseNote(nested(4)).ok).toBe(true);
    expect(refusal(nested(5))).toBe("Lists in notes can be nested at most 4 levels deep.");
    expect(refusal(nested(50_000))).toBe("Lists in notes can be nested at most 4 levels deep.");
  });
});

describe("noteToHtml", () => {
  it("renders the note with escaped text and attributes and nofollow links", () => {
    expect(noteToHtml(note(valid))).toBe(
      '<p>Called the <strong><a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer nofollow">press office</a></strong><br><em>no reply</em></p>' +
        '<ul><li><p>Source one</p></li><li><p>Source two</p><ol start="3"><li><p>detail</p></li></ol></li></ul>',
    );
  });

  it("escapes markup in text and quotes in hrefs", () => {
    const html = noteToHtml(note(doc(p(text(`<script>alert("x")</script> & 'y'`, [link(`https://e.org/"><img src=x onerror=alert(1)>`)])))));
    expect(html).toBe(
      '<p><a href="https://e.org/&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" rel="noopener noreferrer nofollow">' +
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</a></p>",
    );
    const parsed = new DOMParser().parseFromString(html, "text/html");
    expect(parsed.querySelectorAll("script, img")).toHaveLength(0);
    expect(parsed.querySelector("a")?.getAttribute("href")).toBe(`https://e.org/"><img src=x onerror=alert(1)>`);
  });

  it("drops a non-http link that reached it without parseNote, keeping the text", () => {
    const unchecked = { type: "doc", content: [p(text("click", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]))] } as NoteDoc;
    expect(noteToHtml(unchecked)).toBe("<p>click</p>");
  });
});

describe("noteToText", () => {
  it("gives one line per paragraph and marks list items", () => {
    expect(noteToText(note(valid))).toBe("Called the press office\nno reply\n- Source one\n- Source two\n  3. detail");
  });

  it("keeps an empty paragraph as an empty line", () => {
    expect(noteToText(note(doc(p(text("a")), { type: "paragraph" }, p(text("b")))))).toBe("a\n\nb");
  });
});
