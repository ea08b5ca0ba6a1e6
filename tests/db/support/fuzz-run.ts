/**
 * Fuzzes one endpoint as the team's OWNER, one generator family after another on one matrix world: every call is
 * judged (never threw, a known code and a clean message, below 500) and, when refused, the database fingerprint
 * taken just before and after it must be the same.
 */
import fc from "fast-check";
import type { Db } from "@/lib/db/client";
import { fingerprintChanges, type Fingerprint, type FingerprintReader } from "./fuzz-fingerprint";
import { caseOf, requestArbitrary, requestArgs, requestMutations, requestSpans, requestUnicode, type RequestCase } from "./fuzz-requests";
import { brokenSpans, makeEdgeWorld, spanParents, spansOf } from "./fuzz-spans";
import type { Tally } from "./fuzz-tally";
import type { Target } from "./fuzz-targets";
import { describe, judgeResponse, judgeResult, judgeThrow, type Verdict } from "./fuzz-verdict";
import { arbitraryInput, mutationsOf, unicodeOf } from "./fuzz-values";
import { callAs } from "./matrix-persona";
import { makeWorld, type Cell, type World } from "./matrix-world";

export const FAMILIES = ["mutate", "unicode", "arbitrary", "spans"] as const;
export type Family = (typeof FAMILIES)[number];

export type FuzzContext = {
  db: Db;
  fingerprint: FingerprintReader;
  tally: Tally;
  /** What the boundary logged during the current call (the cause behind an INTERNAL). */
  logged: string[];
  /** Optional fields the matrix's valid input leaves out, by endpoint, added so that they are fuzzed too. */
  extras: Record<string, Record<string, unknown>>;
  /** Milliseconds spent building worlds, in calls, and reading fingerprints, to see where the time goes. */
  ms: { worlds: number; calls: number; fingerprints: number };
};

async function timed<T>(ms: FuzzContext["ms"], key: keyof FuzzContext["ms"], work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    ms[key] += performance.now() - started;
  }
}

const CALL_TIMEOUT_MS = 30_000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CALL_TIMEOUT_MS / 1000} s`)), CALL_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** For an endpoint the matrix has no builder for: the route's address with the world's ids in its [params]. */
function fallbackCase(target: Target, cell: Cell): RequestCase {
  const ids: Record<string, string> = { articleId: cell.articleId, claimId: cell.claimId, teamId: cell.teamId };
  const route = target.file.replace(/^app/, "").replace(/\/route\.ts$/, "");
  const params: Record<string, string> = {};
  const url = route.replace(/\[(\w+)\]/g, (_, name: string) => (params[name] = ids[name] ?? "unknown"));
  return { method: target.name, url: `http://localhost:3000${url}`, headers: { "content-type": "application/json", origin: "http://localhost:3000" }, body: target.name === "GET" ? undefined : "{}", params };
}

function merged(base: unknown, extra: Record<string, unknown>): unknown {
  if (typeof base !== "object" || base === null || Array.isArray(base)) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(extra)) {
    const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
    out[key] = isObject && key in out ? merged(out[key], value as Record<string, unknown>) : value;
  }
  return out;
}

async function validOf(target: Target, cell: Cell, extra: Record<string, unknown> = {}): Promise<unknown> {
  if (target.kind === "action") return merged(target.build ? await target.build(cell) : {}, extra);
  const c = target.build ? await caseOf(await target.build(cell)) : fallbackCase(target, cell);
  return typeof c.body === "string" && Object.keys(extra).length > 0 ? { ...c, body: JSON.stringify(merged(JSON.parse(c.body), extra)) } : c;
}

function generator(target: Target, family: Family, valid: unknown, text: string): fc.Arbitrary<unknown> | null {
  if (target.kind === "action") {
    if (family === "mutate") return mutationsOf(valid, false);
    if (family === "unicode") return unicodeOf(valid);
    if (family === "arbitrary") return arbitraryInput(false);
    return spansOf(valid, text);
  }
  const c = valid as RequestCase;
  if (family === "mutate") return requestMutations(c);
  if (family === "unicode") return requestUnicode(c);
  if (family === "arbitrary") return requestArbitrary(c);
  return requestSpans(c, text);
}

/** Whether the valid input holds a span (start/end), which is what the spans family varies. */
export function hasSpan(target: Target, valid: unknown): boolean {
  if (target.kind === "action") return spanParents(valid).length > 0;
  const body = (valid as RequestCase).body;
  return typeof body === "string" && spanParents(JSON.parse(body)).length > 0;
}

