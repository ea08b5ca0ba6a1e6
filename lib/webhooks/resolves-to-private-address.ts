import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { isPrivateAddress } from "@/lib/import/private-address";

/**
 * Whether a webhook host name resolves to a private or local address right now. A name that was public when the
 * webhook was saved can be pointed at an internal address later, so this runs before each delivery. It narrows the
 * gap rather than closing it: fetch resolves the name again itself, and global fetch offers no way to pin the answer.
 */
export async function resolvesToPrivateAddress(url: URL): Promise<boolean> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) return isPrivateAddress(url);
  let addresses: { address: string; family: number }[];
  try {
    addresses = await lookup(host, { all: true });
  } catch {
    // Unresolvable: fetch fails on it with its own, clearer error.
    return false;
  }
  return addresses.some(({ address, family }) => isPrivateAddress(new URL(family === 6 ? `http://[${address}]/` : `http://${address}/`)));
}
