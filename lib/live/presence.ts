/**
 * Who is viewing one article, as this instance has heard it from presence notifications. Pure and in memory:
 * every instance builds the same map from the same notifications, so nothing about presence is stored.
 */
import type { LivePresenceEvent, PresenceUser } from "./events";

export const PRESENCE_TTL_MS = 45_000;

export type PresenceEntry = { connectionId: string; user: PresenceUser; openClaimId: string | null; at: number };

export type PresenceStore = {
  /** Applies a "here" or "left" event; true when the visible list changed (heartbeats alone do not). */
  apply(event: LivePresenceEvent): boolean;
  /** Drops entries not refreshed within the time to live; true when any went. */
  sweep(): boolean;
  list(): PresenceEntry[];
  /** The entry of one tab, if this instance knows it (used to re-announce the viewers it hosts). */
  get(userId: string, connectionId: string): PresenceEntry | undefined;
};

// Keyed by user and connection: a client choosing someone else's connection id only ever creates its own entry.
const keyOf = (userId: string, connectionId: string) => `${userId}\u0000${connectionId}`;

export function createPresenceStore(options: { ttlMs?: number; now?: () => number } = {}): PresenceStore {
  const ttlMs = options.ttlMs ?? PRESENCE_TTL_MS;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { entry: PresenceEntry; seenAt: number }>();
  // A connection id is used for one stream only, so once it has left, a late heartbeat must not bring it back.
  const gone = new Map<string, number>();

  return {
    apply(event) {
      const key = keyOf(event.user.id, event.connectionId);
      if (event.state === "left") {
        gone.set(key, now());
        return entries.delete(key);
      }
      if (gone.has(key)) return false;
      const previous = entries.get(key)?.entry;
      const entry: PresenceEntry = { connectionId: event.connectionId, user: event.user, openClaimId: event.openClaimId, at: event.at };
      // Expiry runs on this instance's clock, never the publisher's, so clock skew between instances cannot matter.
      entries.set(key, { entry, seenAt: now() });
      return !previous || previous.openClaimId !== entry.openClaimId || previous.user.name !== entry.user.name;
    },
    sweep() {
      const cutoff = now() - ttlMs;
      let changed = false;
      for (const [key, { seenAt }] of entries) {
        if (seenAt < cutoff) changed = entries.delete(key) || changed;
      }
      for (const [key, leftAt] of gone) if (leftAt < cutoff) gone.delete(key);
      return changed;
    },
    list() {
      return [...entries.values()]
        .map(({ entry }) => entry)
        .sort((a, b) => (a.user.name ?? "").localeCompare(b.user.name ?? "") || a.connectionId.localeCompare(b.connectionId));
    },
    get(userId, connectionId) {
      return entries.get(keyOf(userId, connectionId))?.entry;
    },
  };
}
