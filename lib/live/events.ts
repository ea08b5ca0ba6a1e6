/**
 * What travels on the `factdesk_live` NOTIFY channel. Every instance validates what it receives: the channel is
 * shared by all app instances on the database, so a malformed or foreign payload is dropped, never trusted.
 */
import { z } from "zod";

export const LIVE_CHANNEL = "factdesk_live";
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
export const NOTIFY_LIMIT_BYTES = 8000;

const id = z.string().min(1).max(64);
/** A browser tab's stream id: random, URL-safe, and short enough to keep payloads small. */
export const connectionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: "The connection id is not valid." });

export const claimChangeSchema = z.enum(["created", "updated", "deleted", "restored"]);

export const liveClaimEventSchema = z.object({
  kind: z.literal("claim"),
  articleId: id,
  claimId: id,
  revision: z.number().int().min(0),
  actorId: id,
  change: claimChangeSchema,
  /** Publisher's clock (ms); browsers keep the latest as the cursor they resume from after a drop. */
  at: z.number().int().min(0),
});

export const presenceUserSchema = z.object({ id, name: z.string().max(200).nullable() });

// Names come from sign-up (≤ 100 characters) or an identity provider (unbounded); a live event needs only a label.
const MAX_LIVE_NAME = 100;

/** A user as live events carry them, the name cut to a label's length so an event never fails the schema. */
export function liveUser(user: { id: string; name: string | null }): z.infer<typeof presenceUserSchema> {
  return { id: user.id, name: user.name?.slice(0, MAX_LIVE_NAME) ?? null };
}

/** A newer version of the article was stored: an open page still shows the old text, and its claims have moved. */
export const liveVersionEventSchema = z.object({
  kind: z.literal("version"),
  articleId: id,
  versionId: id,
  number: z.number().int().min(1),
  /** Who stored it; null when the stream reports the current version on (re)connecting, not a fresh import. */
  actor: presenceUserSchema.nullable(),
  at: z.number().int().min(0),
});

export const livePresenceEventSchema = z.object({
  kind: z.literal("presence"),
  articleId: id,
  connectionId: connectionIdSchema,
  user: presenceUserSchema,
  openClaimId: id.nullable(),
  /** "here" is a tab announcing itself (or a heartbeat); "left" is its stream closing. */
  state: z.enum(["here", "left"]),
  at: z.number().int().min(0),
});

/** An instance that starts watching an article asks the others to re-announce the viewers they host. */
export const livePresenceSyncSchema = z.object({
  kind: z.literal("presence-sync"),
  articleId: id,
  from: id,
});

export const liveEventSchema = z.discriminatedUnion("kind", [liveClaimEventSchema, liveVersionEventSchema, livePresenceEventSchema, livePresenceSyncSchema]);

export type LiveEvent = z.infer<typeof liveEventSchema>;
export type LiveClaimEvent = z.infer<typeof liveClaimEventSchema>;
export type LiveVersionEvent = z.infer<typeof liveVersionEventSchema>;
export type LivePresenceEvent = z.infer<typeof livePresenceEventSchema>;
export type ClaimChange = z.infer<typeof claimChangeSchema>;
export type PresenceUser = z.infer<typeof presenceUserSchema>;

/** Parses a NOTIFY payload; anything that is not a valid event answers null. */
export function parseLiveEvent(payload: string): LiveEvent | null {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = liveEventSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
