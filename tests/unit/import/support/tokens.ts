// Token comparison for extraction quality: lowercased word tokens compared as multisets (a word counts as often as
// it occurs), so a paragraph lost or a menu leaked shows up however the text is laid out.
import type { JSDOM as JSDOMClass } from "jsdom";

export function wordTokens(text: string): string[] {
  return (text.normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => t.length > 0);
}

function counts(tokens: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const t of tokens) map.set(t, (map.get(t) ?? 0) + 1);
  return map;
}

export type TokenScore = { expected: number; output: number; shared: number; recall: number; leak: number };

/** Recall = shared / expected tokens; leak = output tokens not in the expected text / output tokens. */
export function scoreTokens(expected: string[], output: string[]): TokenScore {
  const want = counts(expected);
  let shared = 0;
  for (const [token, n] of counts(output)) shared += Math.min(n, want.get(token) ?? 0);
  return {
    expected: expected.length,
    output: output.length,
    shared,
    recall: expected.length === 0 ? 1 : shared / expected.length,
    leak: output.length === 0 ? 0 : (output.length - shared) / output.length,
  };
}

const SKIP = new Set(["script", "style", "noscript", "template"]);
// Inline elements join their text to the neighbours' ("<span>Z</span>imbabwe" is one word); every other element
// ends with a space so that words of neighbouring blocks never run together.
const INLINE = new Set("a abbr b bdi cite code em font i kbd mark q s small span strong sub sup time u".split(" "));

/** The visible text of an HTML document, words of different blocks kept apart. */
export function htmlText(html: string, JSDOM: typeof JSDOMClass): string {
  const doc = new JSDOM(html).window.document;
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.textContent ?? "");
    if (node.nodeType !== 1 || SKIP.has((node as Element).localName)) return;
    node.childNodes.forEach(visit);
    if (!INLINE.has((node as Element).localName)) parts.push(" ");
  };
  visit(doc.body);
  return parts.join("");
}
