/**
 * What a webhook may be: where it sends and what it listens to. The same checks run when a webhook is saved and
 * again just before each delivery, because the rules (the private-address switch) can change in between.
 */
import { z } from "zod";
import { WebhookEvent } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors/app-error";
import { isPrivateAddress } from "@/lib/import/private-address";

export const WEBHOOK_URL_MAX_LENGTH = 2048;

/**
 * Whether webhooks may point at this machine or a private network. Off by default: a webhook is a request the
 * server makes to an address a team owner typed, so it must not reach internal services. Tests and local setups
 * set FACTDESK_WEBHOOKS_ALLOW_PRIVATE=1. Read on every call, not cached, so a test can switch it.
 */
export function privateWebhookAddressesAllowed(): boolean {
  return process.env.FACTDESK_WEBHOOKS_ALLOW_PRIVATE === "1";
}

/** Why a webhook address is refused, in words for its owner, or null when it is fine. */
export function webhookUrlProblem(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return "Enter the full address of the receiver, starting with https://.";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "The address must start with https:// (or http://).";
  // Credentials in the address would be stored in plain text and shown on the settings page.
  if (url.username || url.password) return "Leave the user name and password out of the address. Verify deliveries with the signing secret instead.";
  if (!privateWebhookAddressesAllowed() && isPrivateAddress(url)) {
    return "Factdesk does not send webhooks to local or private network addresses. Use an address reachable from the internet.";
  }
  return null;
}

export const webhookUrlSchema = z
  .string({ error: "Enter the address that should receive the deliveries." })
  .trim()
  .min(1, { error: "Enter the address that should receive the deliveries." })
  .max(WEBHOOK_URL_MAX_LENGTH, { error: `Use an address of at most ${WEBHOOK_URL_MAX_LENGTH} characters.` })
  .superRefine((address, ctx) => {
    const problem = webhookUrlProblem(address);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const CHOOSE_EVENTS = "Choose at least one event to send.";

export const webhookEventsSchema = z
  .array(z.enum(WebhookEvent, { error: "That is not an event Factdesk can send." }), { error: CHOOSE_EVENTS })
  .min(1, { error: CHOOSE_EVENTS })
  .max(20, { error: "Too many events." })
  // Order kept as the owner chose it; duplicates would only store the same subscription twice.
  .transform((events) => [...new Set(events)]);

export const webhookIdSchema = z.string().min(1).max(64);

/** Parses one field for a lib function, throwing INVALID_INPUT with the message under that field's name. */
export function requireValid<Schema extends z.ZodType>(schema: Schema, value: unknown, field: string): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? "That value is not valid.";
  throw new AppError("INVALID_INPUT", message, { fields: { [field]: message } });
}
