/**
 * What every fuzzed call must answer: an action returns `{ ok: true }` or `{ ok: false, code, message }` with a known
 * code (never INTERNAL) and a message for people; a route answers below 500, with `{ code, message }` JSON on refusal.
 */
import { ERROR_STATUS } from "@/lib/errors/app-error";

/** "accepted", or the code the call was refused with. */
export type Verdict = { outcome: string; problems: string[] };

const CODES = new Set(Object.keys(ERROR_STATUS));
// The query, the ORM, the driver's words, a stack frame: none of it may reach the user.
const LEAK = /prisma|invocation|\bSELECT\b[\s\S]*\bFROM\b|\bINSERT INTO\b|\bUPDATE\s+"|violates .*constraint|invalid byte sequence|\bat \S+ \(\S+:\d+:\d+\)|\n\s+at \S/i;

function messageProblems(code: unknown, message: unknown): string[] {
  const problems: string[] = [];
  if (code === "INTERNAL") problems.push(`INTERNAL: ${String(message)}`);
  else if (typeof code !== "string" || !CODES.has(code)) problems.push(`unknown code ${JSON.stringify(code)}`);
  if (typeof message !== "string" || message.trim() === "") problems.push(`no message (${JSON.stringify(message)})`);
  else if (LEAK.test(message)) problems.push(`message shows internals: ${message.slice(0, 300)}`);
  return problems;
}

export function judgeResult(result: unknown): Verdict {
  if (typeof result !== "object" || result === null || typeof (result as { ok?: unknown }).ok !== "boolean") {
    return { outcome: "MALFORMED", problems: [`answered ${describe(result)}, not { ok }`] };
  }
  const answer = result as { ok: boolean; code?: unknown; message?: unknown };
  if (answer.ok) return { outcome: "accepted", problems: [] };
  return { outcome: String(answer.code), problems: messageProblems(answer.code, answer.message) };
}

export function judgeThrow(error: unknown): Verdict {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { outcome: "THREW", problems: [`threw ${text.split("\n")[0].slice(0, 300)}`] };
}

/** Reads the whole answer (a stream that fails half-way is a failure too); a live event stream is only opened. */
export async function judgeResponse(response: Response): Promise<Verdict> {
  if (response.status < 400) {
    try {
      if (response.headers.get("content-type")?.startsWith("text/event-stream")) await response.body?.cancel();
      else await response.arrayBuffer();
    } catch (error) {
      return { outcome: `HTTP ${response.status}`, problems: [`the ${response.status} body failed while streaming: ${String(error).slice(0, 200)}`] };
    }
    return response.status < 300 ? { outcome: "accepted", problems: [] } : { outcome: `HTTP ${response.status}`, problems: [`unexpected status ${response.status}`] };
  }
  const text = await response.text();
  let body: { code?: unknown; message?: unknown } | null = null;
  try {
    body = JSON.parse(text) as { code?: unknown; message?: unknown };
  } catch {
    return { outcome: `HTTP ${response.status}`, problems: [`HTTP ${response.status} with a body that is not JSON: ${text.slice(0, 120)}`] };
  }
  const problems = messageProblems(body?.code, body?.message);
  // A 500 is one finding, whatever else is wrong with its body.
  if (response.status >= 500) return { outcome: `HTTP ${response.status}`, problems: [`HTTP ${response.status} ${String(body?.code)}: ${String(body?.message)}`] };
  return { outcome: typeof body?.code === "string" ? body.code : `HTTP ${response.status}`, problems };
}

const SHOWN = 160;

/**
 * An input as a short, readable line for a report: long strings abbreviated with their length, anything outside
 * printable ASCII as a \u escape (so that NUL, direction marks and half surrogates can be seen and retyped).
 */
export function describe(value: unknown): string {
  const seen = new WeakSet<object>();
  let depth = 0;
  const walk = (node: unknown): string => {
    if (typeof node === "string") {
      const shown = node.length > SHOWN ? `${node.slice(0, 40)}…(${node.length} chars)…${node.slice(-10)}` : node;
      return `"${escape(shown)}"`;
    }
    if (typeof node === "bigint") return `${node}n`;
    if (node === undefined) return "undefined";
    if (typeof node === "number") return Object.is(node, -0) ? "-0" : String(node);
    if (typeof node !== "object" || node === null) return String(node);
    if (seen.has(node)) return "[cycle]";
    if (depth > 6) return Array.isArray(node) ? "[…deeper]" : "{…deeper}";
    seen.add(node);
    depth++;
    try {
      if (node instanceof Date) return `Date(${Number.isNaN(node.getTime()) ? "Invalid" : node.toISOString()})`;
      if (node instanceof Map) return `Map(${[...node].map(([k, v]) => `${walk(k)}=>${walk(v)}`).join(", ")})`;
      if (node instanceof Set) return `Set(${[...node].map(walk).join(", ")})`;
      if (ArrayBuffer.isView(node)) return `${node.constructor.name}(${node.byteLength})`;
      if (Array.isArray(node)) return `[${node.slice(0, 8).map(walk).join(", ")}${node.length > 8 ? `, …${node.length} items` : ""}]`;
      const keys = Object.keys(node);
      const entries = keys.slice(0, 10).map((key) => `${escape(key)}: ${walk((node as Record<string, unknown>)[key])}`);
      return `{${entries.join(", ")}${keys.length > 10 ? ", …" : ""}}`;
    } finally {
      depth--;
    }
  };
  return walk(value);
}

function escape(text: string): string {
  return text.replace(/[^\x20-\x7E]|["\\]/g, (char) => (char === '"' || char === "\\" ? `\\${char}` : `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`));
}
