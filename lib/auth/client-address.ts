/**
 * The address a request came from, for the sign-in brake: the first hop of X-Forwarded-For, else X-Real-IP. Next.js
 * fills X-Forwarded-For with the socket's address when no proxy set it. A client talking to Next.js directly can
 * write that header itself, so behind no proxy the per-address limit is advisory; the per-account limit is not.
 * Deploy behind a proxy that overwrites X-Forwarded-For to make it binding.
 */
type HeaderSource = Headers | Record<string, unknown> | null | undefined;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  if (typeof value === "string") return value;
  if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  return undefined;
}

/** "203.0.113.7", or an IPv6 /64 prefix like "2001:db8:0:1::/64"; null when there is no usable address. */
export function clientAddress(headers: HeaderSource): string | null {
  const forwarded = header(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  return normalizeAddress(forwarded || header(headers, "x-real-ip")?.trim());
}

/**
 * One spelling per address. IPv6 hosts usually own a whole /64, so an address there counts as its /64: otherwise one
 * machine could try from 2^64 addresses.
 */
export function normalizeAddress(raw: string | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(value);
  if (ipv4WithPort) value = ipv4WithPort[1];
  if (value.startsWith("::ffff:") && /^\d{1,3}(\.\d{1,3}){3}$/.test(value.slice(7))) value = value.slice(7);
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(value)) {
    return value.split(".").every((part) => Number(part) <= 255) ? value.split(".").map(Number).join(".") : null;
  }
  return ipv6Prefix(value.split("%")[0]);
}

function ipv6Prefix(value: string): string | null {
  if (!/^[0-9a-f:]+$/.test(value) || value.length > 39 || !value.includes(":")) return null;
  const halves = value.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(Math.max(missing, 0)).fill("0"), ...tail];
  if (groups.some((group) => group.length === 0 || group.length > 4)) return null;
  const prefix = groups.slice(0, 4).map((group) => parseInt(group, 16).toString(16));
  return `${prefix.join(":")}::/64`;
}
