/**
 * The text of an article version, kept in memory once read. A version's text never changes (an edit is a new
 * version), so a cached copy is never stale; the cache only saves carrying a 20,000-word text from the database for
 * every claim marked on it. Bounded by characters, least recently used first out.
 */
import type { DbOrTx } from "@/lib/db/client";

const MAX_CACHED_CHARACTERS = 8_000_000; // about 16 MB of UTF-16
type Cached = { articleId: string; text: string };
const cached = new Map<string, Cached>(); // in order of last use, oldest first
let cachedCharacters = 0;

/** The version's text, or null when there is no such version. */
export async function versionText(client: DbOrTx, versionId: string): Promise<string | null> {
  return (await lookUp(client, versionId))?.text ?? null;
}

/**
 * The text of a version of this article, or null when the article has no such version: a version id taken from a
 * request is only trusted together with the article the caller was authorized on.
 */
export async function articleVersionText(client: DbOrTx, articleId: string, versionId: string): Promise<string | null> {
  const version = await lookUp(client, versionId);
  return version?.articleId === articleId ? version.text : null;
}

async function lookUp(client: DbOrTx, versionId: string): Promise<Cached | null> {
  const hit = cached.get(versionId);
  if (hit !== undefined) {
    cached.delete(versionId);
    cached.set(versionId, hit);
    return hit;
  }
  const version = await client.articleVersion.findUnique({ where: { id: versionId }, select: { articleId: true, text: true } });
  if (version) remember(versionId, version);
  return version;
}

function remember(versionId: string, version: Cached): void {
  if (version.text.length > MAX_CACHED_CHARACTERS) return;
  cached.set(versionId, version);
  cachedCharacters += version.text.length;
  for (const [id, old] of cached) {
    if (cachedCharacters <= MAX_CACHED_CHARACTERS) break;
    cached.delete(id);
    cachedCharacters -= old.text.length;
  }
}
