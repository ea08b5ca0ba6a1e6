import { z } from "zod";
import { hasUnstorableCharacter } from "./has-unstorable-character";
import { isHttpUrl } from "./is-http-url";

/** A note's JSON may not exceed this many bytes (UTF-8). */
export const NOTE_MAX_BYTES = 100 * 1024;
/** How many lists may sit inside one another. */
export const NOTE_MAX_LIST_NESTING = 4;
// doc > (list > listItem) × nesting > paragraph > text
const MAX_NODE_DEPTH = 3 + 2 * NOTE_MAX_LIST_NESTING;

/** What a user is told when a note is refused. */
export const NOTE_MESSAGES = {
  invalid: "The note is not a valid document.",
  tooLong: "The note is too long (max 100 KB).",
  tooDeep: `Lists in notes can be nested at most ${NOTE_MAX_LIST_NESTING} levels deep.`,
  node: "Notes can contain only paragraphs, line breaks, bulleted and numbered lists.",
  mark: "Notes can use only bold, italic and links.",
  link: "Links in notes must start with http:// or https://.",
  linkLength: "Links in notes can be at most 2,000 characters long.",
  character: "The note contains a character that cannot be saved (a NUL character or half of an emoji). Remove it and try again.",
} as const;

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair (4 bytes) is two code units: count 2 for each half.
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

// Walks `content` arrays without recursion, so hostile nesting cannot overflow the stack before it is refused.
function nodeDepthExceeds(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    const content = node && typeof node === "object" ? (node as { content?: unknown }).content : undefined;
    if (Array.isArray(content)) for (const child of content) stack.push([child, depth + 1]);
  }
  return false;
}

const storable = (text: string) => !hasUnstorableCharacter(text);

const href = z.string().max(2000, NOTE_MESSAGES.linkLength).refine(isHttpUrl, NOTE_MESSAGES.link).refine(storable, NOTE_MESSAGES.character);

// Unknown keys (Tiptap's own link target/rel/class, list `type`) are stripped, not stored.
const mark = z.discriminatedUnion(
  "type",
  [
    z.object({ type: z.literal("bold") }),
    z.object({ type: z.literal("italic") }),
    z.object({ type: z.literal("link"), attrs: z.object({ href }) }),
  ],
  { error: NOTE_MESSAGES.mark },
);

const inline = z.discriminatedUnion(
  "type",
  [
    z.object({
      type: z.literal("text"),
      text: z.string().min(1).refine(storable, NOTE_MESSAGES.character), // ProseMirror refuses empty text nodes
      marks: z
        .array(mark)
        .refine((marks) => new Set(marks.map((m) => m.type)).size === marks.length, NOTE_MESSAGES.invalid)
        .optional(),
    }),
    z.object({ type: z.literal("hardBreak") }),
  ],
  { error: NOTE_MESSAGES.node },
);

const paragraph = z.object({ type: z.literal("paragraph"), content: z.array(inline).optional() });

const listItem = z.object({
  type: z.literal("listItem"),
  // Tiptap's list item is "paragraph block*": anything else would not load back into the editor.
  get content() {
    return z
      .array(block)
      .min(1)
      .refine((children) => children[0]?.type === "paragraph", NOTE_MESSAGES.invalid);
  },
});

const bulletList = z.object({
  type: z.literal("bulletList"),
  get content() {
    return z.array(listItem).min(1);
  },
});

const orderedList = z.object({
  type: z.literal("orderedList"),
  attrs: z.object({ start: z.number().int().min(0).max(1_000_000).optional() }).optional(),
  get content() {
    return z.array(listItem).min(1);
  },
});

const block = z.discriminatedUnion("type", [paragraph, bulletList, orderedList], { error: NOTE_MESSAGES.node });

const doc = z.object({ type: z.literal("doc", NOTE_MESSAGES.invalid), content: z.array(block).min(1) });

/**
 * A claim's note: Tiptap JSON restricted to a whitelist of nodes and marks, bounded in size and nesting.
 * The size and depth checks run first, and stop the parse, so an oversized note is never walked by zod.
 */
export const noteDocSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    if (nodeDepthExceeds(value, MAX_NODE_DEPTH)) return ctx.addIssue({ code: "custom", message: NOTE_MESSAGES.tooDeep });
    let json: string | undefined;
    try {
      json = JSON.stringify(value);
    } catch {
      json = undefined; // cycles, BigInt
    }
    if (json === undefined) ctx.addIssue({ code: "custom", message: NOTE_MESSAGES.invalid });
    else if (utf8Bytes(json) > NOTE_MAX_BYTES) ctx.addIssue({ code: "custom", message: NOTE_MESSAGES.tooLong });
  })
  .pipe(doc);

export type NoteDoc = z.infer<typeof noteDocSchema>;
export type NoteBlock = NoteDoc["content"][number];
export type NoteInline = NonNullable<Extract<NoteBlock, { type: "paragraph" }>["content"]>[number];
export type NoteMark = NonNullable<Extract<NoteInline, { type: "text" }>["marks"]>[number];
