import { highlightSegments, type HighlightSpan } from "./highlight-segments";

/** A run of one paragraph's text under one set of claims; `starts` are the claim numbers to print before it. */
export type AppendixPiece = { text: string; claims: HighlightSpan[]; starts: number[] };

/**
 * The version text as paragraphs of highlighted pieces, for formats that lay out paragraphs themselves
 * (DOCX, PDF, HTML). Line breaks end a paragraph; a claim number that would fall on an empty piece moves to the
 * next piece with text, so no marker is lost at a paragraph boundary.
 */
export function appendixParagraphs(text: string, spans: readonly HighlightSpan[]): AppendixPiece[][] {
  const paragraphs: AppendixPiece[][] = [[]];
  let pending: number[] = [];
  for (const segment of highlightSegments(text.length, spans)) {
    pending = pending.concat(segment.starts);
    const lines = text.slice(segment.start, segment.end).split(/\r?\n/);
    lines.forEach((line, index) => {
      if (index > 0 && paragraphs[paragraphs.length - 1].length > 0) paragraphs.push([]);
      if (line.length === 0) return;
      paragraphs[paragraphs.length - 1].push({ text: line, claims: segment.claims, starts: pending });
      pending = [];
    });
  }
  return paragraphs.filter((p) => p.length > 0 && p.some((piece) => piece.text.trim() !== ""));
}
