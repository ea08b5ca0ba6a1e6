// Test material from outside the project lives in ../shared beside the checkout (never copied in).
import { existsSync } from "node:fs";
import path from "node:path";

export const SHARED_DIR = process.env.FACTDESK_SHARED_DIR ?? path.resolve(__dirname, "../../../shared");

/** Absolute path of a file under ../shared; fails loudly when the folder is missing rather than skipping. */
export function sharedPath(...parts: string[]): string {
  if (!existsSync(SHARED_DIR)) {
    throw new Error(`Test material not found at ${SHARED_DIR}: put the shared/ folder beside the checkout.`);
  }
  return path.join(SHARED_DIR, ...parts);
}
