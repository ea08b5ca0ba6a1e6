/**
 * Rows of the authorization matrix: one per exported server action and per route handler method, each able to run
 * one cell (a fresh world, one caller) and say whether the call was let through.
 */
import type { ActionResult } from "@/lib/actions/result";
import { callAs } from "./matrix-persona";
import type { Cell } from "./matrix-world";

/** The codes that mean "authorization stopped the call"; any other outcome got past it. */
export const DENIALS = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"] as const;
export type Denial = (typeof DENIALS)[number];

/** Codes of the harness itself: the call could not be made or its answer not read, so it proves nothing. */
const HARNESS_FAILURES = ["NO_INPUT", "THREW", "NO_READY_EVENT"];

/**
 * "ok", or the error code the call answered (an AppError code, "INTERNAL", or what a route put in its JSON). Any code
 * but a denial means the call got past authorization, so it counts as "allow".
 */
export type Outcome = { verdict: "allow" | "deny" | "error"; code: string; message?: string };

export type Row = { file: string; name: string; run: (cell: Cell) => Promise<Outcome> };

type AnyResult = Promise<ActionResult<unknown>>;

/** For each export of a "use server" file, a builder of valid input; an export that is not an action cannot get one. */
export type InputsFor<M> = { [K in keyof M]: M[K] extends (input: infer I) => AnyResult ? (cell: Cell) => Promise<I> : never };

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
type HttpMethod = (typeof HTTP_METHODS)[number];

/** For each HTTP method a route module exports, a builder of the handler's arguments (request and params). */
export type RouteArgsFor<M> = {
  [K in keyof M as K extends HttpMethod ? K : never]: M[K] extends (...args: infer A) => Promise<Response> ? (cell: Cell) => Promise<A> : never;
};

export function outcome(code: string, message?: string): Outcome {
  if (HARNESS_FAILURES.includes(code)) return { verdict: "error", code, message };
  return { verdict: (DENIALS as readonly string[]).includes(code) ? "deny" : "allow", code, message };
}

/**
 * Rows for every export of an action module, found with Object.keys so that an action added later shows up here.
 * An export without an input builder still gets a row, one that fails, so the gap is reported rather than skipped.
 */
export function actionRows<M extends object>(file: string, module: M, inputs: InputsFor<M>): Row[] {
  const builders = inputs as Record<string, ((cell: Cell) => Promise<unknown>) | undefined>;
  return Object.keys(module).map((name) => ({
    file,
    name,
    run: async (cell) => {
      const build = builders[name];
      if (!build) return outcome("NO_INPUT", `No input builder for ${name}`);
      const action = (module as Record<string, (input: unknown) => AnyResult>)[name];
      const input = await build(cell);
      const result = await callAs(cell.caller, () => action(input));
      return result.ok ? outcome("ok") : outcome(result.code, result.message);
    },
  }));
}

/** Rows for every HTTP method a route module exports (its other exports, like `dynamic`, are configuration). */
export function routeRows<M extends object>(file: string, module: M, args: RouteArgsFor<M>): Row[] {
  const builders = args as Record<string, ((cell: Cell) => Promise<unknown[]>) | undefined>;
  return Object.keys(module)
    .filter((name): name is HttpMethod => (HTTP_METHODS as readonly string[]).includes(name))
    .map((name) => ({
      file,
      name,
      run: async (cell) => {
        const build = builders[name];
        if (!build) return outcome("NO_INPUT", `No request builder for ${name}`);
        const handler = (module as Record<string, (...handlerArgs: unknown[]) => Promise<Response>>)[name];
        const handlerArgs = await build(cell);
        const response = await callAs(cell.caller, () => handler(...handlerArgs));
        return responseOutcome(response);
      },
    }));
}

async function responseOutcome(response: Response): Promise<Outcome> {
  if (response.ok) {
    if (response.headers.get("Content-Type")?.startsWith("text/event-stream")) {
      return (await readUntilReady(response)) ? outcome("ok") : outcome("NO_READY_EVENT", "The live stream never said it was ready.");
    }
    await response.arrayBuffer();
    return outcome("ok");
  }
  const body = (await response.json().catch(() => null)) as { code?: unknown; message?: unknown } | null;
  const code = typeof body?.code === "string" ? body.code : `HTTP_${response.status}`;
  return outcome(code, typeof body?.message === "string" ? body.message : undefined);
}

/** Reads a live stream until its "ready" event (LISTEN is active), then cancels it; gives up after five seconds. */
async function readUntilReady(response: Response): Promise<boolean> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const giveUp = setTimeout(() => void reader.cancel(), 5_000);
  try {
    while (!text.includes("event: ready")) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    clearTimeout(giveUp);
    await reader.cancel();
  }
  return text.includes("event: ready");
}
