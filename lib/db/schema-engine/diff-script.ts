/**
 * Runs the engine's `diff` (the command behind `prisma migrate diff --script`) and returns the SQL that turns
 * `from` into `to`, or "" when they already match. Emptiness comes from the engine's exit code (as with
 * `--exit-code`), not from parsing its "-- This is an empty migration." placeholder.
 */
import { NO_EXTERNAL_ENTITIES, type DiffTarget } from "./types";
import { withSchemaEngine } from "./with-schema-engine";

const DIFF_NOT_EMPTY = 2;

export function diffScript(databaseUrl: string, from: DiffTarget, to: DiffTarget): Promise<string> {
  return withSchemaEngine(databaseUrl, async (engine) => {
    const result = await engine.diff({ from, to, script: true, exitCode: true, filters: NO_EXTERNAL_ENTITIES });
    return result.exitCode === DIFF_NOT_EMPTY ? (result.stdout ?? "") : "";
  });
}
