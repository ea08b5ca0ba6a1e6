"use client";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { countUnreadNotificationsAction, listNotificationsAction } from "@/app/(app)/articles/[articleId]/collab-actions";
import { NotificationList } from "./notification-list";
import { useNotifications } from "./use-notifications";
import "./collab.css";

export type NotificationBellProps = {
  /** Change it (e.g. to Date.now()) to re-count at once, for instance after a live update. */
  refreshSignal?: number;
  /** How often to re-count while the tab is visible. */
  pollMs?: number;
};

/** The header's bell: the unread count as a badge, and a dropdown of the latest notifications. */
export function NotificationBell({ refreshSignal = 0, pollMs = 30_000 }: NotificationBellProps) {
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [counted, setCounted] = useState<number | null>(null);
  const [listed, setListed] = useState(false);
  // Bumped when the panel closes, to re-count at once.
  const [recountNonce, setRecountNonce] = useState(0);
  const { notifications, setNotifications, busy, markRead, markAllRead, unread } = useNotifications();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // The list, once loaded, knows best; the polled count stands for it otherwise.
  const count = open && listed ? unread : (counted ?? 0);

  useEffect(() => {
    let live = true;
    const recount = () => {
      if (document.visibilityState === "hidden") return;
      countUnreadNotificationsAction({}).then(
        (result) => live && result.ok && setCounted(result.data),
        () => undefined,
      );
    };
    recount();
    const timer = setInterval(recount, pollMs);
    document.addEventListener("visibilitychange", recount);
    return () => {
      live = false;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", recount);
    };
  }, [pollMs, refreshSignal, recountNonce]);

  useEffect(() => {
    if (!open) return;
    let live = true;
    listNotificationsAction({ limit: 10 }).then(
      (result) => {
        if (!live || !result.ok) return;
        setNotifications(result.data);
        setListed(true);
      },
      () => undefined,
    );
    function onPointerDown(event: PointerEvent) {
      if (root.current?.contains(event.target as Node)) return;
      setOpen(false);
      setListed(false);
      setRecountNonce((n) => n + 1);
    }
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      live = false;
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [open, setNotifications]);

  function closePanel(returnFocus: boolean) {
    if (listed) setCounted(unread);
    setOpen(false);
    setListed(false);
    setRecountNonce((n) => n + 1);
    if (returnFocus) button.current?.focus();
  }

  const label = count === 0 ? "Notifications, none unread" : `Notifications, ${count} unread`;
  return (
    <div
      className="collab-bell"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          event.stopPropagation();
          closePanel(true);
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="button button--ghost button--small collab-bell__button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => (open ? closePanel(true) : setOpen(true))}
      >
        <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {count > 0 && (
          <span className="collab-badge" aria-hidden="true">
            {count > 99 ? "99+" : count}
          </span>
        )}
      </button>
      {open && (
        <div id={panelId} className="collab-bell__panel" role="region" aria-label="Latest notifications">
          <div className="collab-row collab-row--between collab-bell__head">
            <strong>Notifications</strong>
            <button type="button" className="button button--ghost button--small" disabled={busy || unread === 0} onClick={() => void markAllRead()}>
              Mark all read
            </button>
          </div>
          <NotificationList
            notifications={notifications}
            busy={busy}
            onMarkRead={(id) => void markRead(id)}
            onOpen={(n) => {
              if (!n.readAt) void markRead(n.id);
              closePanel(false);
            }}
          />
          <p className="collab-bell__foot small">
            <Link href="/notifications" onClick={() => closePanel(false)}>
              All notifications
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}
