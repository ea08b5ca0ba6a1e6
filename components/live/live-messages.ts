/**
 * Reading the live stream's messages in the browser. They come from our own server, so these are shape checks
 * that keep a malformed message from breaking the page, not a validation of untrusted input.
 */
import type { ClaimView } from "@/lib/claims/claim-view";
import type { PresenceEntry } from "@/lib/live/presence";

/** What the hook hands to the page: the claim as it now is (deleted ones carry `deletedAt`), or that it is gone. */
export type LiveClaimChange = ClaimView | { id: string; deleted: true };

function json(data: unknown): Record<string, unknown> | null {
  if (typeof data !== "string") return null;
  try {
    const value: unknown = JSON.parse(data);
    return value && typeof value === "object" ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function readReady(data: unknown): { at: number } | null {
  const value = json(data);
  return value && typeof value.at === "number" ? { at: value.at } : null;
}

export function readClaim(data: unknown): { claimId: string; at: number } | null {
  const value = json(data);
  return value && typeof value.claimId === "string" && typeof value.at === "number" ? { claimId: value.claimId, at: value.at } : null;
}

/** A newer version of the article, as the page needs it; `by` is who stored it, null when reported on reconnecting. */
export type LiveVersionNotice = { versionId: string; number: number; by: string | null };

export function readVersion(data: unknown): LiveVersionNotice | null {
  const value = json(data);
  if (!value || typeof value.versionId !== "string" || typeof value.number !== "number") return null;
  const actor = value.actor as { name?: unknown } | null | undefined;
  const by = actor && typeof actor === "object" ? (typeof actor.name === "string" ? actor.name : "A teammate") : null;
  return { versionId: value.versionId, number: value.number, by };
}

export function readPresence(data: unknown): PresenceEntry[] | null {
  const entries = json(data)?.entries;
  if (!Array.isArray(entries)) return null;
  return entries.filter(
    (entry): entry is PresenceEntry =>
      !!entry && typeof entry.connectionId === "string" && typeof entry.user?.id === "string" && (entry.openClaimId === null || typeof entry.openClaimId === "string"),
  );
}

/** A random id for one stream; getRandomValues, unlike randomUUID, also works on plain-http intranet hosts. */
export function newConnectionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
