// Shared helpers of the anchoring tests (and the re-anchoring benchmark): seeded randomness, page text,
// corpus text and span picking. Test material is read from ../shared at run time, never copied in.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { sharedPath } from "../../support/shared";

/** Mulberry32: a small, fast, seedable PRNG, so every figure the tests print is reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const randomInt = (rng: () => number, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
export const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)];

/** NFC, no-break and other fixed-width spaces as plain spaces: how both sides of a comparison are normalised. */
export function normalise(text: string): string {
  return text.normalize("NFC").replace(/[\u00a0\u2007\u202f]/g, " ");
}

const BLOCKS = new Set(
  "address article aside blockquote br dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul".split(
    " ",
  ),
);
const HIDDEN = new Set(["script", "style", "noscript", "template", "svg", "iframe", "object"]);

/**
 * Plain text of an HTML page as Factdesk stores article text: visible text only (no scripts or styles),
 * whitespace collapsed as a browser renders it, blocks separated by a blank line.
 */
export function htmlToText(html: string): string {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push((node as Text).data.replace(/[ \t\n\r\f]+/g, " "));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (HIDDEN.has(tag)) return;
    const block = BLOCKS.has(tag);
    if (block) parts.push("\n");
    node.childNodes.forEach(walk);
    if (block) parts.push("\n");
  };
  walk(dom.window.document.body);
  dom.window.close();
  return normalise(parts.join(""))
    .replace(/ +/g, " ")
    .replace(/ *\n[ \n]*/g, "\n\n")
    .trim();
}

/** The five corpus articles, each with its lines as paragraphs separated by a blank line. */
export function corpusArticles(): string[] {
  const dir = sharedPath("corpus", "articles");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) =>
      normalise(readFileSync(path.join(dir, f), "utf8"))
        .split(/\r?\n/)
        .map((line) => line.replace(/\s+/g, " ").trim())
        .filter((line) => line.length > 0)
        .join("\n\n"),
    );
}

export const NEWS_PAGES = ["bbc-1", "buzzfeed-1", "cnn", "guardian-1", "lemonde-1", "nytimes-1", "telegraph", "wapo-1"];

export function newsPageText(page: string, file: "expected.html" | "source.html"): string {
  return htmlToText(readFileSync(sharedPath("testdata", "news-pages", page, file), "utf8"));
}

export type Span = { start: number; end: number };

/** Paragraph ranges of a text whose blocks are separated by blank lines. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * A random claim-like span inside one paragraph: half of the time a whole sentence, otherwise a phrase of
 * 2 to 14 words. Spans never cross a paragraph break and never start or end on a space.
 */
export function randomSpan(text: string, rng: () => number, paras: Span[] = paragraphs(text)): Span {
  for (;;) {
    const para = pick(rng, paras);
    const body = text.slice(para.start, para.end);
    if (rng() < 0.5) {
      const sentences = [...body.matchAll(/[^.!?]+(?:[.!?]+["'”’)]*|$)/g)]
        .map((m) => trimSpan(text, para.start + m.index, para.start + m.index + m[0].length))
        .filter((s) => s.end - s.start >= 12 && text.slice(s.start, s.end).includes(" "));
      if (sentences.length > 0) return pick(rng, sentences);
      continue;
    }
    const words = [...body.matchAll(/\S+/g)].map((m) => ({ start: para.start + m.index, end: para.start + m.index + m[0].length }));
    if (words.length < 2) continue;
    const count = Math.min(words.length, randomInt(rng, 2, 14));
    const first = randomInt(rng, 0, words.length - count);
    return { start: words[first].start, end: words[first + count - 1].end };
  }
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Plain Levenshtein distance (the tests' own, independent of the code under test). */
export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j] + 1, next[j - 1] + 1);
    }
    prev = next;
  }
  return prev[b.length];
}
