/**
 * The text of an article version, kept in memory once read. A version's text never changes (an edit is a new
 * version), so a cached copy is never stale; the cache only saves carrying a 20,000-word text from the database for
 * every claim marked on it. Bounded by characters, least recently used first out.
 */
import type { DbOrTx } from "@/lib/db/client";

const MAX_CACHED_CHARACTERS = 8_000_000; // about 16 MB of UTF-16
const cached = new Map<string, string>(); // in order of last use, oldest first
let cachedCharacters = 0;

/** The version's text, or null when there is no such version. */
export async function versionText(client: DbOrTx, versionId: string): Promise<string | null> {
  const hit = cached.get(versionId);
  if (hit !== undefined) {
    cached.delete(versionId);
    cached.set(versionId, hit);
    return hit;
  }
  const version = await client.articleVersion.findUnique({ where: { id: versionId }, select: { text: true } });
  if (!version) return null;
  remember(versionId, version.text);
  return version.text;
}

function remember(versionId: string, text: string): void {
  if (text.length > MAX_CACHED_CHARACTERS) return;
  cached.set(versionId, text);
  cachedCharacters += text.length;
  for (const [id, old] of cached) {
    if (cachedCharacters <= MAX_CACHED_CHARACTERS) break;
    cached.delete(id);
    cachedCharacters -= old.length;
  }
}
