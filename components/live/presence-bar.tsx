"use client";
/** Who else has this article open, and whether the live connection is up. */
import type { PresenceEntry } from "@/lib/live/presence";
import styles from "./presence-bar.module.css";
import { groupPeers, type DescribeClaim } from "./presence-labels";
import type { LiveStatus } from "./use-live-article";

export type PresenceBarProps = {
  status: LiveStatus;
  peers: PresenceEntry[];
  /** Names a claim for the labels, e.g. (id) => `claim ${number}`; unknown claims read "a claim". */
  describeClaim?: DescribeClaim;
  /** Avatars shown before the rest collapse into "+N". */
  max?: number;
};

const STATUS_TEXT: Record<LiveStatus, string> = { connecting: "Connecting…", live: "Live", reconnecting: "Reconnecting…" };

export function PresenceBar({ status, peers, describeClaim, max = 6 }: PresenceBarProps) {
  const groups = groupPeers(peers, describeClaim);
  const shown = groups.slice(0, max);
  const hidden = groups.slice(max);
  return (
    <div className={styles.bar}>
      <span className={styles.status} data-state={status} role="status" aria-live="polite">
        <span className={styles.dot} aria-hidden="true" />
        {STATUS_TEXT[status]}
      </span>
      {groups.length > 0 && (
        <ul className={styles.peers} aria-label="Also viewing this article">
          {shown.map((group) => (
            <li key={group.userId} title={group.label}>
              <span className={styles.avatar} style={{ background: `hsl(${group.hue} 45% 30%)` }} aria-hidden="true">
                {group.initials}
              </span>
              <span className="visually-hidden">{group.label}</span>
            </li>
          ))}
          {hidden.length > 0 && (
            <li className={styles.more} title={hidden.map((group) => group.label).join("\n")}>
              +{hidden.length}
              <span className="visually-hidden"> more: {hidden.map((group) => group.label).join("; ")}</span>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
