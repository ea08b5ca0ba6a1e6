import { db, type Db } from "@/lib/db/client";
import { storeSuggestions } from "./store-suggestions";
import type { SuggestionView } from "./suggestion-view";

/**
 * The open suggestions of a version in document order. A version stored before suggestions existed is scored here,
 * on its first view, so older articles get them too.
 */
export async function listSuggestions(version: { id: string; text: string; scored: boolean }, client: Db = db()): Promise<SuggestionView[]> {
  if (!version.scored) await client.$transaction((tx) => storeSuggestions(tx, { versionId: version.id, text: version.text }));
  const rows = await client.suggestedClaim.findMany({
    where: { versionId: version.id, state: "OPEN" },
    orderBy: [{ start: "asc" }, { end: "asc" }],
    select: { id: true, start: true, end: true, score: true, hedge: true },
  });
  return rows.map((row) => ({ ...row, quote: version.text.slice(row.start, row.end) }));
}
