/**
 * The names receivers see. They are part of the public contract (receivers switch on them), so they are spelled once
 * here and never derived from the enum's spelling, which is free to change with the schema.
 */
import type { WebhookEvent } from "@/lib/db/generated/enums";

export const WEBHOOK_EVENT_NAMES = {
  CLAIM_CREATED: "claim.created",
  CLAIM_STATUS_CHANGED: "claim.status_changed",
  ARTICLE_VERSIONED: "article.versioned",
  REVIEW_COMPLETED: "review.completed",
} as const satisfies Record<WebhookEvent, string>;

export type WebhookEventName = (typeof WEBHOOK_EVENT_NAMES)[WebhookEvent];

/** What each event means, in the words the settings page uses. */
export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, string> = {
  CLAIM_CREATED: "A claim is created",
  CLAIM_STATUS_CHANGED: "A claim's verdict changes",
  ARTICLE_VERSIONED: "A new version of an article is stored",
  REVIEW_COMPLETED: "Every claim of an article has a verdict",
};
