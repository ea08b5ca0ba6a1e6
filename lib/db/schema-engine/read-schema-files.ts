/**
 * The Prisma schema as the engine takes it: the Wasm engine has no file system, so the caller passes the files'
 * contents (Factdesk has a single schema file). The absolute path is kept because the engine quotes it in errors.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export type SchemaFile = { path: string; content: string };

export function readSchemaFiles(schemaPath: string): SchemaFile[] {
  const absolute = path.resolve(schemaPath);
  return [{ path: absolute, content: readFileSync(absolute, "utf8") }];
}
