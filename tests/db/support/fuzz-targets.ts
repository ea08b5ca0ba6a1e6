/**
 * Every endpoint the fuzzer calls, each with the authorization matrix's builder of a valid input (actions) or a
 * valid request (routes). Endpoints found on disk that the matrix has no builder for yet are still fuzzed, with
 * arbitrary input only, and listed as such.
 */
import path from "node:path";
import type { ActionResult } from "@/lib/actions/result";
import { discoverEndpoints } from "./matrix-discovery";
import type { Cell } from "./matrix-world";

export type ActionTarget = { kind: "action"; file: string; name: string; call: (input: unknown) => Promise<ActionResult<unknown>>; build?: (cell: Cell) => Promise<unknown> };
export type RouteTarget = { kind: "route"; file: string; name: string; call: (...args: unknown[]) => Promise<Response>; build?: (cell: Cell) => Promise<unknown[]> };
export type Target = ActionTarget | RouteTarget;

const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
type Builders = Record<string, ((cell: Cell) => Promise<unknown>) | undefined>;

/** One target per export of a "use server" module; `inputs` is the matrix's map of input builders for it. */
export function actionTargets(file: string, module: object, inputs: object): Target[] {
  const builders = inputs as Builders;
  return Object.entries(module).map(([name, call]) => ({
    kind: "action" as const,
    file,
    name,
    call: call as ActionTarget["call"],
    build: builders[name],
  }));
}

/** One target per HTTP method a route module exports; `args` is the matrix's map of request builders for it. */
export function routeTargets(file: string, module: object, args: object): Target[] {
  const builders = args as Record<string, ((cell: Cell) => Promise<unknown[]>) | undefined>;
  return Object.entries(module)
    .filter(([name]) => HTTP_METHODS.has(name))
    .map(([name, call]) => ({ kind: "route" as const, file, name, call: call as RouteTarget["call"], build: builders[name] }));
}

const ROOT = path.resolve(__dirname, "../../..");

/** Targets for the endpoints on disk that `known` lacks: loaded by path, with no builder (arbitrary input only). */
export async function undiscovered(known: Target[]): Promise<Target[]> {
  const have = new Set(known.map((target) => `${target.file} ${target.name}`));
  const missing = (await discoverEndpoints()).filter((endpoint) => !have.has(`${endpoint.file} ${endpoint.name}`));
  const targets: Target[] = [];
  for (const { file, name } of missing) {
    const loaded = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    const isRoute = file.startsWith("app/api/");
    targets.push(isRoute ? { kind: "route", file, name, call: loaded[name] as RouteTarget["call"] } : { kind: "action", file, name, call: loaded[name] as ActionTarget["call"] });
  }
  return targets;
}
