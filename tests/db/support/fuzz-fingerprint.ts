/**
 * A cheap fingerprint of the whole database, read in one query: per table its row count, and per column the
 * aggregate that moves when a row changes (max and count of timestamps, sum of integers, count of true booleans,
 * the list of enum values). Compared before and after a refused call, it shows whether anything was written.
 */
import { Client } from "pg";

/**
 * Left out, each because it changes on refusals by design, not by accident:
 * - SignInFailure: a refused sign-in (or password check) is recorded there, so that repeated guessing is slowed.
 * - AccessToken.lastUsedAt: resolving an API token stamps its last use (at most once a minute) before the request
 *   is checked any further, so that its owner can see a token is in use even when its requests are refused.
 * - _prisma_migrations: bookkeeping of the schema, not data.
 */
const SKIPPED_TABLES = new Set(["SignInFailure", "_prisma_migrations"]);
const SKIPPED_COLUMNS = new Set(["AccessToken.lastUsedAt"]);

type Column = { table_name: string; column_name: string; data_type: string };

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function aggregates(table: string, column: Column): string[] {
  const c = quote(column.column_name);
  const name = `${table}.${column.column_name}`;
  if (SKIPPED_COLUMNS.has(name)) return [];
  if (column.data_type.startsWith("timestamp")) return [`'${name}:max', max(${c})`, `'${name}:count', count(${c})`];
  if (column.data_type === "integer" || column.data_type === "bigint") return [`'${name}:sum', sum(${c})`];
  if (column.data_type === "boolean") return [`'${name}:true', count(*) FILTER (WHERE ${c})`];
  if (column.data_type === "USER-DEFINED") return [`'${name}:values', string_agg(${c}::text, ',' ORDER BY ${c}::text)`];
  return [];
}

export type Fingerprint = { text: string; values: Record<string, unknown> };
export type FingerprintReader = () => Promise<Fingerprint>;

/**
 * Reads the schema once and returns a function that fingerprints the database in one round trip, on a connection of
 * its own with the query prepared once (it is read thousands of times), and a function that closes that connection.
 */
export async function fingerprinter(databaseUrl: string): Promise<{ read: FingerprintReader; close: () => Promise<void> }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows: columns } = await client.query<Column>(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
     WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
  );
  const tables = [...new Set(columns.map((column) => column.table_name))].filter((table) => !SKIPPED_TABLES.has(table));
  const parts = tables.map((table) => {
    const fields = [`'${table}:rows', count(*)`, ...columns.filter((column) => column.table_name === table).flatMap((column) => aggregates(table, column))];
    return `(SELECT json_build_object(${fields.join(", ")}) FROM ${quote(table)})`;
  });
  // json_build_object takes at most 100 arguments, so each table is an object of its own inside one array.
  const sql = `SELECT json_build_array(${parts.join(", ")})::text AS fingerprint`;
  const read = async () => {
    const { rows } = await client.query<{ fingerprint: string }>({ name: "fuzz-fingerprint", text: sql });
    const values = Object.assign({}, ...(JSON.parse(rows[0].fingerprint) as Record<string, unknown>[])) as Record<string, unknown>;
    return { text: rows[0].fingerprint, values };
  };
  return { read, close: () => client.end() };
}

/** The entries that differ between two fingerprints, e.g. ["ClaimComment:rows 3 → 4"]. */
export function fingerprintChanges(before: Fingerprint, after: Fingerprint): string[] {
  if (before.text === after.text) return [];
  const keys = new Set([...Object.keys(before.values), ...Object.keys(after.values)]);
  return [...keys].filter((key) => JSON.stringify(before.values[key]) !== JSON.stringify(after.values[key])).map((key) => `${key} ${JSON.stringify(before.values[key])} → ${JSON.stringify(after.values[key])}`);
}
