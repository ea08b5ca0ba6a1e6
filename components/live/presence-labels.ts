import type { PresenceEntry } from "@/lib/live/presence";

export type PeerGroup = { userId: string; name: string; initials: string; label: string; hue: number };

/** Names a claim for people, e.g. "claim 3"; null when the page does not know it (yet). */
export type DescribeClaim = (claimId: string) => string | null;

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => Array.from(word)[0]?.toUpperCase() ?? "");
  return letters.join("") || "?";
}

// A steady colour per person, so the same teammate looks the same on every page and in every tab.
function hueOf(userId: string): number {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 360;
}

/** One entry per person (several tabs of one person collapse), each with the claims they have open. */
export function groupPeers(peers: PresenceEntry[], describeClaim: DescribeClaim = () => null): PeerGroup[] {
  const byUser = new Map<string, { name: string; claims: Set<string> }>();
  for (const peer of peers) {
    const group = byUser.get(peer.user.id) ?? { name: peer.user.name?.trim() || "A teammate", claims: new Set<string>() };
    if (peer.openClaimId) group.claims.add(describeClaim(peer.openClaimId) ?? "a claim");
    byUser.set(peer.user.id, group);
  }
  return [...byUser].map(([userId, { name, claims }]) => ({
    userId,
    name,
    initials: initials(name),
    hue: hueOf(userId),
    label: claims.size > 0 ? `${name} — on ${[...claims].join(", ")}` : `${name} — reading the article`,
  }));
}
