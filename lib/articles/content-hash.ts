import { createHash } from "node:crypto";

/** SHA-256 of a version's text: equal hashes mean a re-import changed nothing. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
