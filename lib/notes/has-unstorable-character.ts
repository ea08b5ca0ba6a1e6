/**
 * PostgreSQL cannot store NUL (U+0000) in text or jsonb, and jsonb refuses an unpaired UTF-16 surrogate (half of an
 * emoji, e.g. from a selection or a script that cut a string in two). Neither comes from a keyboard; both arrive from
 * broken clients and crafted requests, and must be refused with a message rather than fail the write.
 */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What a user is told when text is refused for holding such a character. */
export const UNSTORABLE_MESSAGE = "The text contains a character that cannot be saved (a NUL character or half of an emoji). Remove it and try again.";

/** True when `text` holds a NUL character or half of a surrogate pair. */
export function hasUnstorableCharacter(text: string): boolean {
  return UNSTORABLE.test(text);
}
