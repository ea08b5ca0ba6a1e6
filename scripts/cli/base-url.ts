/** Factdesk's public address, for the links a command prints or writes into an export. */
import { z } from "zod";
import { env } from "@/lib/env";

export const baseUrlSchema = z.url({ protocol: /^https?$/, error: "Give a full web address, like https://factdesk.example.org" }).optional();

/** --base-url, else NEXTAUTH_URL, else the address `npm start` serves on; without a trailing slash. */
export function resolveBaseUrl(flag: string | undefined): string {
  const config = env();
  return (flag ?? config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, "");
}
