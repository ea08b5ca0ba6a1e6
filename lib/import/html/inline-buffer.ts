import type { DocMark, DocNode } from "@/lib/articles/doc-text";
import { collapseWhitespace } from "../text/normalize";

export type InlineMarks = { bold: boolean; italic: boolean; href: string | null };
export const NO_MARKS: InlineMarks = { bold: false, italic: false, href: null };

type Piece = { kind: "text"; text: string; marks: InlineMarks } | { kind: "break" };

function toDocMarks(marks: InlineMarks): DocMark[] {
  const out: DocMark[] = [];
  if (marks.bold) out.push({ type: "bold" });
  if (marks.italic) out.push({ type: "italic" });
  if (marks.href) out.push({ type: "link", attrs: { href: marks.href } });
  return out;
}

const sameMarks = (a: InlineMarks, b: InlineMarks): boolean => a.bold === b.bold && a.italic === b.italic && a.href === b.href;

/**
 * Collects the inline content of one block and turns it into clean Tiptap inline nodes: whitespace collapsed across
 * element boundaries ("<b>a </b> b" has one space), block edges and line-break edges trimmed, empty pieces dropped,
 * neighbours with equal marks merged, and no "\n" inside text (line breaks are hardBreak nodes).
 */
export class InlineBuffer {
  private pieces: Piece[] = [];

  addText(text: string, marks: InlineMarks): void {
    if (text) this.pieces.push({ kind: "text", text: collapseWhitespace(text), marks });
  }

  addBreak(): void {
    this.pieces.push({ kind: "break" });
  }

  /** The collected content as lines of inline nodes; two or more breaks in a row separate paragraphs. */
  takeParagraphs(): DocNode[][] {
    const paragraphs: DocNode[][] = [];
    let current: Piece[] = [];
    let breaks = 0;
    const finish = () => {
      const nodes = finishLine(current);
      if (nodes.length > 0) paragraphs.push(nodes);
      current = [];
    };
    for (const piece of this.pieces) {
      if (piece.kind === "break") {
        breaks++;
        continue;
      }
      if (breaks > 0 && piece.text.trim() === "") continue; // "a<br> <br>b" is still two breaks in a row
      if (breaks >= 2) finish();
      else if (breaks === 1 && current.length > 0) current.push({ kind: "break" });
      breaks = 0;
      current.push(piece);
    }
    finish();
    this.pieces = [];
    return paragraphs;
  }

  /** The collected content as one line (for headings): breaks become spaces. */
  takeLine(): DocNode[] {
    const pieces = this.pieces.map((p): Piece => (p.kind === "break" ? { kind: "text", text: " ", marks: NO_MARKS } : p));
    this.pieces = [];
    return finishLine(pieces);
  }
}

function finishLine(pieces: Piece[]): DocNode[] {
  // Trim around breaks and at both ends, then collapse the space that two pieces may share at their boundary.
  const out: Piece[] = [];
  let atLineStart = true;
  for (const piece of pieces) {
    if (piece.kind === "break") {
      trimEnd(out);
      out.push(piece);
      atLineStart = true;
      continue;
    }
    let text = piece.text.normalize("NFC");
    if (atLineStart || endsWithSpace(out)) text = text.replace(/^ +/, "");
    if (!text) continue;
    atLineStart = false;
    const last = out[out.length - 1];
    if (last && last.kind === "text" && sameMarks(last.marks, piece.marks)) last.text += text;
    else out.push({ kind: "text", text, marks: piece.marks });
  }
  trimEnd(out);
  while (out.length > 0 && out[out.length - 1].kind === "break") out.pop();
  while (out.length > 0 && out[0].kind === "break") out.shift();
  return out.map((p) => {
    if (p.kind === "break") return { type: "hardBreak" };
    const marks = toDocMarks(p.marks);
    return marks.length > 0 ? { type: "text", text: p.text, marks } : { type: "text", text: p.text };
  });
}

function endsWithSpace(out: Piece[]): boolean {
  const last = out[out.length - 1];
  return last !== undefined && last.kind === "text" && last.text.endsWith(" ");
}

function trimEnd(out: Piece[]): void {
  while (out.length > 0) {
    const last = out[out.length - 1];
    if (last.kind !== "text") return;
    last.text = last.text.replace(/ +$/, "");
    if (last.text) return;
    out.pop();
  }
}
