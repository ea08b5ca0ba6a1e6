// Checks every imported document must pass: valid against the editor's own schema (StarterKit, as the editor loads
// it), text derived by docToText, and no newline inside a text node.
import { getSchema } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { docToText, type DocNode } from "@/lib/articles/doc-text";
import type { ImportedArticle } from "@/lib/import";

const schema = getSchema([StarterKit]);

export function textNodes(node: DocNode): DocNode[] {
  if (node.type === "text") return [node];
  return (node.content ?? []).flatMap(textNodes);
}

export function allNodes(node: DocNode): DocNode[] {
  return [node, ...(node.content ?? []).flatMap(allNodes)];
}

export function expectWellFormed(article: ImportedArticle): void {
  expect(() => schema.nodeFromJSON(article.doc).check()).not.toThrow();
  expect(article.text).toBe(docToText(article.doc).text);
  for (const node of textNodes(article.doc)) {
    expect(node.text).not.toMatch(/[\n\r\t\u00a0]/);
    expect(node.text).not.toMatch(/ {2}/);
    expect(node.text).toBe(node.text?.normalize("NFC"));
  }
  for (const flag of article.report.flags) {
    expect(flag.start).toBeGreaterThanOrEqual(0);
    expect(flag.end).toBeLessThanOrEqual(article.text.length);
    expect(flag.end).toBeGreaterThan(flag.start);
  }
}
