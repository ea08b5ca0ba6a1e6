import type { DeliveryState, WebhookEvent } from "@/lib/db/generated/enums";

/** A webhook as the settings page hands it to the browser: dates as ISO strings, never the secret. */
export type WebhookRow = {
  id: string;
  url: string;
  events: WebhookEvent[];
  active: boolean;
  createdAt: string;
  createdBy: string;
  deliveries: Record<DeliveryState, number>;
  lastDelivery: { state: DeliveryState; createdAt: string; lastStatusCode: number | null } | null;
};

export type DeliveryRow = {
  id: string;
  event: WebhookEvent;
  state: DeliveryState;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
  nextAttemptAt: string;
  test: boolean;
};
