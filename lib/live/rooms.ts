/**
 * The viewers of each article on this instance: one hub subscription and one presence map per watched article,
 * shared by all of its open streams, and dropped when the last of them closes.
 */
import { randomUUID } from "node:crypto";
import { db, type Db } from "@/lib/db/client";
import type { LiveClaimEvent, LiveEvent, LiveVersionEvent, PresenceUser } from "./events";
import { liveHub, type LiveHub } from "./hub";
import { createPresenceStore, type PresenceEntry, type PresenceStore } from "./presence";
import { publishArticleEvent } from "./publish";

export type Viewer = { connectionId: string; user: PresenceUser };
export type RoomHandlers = {
  onClaim(event: LiveClaimEvent): void;
  onVersion(event: LiveVersionEvent): void;
  onPresence(entries: PresenceEntry[]): void;
  onGap(since: number): void;
};
export type Membership = { ready: Promise<void>; leave(): void };

export type LiveRooms = {
  join(articleId: string, viewer: Viewer, handlers: RoomHandlers): Membership;
  /** Expires stale presence now rather than on the next timer tick (tests, and the timer itself). */
  sweep(): void;
};

type Member = Viewer & RoomHandlers;
type Room = { store: PresenceStore; members: Set<Member>; unsubscribe: () => void; timer: NodeJS.Timeout };

export type LiveRoomsOptions = { hub: LiveHub; client?: Db; ttlMs?: number; sweepEveryMs?: number; now?: () => number };

export function createLiveRooms(options: LiveRoomsOptions): LiveRooms {
  const { hub } = options;
  const client = () => options.client ?? db();
  const self = randomUUID();
  const rooms = new Map<string, Room>();
  const publish = (event: LiveEvent) =>
    publishArticleEvent(client(), event).catch((error: unknown) => console.warn("[factdesk] live: publish failed", error));

  const broadcast = (room: Room) => {
    const entries = room.store.list();
    for (const member of room.members) member.onPresence(entries);
  };

  // Re-announce the viewers this instance hosts, so an instance that just started watching learns of them.
  const reannounce = (articleId: string, room: Room) => {
    for (const member of room.members) {
      const entry = room.store.get(member.user.id, member.connectionId);
      if (entry) void publish({ kind: "presence", articleId, ...entry, state: "here" });
    }
  };

  function handle(articleId: string, room: Room, event: LiveEvent) {
    if (event.kind === "claim") for (const member of room.members) member.onClaim(event);
    else if (event.kind === "version") for (const member of room.members) member.onVersion(event);
    else if (event.kind === "presence") {
      if (room.store.apply(event)) broadcast(room);
    } else if (event.from !== self) reannounce(articleId, room);
  }

  function open(articleId: string): Room {
    const store = createPresenceStore({ ttlMs: options.ttlMs, now: options.now });
    const room: Room = { store, members: new Set(), unsubscribe: () => {}, timer: setInterval(() => sweepRoom(room), options.sweepEveryMs ?? 5_000) };
    room.timer.unref?.();
    const askPeers = () => void publish({ kind: "presence-sync", articleId, from: self });
    room.unsubscribe = hub.subscribe(articleId, {
      onEvent: (event) => handle(articleId, room, event),
      onGap: (since) => {
        askPeers();
        for (const member of room.members) member.onGap(since);
      },
    });
    void hub.ready().then(() => rooms.get(articleId) === room && askPeers());
    rooms.set(articleId, room);
    return room;
  }

  function sweepRoom(room: Room) {
    if (room.store.sweep()) broadcast(room);
  }

  return {
    join(articleId, viewer, handlers) {
      const room = rooms.get(articleId) ?? open(articleId);
      const member: Member = { ...viewer, ...handlers };
      room.members.add(member);
      member.onPresence(room.store.list());
      let left = false;
      return {
        ready: hub.ready(),
        leave() {
          if (left) return;
          left = true;
          room.members.delete(member);
          void publish({ kind: "presence", articleId, connectionId: viewer.connectionId, user: viewer.user, openClaimId: null, state: "left", at: Date.now() });
          if (room.members.size === 0 && rooms.get(articleId) === room) {
            room.unsubscribe();
            clearInterval(room.timer);
            rooms.delete(articleId);
          }
        },
      };
    },
    sweep() {
      for (const room of rooms.values()) sweepRoom(room);
    },
  };
}

const globalForLive = globalThis as unknown as { factdeskLiveRooms?: LiveRooms };

/** The process's rooms, on globalThis beside the hub so that dev hot reloads keep presence. */
export function liveRooms(): LiveRooms {
  globalForLive.factdeskLiveRooms ??= createLiveRooms({ hub: liveHub() });
  return globalForLive.factdeskLiveRooms;
}
