/**
 * The bridge between an article's Tiptap document and its plain text.
 *
 * Claims are anchored in plain text (W3C selectors need a string), while the editor works in ProseMirror positions.
 * Both sides derive the text with this one function, so an offset computed on the server points at the same
 * character the editor draws. Text blocks (paragraphs, headings) are joined by a blank line; a hard break is "\n".
 * Offsets are UTF-16 code units, which is also how ProseMirror counts characters inside text nodes.
 */

export type DocMark = { type: string; attrs?: Record<string, unknown> };
export type DocNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  text?: string;
  marks?: DocMark[];
};

/** One text block: where its text starts in the plain text and where its content starts in the document. */
export type BlockSpan = { textStart: number; textEnd: number; pos: number };

export type DocText = { text: string; blocks: BlockSpan[] };

export const BLOCK_SEPARATOR = "\n\n";

const TEXT_BLOCKS = new Set(["paragraph", "heading", "codeBlock"]);

/** Derives the plain text of a document and the map from text offsets to document positions. */
export function docToText(doc: DocNode): DocText {
  const parts: string[] = [];
  const blocks: BlockSpan[] = [];
  let length = 0;

  const visit = (node: DocNode, pos: number): number => {
    // `pos` is the position just before `node`; the return value is the position just after it.
    if (node.type === "text") return pos + (node.text?.length ?? 0);
    if (TEXT_BLOCKS.has(node.type)) {
      if (blocks.length > 0) {
        parts.push(BLOCK_SEPARATOR);
        length += BLOCK_SEPARATOR.length;
      }
      const start = length;
      for (const child of node.content ?? []) {
        const piece = child.type === "text" ? (child.text ?? "") : child.type === "hardBreak" ? "\n" : "\ufffc";
        parts.push(piece);
        length += piece.length;
      }
      blocks.push({ textStart: start, textEnd: length, pos: pos + 1 });
      return pos + 2 + (length - start);
    }
    if (!node.content && node.type !== "doc") return pos + 1; // a leaf such as hardBreak or horizontalRule
    let inner = node.type === "doc" ? pos : pos + 1;
    for (const child of node.content ?? []) inner = visit(child, inner);
    return node.type === "doc" ? inner : inner + 1;
  };

  visit(doc, 0);
  return { text: parts.join(""), blocks };
}

function findBlock(blocks: BlockSpan[], offset: number): number {
  // Binary search for the last block starting at or before `offset`.
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].textStart <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Maps a plain-text offset to a document position. An offset inside a block separator snaps to the end of the
 * block before it when `side` is "end" (a range ending there) and to the start of the next block otherwise.
 */
export function textOffsetToPos(map: DocText, offset: number, side: "start" | "end" = "start"): number {
  const { blocks } = map;
  if (blocks.length === 0) return 0;
  const index = findBlock(blocks, offset);
  const block = blocks[index];
  if (offset <= block.textEnd) return block.pos + Math.max(0, offset - block.textStart);
  // In the separator after `block`.
  const next = blocks[index + 1];
  if (side === "end" || !next) return block.pos + (block.textEnd - block.textStart);
  return next.pos;
}

/** Maps a document position to a plain-text offset; positions between blocks snap to the nearest block edge. */
export function posToTextOffset(map: DocText, pos: number): number {
  const { blocks } = map;
  if (blocks.length === 0) return 0;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].pos <= pos) lo = mid;
    else hi = mid - 1;
  }
  const block = blocks[lo];
  const within = pos - block.pos;
  if (within < 0) return block.textStart;
  return block.textStart + Math.min(within, block.textEnd - block.textStart);
}
