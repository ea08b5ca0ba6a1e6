/**
 * Turns whatever the engine throws into one readable line (for terminals and test output):
 * - engine errors end with a Rust span trace ("   0: schema_engine_wasm::…", "at schema-engine/…rs:242"): dropped;
 * - errors raised by our JS adapter code come back as "External error id#N", the original waiting in the adapter
 *   factory's error registry: substituted;
 * - schema validation errors carry a source excerpt ("5 |  id Int @id"): reduced to the message and its location;
 * - a Rust panic surfaces as `RuntimeError: unreachable`: replaced by the panic message the hook recorded.
 */
import type { ErrorRegistry } from "@prisma/driver-adapter-utils";
import { lastSchemaEnginePanic } from "./load-schema-engine";

export function schemaEngineErrorMessage(error: unknown, registry: ErrorRegistry): string {
  if (error instanceof Error && error.name === "RuntimeError") {
    return `The schema engine crashed: ${oneLine(lastSchemaEnginePanic() || error.message)}`;
  }
  const message = (error instanceof Error ? error.message : String(error)).replace(/External error id#(\d+)/g, (text, id: string) => {
    const record = registry.consumeError(Number(id));
    return record ? (record.error instanceof Error ? record.error.message : String(record.error)) : text;
  });
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? `${code}: ${oneLine(message)}` : oneLine(message);
}

function oneLine(message: string): string {
  const kept: string[] = [];
  for (const line of message.split("\n")) {
    if (/^\s*\d+: \S+::/.test(line)) break; // start of the span trace
    if (/^\s*(\d+\s*)?\|/.test(line)) continue; // source excerpt of a schema error
    if (line.trim()) kept.push(line.trim());
  }
  return kept.join(" ");
}
