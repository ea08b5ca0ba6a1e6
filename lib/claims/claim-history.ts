import type { DiffPart } from "@/lib/anchoring";
import { describeEvent } from "@/lib/activity/describe-event";
import { db, type Db } from "@/lib/db/client";
import type { ClaimEventKind } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors/app-error";

export type HistoryEntry = {
  id: string;
  /** "COMMENT" for a comment of the thread; otherwise the kind of the ClaimEvent. */
  kind: ClaimEventKind | "COMMENT";
  at: string;
  actor: { id: string; name: string | null };
  /** The readable sentence: "Ana marked it Disputed". */
  line: string;
  /** For note changes: the word diff of the note's plain text, old to new. */
  diff?: DiffPart[];
  /** For note changes: the note this entry saved can be put back (it is not the current note). */
  restorable?: boolean;
  /** For comments: what was written. */
  body?: string;
};

export type GetClaimHistoryOptions = { claimId: string };

/** A claim's whole story, oldest first: every history event as a readable line, with the thread's comments in between. */
export async function getClaimHistory(options: GetClaimHistoryOptions, client: Db = db()): Promise<HistoryEntry[]> {
  const claim = await client.claim.findUnique({ where: { id: options.claimId }, select: { note: true } });
  if (!claim) throw notFound("That claim");
  const [events, comments] = await Promise.all([
    client.claimEvent.findMany({
      where: { claimId: options.claimId },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { id: true, kind: true, before: true, after: true, at: true, actorId: true, actor: { select: { id: true, name: true } } },
    }),
    client.claimComment.findMany({
      where: { claimId: options.claimId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, body: true, createdAt: true, author: { select: { id: true, name: true } } },
    }),
  ]);
  const current = JSON.stringify(claim.note ?? null);
  // Notes the claim has held, to tell a restore ("put back an earlier note") from an ordinary edit.
  const heldNotes = new Set<string>();
  const entries: (HistoryEntry & { time: number })[] = [];
  for (const event of events) {
    // A comment shows as itself below; its COMMENTED event would only say the same thing twice.
    if (event.kind === "COMMENTED") continue;
    let restored = false;
    let restorable: boolean | undefined;
    if (event.kind === "NOTE_CHANGED") {
      const before = JSON.stringify(event.before ?? null);
      const after = JSON.stringify(event.after ?? null);
      restored = after !== before && after !== "null" && heldNotes.has(after);
      heldNotes.add(before);
      heldNotes.add(after);
      restorable = event.after !== null && after !== current;
    }
    const { line, diff } = describeEvent({ kind: event.kind, actorId: event.actorId, actorName: event.actor.name, before: event.before, after: event.after }, { withDiff: true, restored });
    entries.push({ id: event.id, kind: event.kind, at: event.at.toISOString(), time: event.at.getTime(), actor: event.actor, line, diff, restorable });
  }
  for (const comment of comments) {
    const who = comment.author.name ?? "A teammate";
    entries.push({ id: comment.id, kind: "COMMENT", at: comment.createdAt.toISOString(), time: comment.createdAt.getTime(), actor: comment.author, line: `${who} commented`, body: comment.body });
  }
  // A stable sort keeps each list's own order where times are equal.
  return entries.sort((a, b) => a.time - b.time).map(({ time: _time, ...entry }) => entry);
}
