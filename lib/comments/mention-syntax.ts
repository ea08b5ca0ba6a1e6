/**
 * How a comment mentions a teammate. Two forms, both case-insensitive:
 *
 *   @[Display Name]   the member's name as Factdesk shows it, in square brackets (any characters but "]")
 *   @handle           the part of the member's e-mail address before the "@" (letters, digits and . _ + -),
 *                     or a member's whole name when it is one word ("@Ana" for a member called Ana)
 *
 * An "@" right after a letter, digit, dot or underscore belongs to an e-mail address or a word, so
 * "press@city.gov" mentions nobody. Trailing dots end a sentence, not a handle: "thanks @ana." mentions "ana".
 * Pure, so the comment box can preview mentions exactly as the server will read them.
 */

export const MENTION_HINT = "Mention a teammate with @[Their Name], or @ followed by their e-mail name (@ana for ana@example.org). Ctrl+Enter sends.";

export type MentionToken = {
  /** Offsets of the whole mention in the body, "@" included, UTF-16 units, end exclusive. */
  start: number;
  end: number;
  kind: "name" | "handle";
  /** What was written: the name without brackets, or the handle. */
  value: string;
};

const MENTION = /(^|[^\p{L}\p{N}_.@])@(?:\[([^\]\n]{1,100})\]|([A-Za-z0-9._+-]{1,64}))/gu;

export function findMentions(body: string): MentionToken[] {
  const tokens: MentionToken[] = [];
  for (const match of body.matchAll(MENTION)) {
    const start = (match.index ?? 0) + match[1].length;
    if (match[2] !== undefined) {
      const value = match[2].replace(/\s+/g, " ").trim();
      if (value) tokens.push({ start, end: start + 1 + match[2].length + 2, kind: "name", value });
      continue;
    }
    const value = match[3].replace(/\.+$/, "");
    if (value) tokens.push({ start, end: start + 1 + value.length, kind: "handle", value });
  }
  return tokens;
}

/** How a member is written in a mention: by name when they have one (what the mention picker inserts). */
export function mentionText(member: { name: string | null }): string | null {
  const name = member.name?.replace(/\s+/g, " ").trim();
  return name && !name.includes("]") ? `@[${name}]` : null;
}