async function call(target: Target, cell: Cell, input: unknown): Promise<Verdict> {
  const owner = cell.members.OWNER;
  try {
    if (target.kind === "action") return judgeResult(await withTimeout(callAs(owner, () => target.call(input))));
    const controller = new AbortController();
    try {
      const response = await withTimeout(callAs(owner, () => target.call(...requestArgs(input as RequestCase, controller.signal))));
      return await judgeResponse(response);
    } finally {
      controller.abort(); // ends a live event stream that was let through
    }
  } catch (error) {
    return judgeThrow(error);
  }
}

function describeInput(target: Target, input: unknown): string {
  if (target.kind === "action") return describe(input);
  const c = input as RequestCase;
  const body = c.body instanceof Uint8Array ? `bytes ${Buffer.from(c.body).toString("hex").slice(0, 60)}` : describe(c.body);
  return `${c.method} ${describe(c.url)} params ${describe(c.params)} content-type ${describe(c.headers["content-type"])} body ${body}`;
}

type Setup = { world: World; text: string; cell: Cell; valid: unknown };

/** A fresh matrix world (or, for spans, its emoji-edged variant) with the caller and the valid input built on it. */
async function setUp(target: Target, ctx: FuzzContext, signal: AbortSignal, edged: boolean): Promise<Setup> {
  return timed(ctx.ms, "worlds", async () => {
    let world = await makeWorld(ctx.db);
    let text = "";
    if (edged) ({ world, text } = await makeEdgeWorld(ctx.db, world));
    const cell: Cell = { ...world, persona: "OWNER", caller: world.members.OWNER, signal };
    return { world, text, cell, valid: await validOf(target, cell, ctx.extras[`${target.file} ${target.name}`]) };
  });
}

/**
 * Fuzzes one endpoint: one world for the mutation, Unicode and arbitrary families (the matrix's builders are not
 * idempotent: a valid input can be built once per world), and an emoji-edged world for spans if the input has one.
 */
export async function fuzzEndpoint(target: Target, families: Family[], numRuns: number, ctx: FuzzContext): Promise<void> {
  const controller = new AbortController();
  try {
    const plain = await setUp(target, ctx, controller.signal, false);
    for (const family of families.filter((f) => f !== "spans")) await fuzzFamily(target, family, numRuns, ctx, plain);
    if (families.includes("spans") && hasSpan(target, plain.valid)) await fuzzFamily(target, "spans", numRuns, ctx, await setUp(target, ctx, controller.signal, true));
  } finally {
    controller.abort();
  }
}

async function fuzzFamily(target: Target, family: Family, numRuns: number, ctx: FuzzContext, { world, text, cell, valid }: Setup): Promise<void> {
  const endpoint = `${target.file} ${target.name}`;
  const arbitrary = generator(target, family, valid, text);
  if (!arbitrary) return;
  const seenBroken = new Set<string>();
  // Nothing writes between one call's "after" and the next call's "before": the first is reused as the second.
  let last: Fingerprint | null = null;
  await fc.assert(
    fc.asyncProperty(arbitrary, async (input) => {
      const before = last ?? (await timed(ctx.ms, "fingerprints", ctx.fingerprint));
      ctx.logged.length = 0;
      const verdict = await timed(ctx.ms, "calls", () => call(target, cell, input));
      const after = (last = await timed(ctx.ms, "fingerprints", ctx.fingerprint));
      const problems = [...verdict.problems];
      const changes = verdict.outcome === "accepted" ? [] : fingerprintChanges(before, after);
      if (changes.length > 0) problems.push(`wrote on refusal (${verdict.outcome}): ${changes.join("; ")}`);
      if ("polluted" in Object.prototype) {
        problems.push("Object.prototype was polluted");
        delete (Object.prototype as Record<string, unknown>).polluted;
      }
      if (family === "spans" && verdict.outcome === "accepted") {
        const broken = (await brokenSpans(ctx.db, world.articleId)).filter((line) => !seenBroken.has(line));
        broken.forEach((line) => seenBroken.add(line));
        problems.push(...broken.map((line) => `accepted a span that splits a character: ${line}`));
      }
      ctx.tally.record(endpoint, family, verdict.outcome, problems, () => describeInput(target, input), ctx.logged[0]);
      return true;
    }),
    { numRuns },
  );
}
