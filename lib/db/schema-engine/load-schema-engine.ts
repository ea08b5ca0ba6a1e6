/**
 * Loads Prisma's schema engine (the Wasm build in `@prisma/schema-engine-wasm`) in plain Node, once per process.
 *
 * The package targets bundlers: its entry does `import * as wasm from "./schema_engine_bg.wasm"`, which Node cannot
 * run. So we compile `schema_engine_bg.wasm` ourselves and give it the JS glue (`schema_engine_bg.js`) as its
 * imports, then hand the instance's exports back to the glue — the same wiring a bundler would generate.
 *
 * The glue is an ES module, which Jest (our test runner, in CommonJS mode) cannot load from node_modules: it
 * intercepts every `require`, even one made with `module.createRequire`. Code loaded outside Jest would live in
 * another JS realm than the test code, where the glue's `instanceof Promise`/`Map` checks fail. The glue is plain
 * wasm-bindgen output made only of top-level `export function`/`export class` declarations, so we evaluate it as
 * a function body in the current realm with the `export` keywords dropped (in tsx and Jest alike). Every Wasm
 * import is checked to exist, so a future glue of another shape fails here, loudly, not deep inside the engine.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { SchemaEngineGlue } from "./types";

declare global {
  // Read by the glue's panic hook (`global.PRISMA_WASM_PANIC_REGISTRY.set_message`): without it, a Rust panic
  // surfaces as an unrelated "cannot read properties of undefined" TypeError.
  var PRISMA_WASM_PANIC_REGISTRY: { set_message(message: string): void } | undefined;
}

let lastPanic = "";

/** The message of the last Rust panic inside the engine ("" when none), to explain a bare `RuntimeError: unreachable`. */
export function lastSchemaEnginePanic(): string {
  return lastPanic;
}

let loading: Promise<SchemaEngineGlue> | undefined;

export function loadSchemaEngine(): Promise<SchemaEngineGlue> {
  if (!loading) {
    loading = instantiate();
    loading.catch(() => (loading = undefined)); // let a later call retry instead of caching the failure
  }
  return loading;
}

/**
 * Forgets the loaded instance, after a Rust panic (no engine method is safe to call after one): the next
 * `loadSchemaEngine()` evaluates the glue again, so it gets fresh module state and a fresh Wasm instance.
 */
export function discardSchemaEngine(): void {
  loading = undefined;
}

async function instantiate(): Promise<SchemaEngineGlue> {
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (message) => (lastPanic = message) };

  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = evaluateGlue(gluePath);
  const wasmModule = await WebAssembly.compile(readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm")));

  const imports: WebAssembly.Imports = {};
  for (const wanted of WebAssembly.Module.imports(wasmModule)) {
    const value = glue[wanted.name];
    if (typeof value !== "function") {
      throw new Error(`The schema engine glue lacks the Wasm import ${wanted.module}.${wanted.name}; is the package version supported?`);
    }
    (imports[wanted.module] ??= {})[wanted.name] = value as (...args: unknown[]) => unknown;
  }
  const instance = await WebAssembly.instantiate(wasmModule, imports);

  if (!isGlue(glue)) throw new Error("The schema engine glue does not export SchemaEngine, version and __wbg_set_wasm.");
  glue.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start === "function") start(); // initialises wasm-bindgen's externref table
  return glue;
}

/** Runs the ES-module glue as a function body in this realm and returns its exports by name. */
function evaluateGlue(gluePath: string): Record<string, unknown> {
  const names: string[] = [];
  const body = readFileSync(gluePath, "utf8").replace(
    /^export (function|class) ([\w$]+)/gm,
    (_declaration, kind: string, name: string) => {
      names.push(name);
      return `${kind} ${name}`;
    },
  );
  if (/^\s*(import|export)\b/m.test(body)) {
    throw new Error(`Unsupported module syntax in ${gluePath}: only "export function" and "export class" are handled.`);
  }
  const evaluate = new Function(`"use strict";\n${body}\nreturn { ${names.join(", ")} };\n//# sourceURL=${gluePath}`);
  return evaluate() as Record<string, unknown>;
}

function isGlue(glue: Record<string, unknown>): glue is Record<string, unknown> & SchemaEngineGlue {
  return (
    typeof glue.SchemaEngine === "function" &&
    typeof glue.version === "function" &&
    typeof glue.__wbg_set_wasm === "function"
  );
}
