/**
 * The Content-Security-Policy of every page, built per request by proxy.ts. Scripts run only with the request's nonce
 * ('strict-dynamic' lets those scripts load Next.js's chunks), so an injected <script> or inline handler does nothing.
 * Next.js reads the nonce back from this header and puts it on its own scripts; pages must be rendered per request
 * (they all are: the signed-in layout and the auth pages are dynamic).
 *
 * Styles keep 'unsafe-inline': Tiptap and React set style attributes, which a nonce cannot cover. CSS cannot run code.
 */
export type PolicyOptions = {
  nonce: string;
  /** `next dev`: React's dev build evaluates code to rebuild server stacks ('unsafe-eval'). Never in production. */
  dev: boolean;
  /** Served over https: ask the browser to upgrade any stray http:// subresource. */
  https: boolean;
};

export function contentSecurityPolicy({ nonce, dev, https }: PolicyOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(https ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** 128 random bits, base64: unguessable, and fresh for every response. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
