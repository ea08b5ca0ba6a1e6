/**
 * The SQL that brings the live database at `databaseUrl` to the state of the Prisma schema; "" when it already
 * matches (e.g. right after applying every migration). Same as `prisma migrate diff --from-config-datasource
 * --to-schema`: with the Wasm engine the "datasource" is whatever the driver adapter connects to.
 */
import path from "node:path";
import { readSchemaFiles } from "./read-schema-files";
import { diffScript } from "./diff-script";

export function diffDatabaseToSchema(options: { databaseUrl: string; schemaPath: string }): Promise<string> {
  const files = readSchemaFiles(options.schemaPath);
  return diffScript(
    options.databaseUrl,
    { tag: "schemaDatasource", files, configDir: path.dirname(path.resolve(options.schemaPath)) },
    { tag: "schemaDatamodel", files },
  );
}
