import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * The address people reach Factdesk at, for links that leave the browser (invitation e-mails, copied links).
 * NEXTAUTH_URL wins when set; otherwise the request's own host, which is right behind a proxy that forwards it.
 */
export async function appOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto.split(",")[0].trim()}://${host.split(",")[0].trim()}`;
}
