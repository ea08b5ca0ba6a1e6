import { AppError } from "@/lib/errors/app-error";
import { hasUnstorableCharacter } from "@/lib/notes/has-unstorable-character";

/**
 * Refuses text the database cannot store (a NUL character, half of a surrogate pair) anywhere in `value`: a string,
 * or every key and string of a document. Walked with a stack, so a deep document cannot overflow it.
 */
export function assertStorableText(value: unknown, what: string): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === "string") {
      if (hasUnstorableCharacter(node)) {
        throw new AppError("INVALID_INPUT", `${what} contains a character that cannot be saved (a NUL character or half of an emoji). Remove it and try again.`);
      }
    } else if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
    } else if (node !== null && typeof node === "object") {
      for (const [key, item] of Object.entries(node)) stack.push(key, item);
    }
  }
}
