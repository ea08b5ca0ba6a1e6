/**
 * Workaround: `@prisma/adapter-pg` 7.10 rejects result columns of Postgres's one-byte `"char"` type (OID 18) with
 * "Unsupported column type", yet the engine's schema describer reads such columns from pg_catalog (`contype`,
 * `relkind`, `confdeltype`, ...) and expects them typed as `Character` (typing them as text makes it panic with
 * "as char failed"). The adapter has no type it maps to `Character`, so the fix takes two steps:
 *  1. `decodeCharColumnsAsText(pool)`: in each pg result, relabel `"char"` fields as `text` (so the adapter accepts
 *     them; pg has already decoded the values as one-character strings) and remember their positions, keyed by
 *     the result's `rows` array, which the adapter hands through unchanged;
 *  2. `restoreCharColumnTypes(adapter)`: after the adapter's `queryRaw`, set those columns back to `Character`.
 * Only pools and adapters made for the schema engine are patched; the application's database access is untouched.
 * If an adapter upgrade ever copies `rows`, the engine fails with "as char failed" again: look here first.
 */
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlQuery,
  type SqlQueryable,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import type { Pool, PoolClient } from "pg";

const CHAR_OID = 18;
const TEXT_OID = 25;

/** `rows` array of a pg result → indexes of its `"char"` columns. */
const charColumnsByRows = new WeakMap<object, number[]>();

type Callback = (error: unknown, result: unknown) => void;
type AnyQuery = (...args: unknown[]) => unknown;

export function decodeCharColumnsAsText(pool: Pool): Pool {
  // Patch every client the pool connects: the adapter queries through `pool.query` and through checked-out clients.
  pool.on("connect", (client: PoolClient) => {
    const query = client.query.bind(client) as AnyQuery;
    const patched: AnyQuery = (...args) => {
      const last = args.length - 1;
      const callback = args[last];
      if (typeof callback === "function") {
        // Callback style: what pg-pool itself uses to run `pool.query`.
        args[last] = ((error, result) => (callback as Callback)(error, relabel(result))) satisfies Callback;
        return query(...args);
      }
      const returned = query(...args);
      return isThenable(returned) ? returned.then(relabel) : returned;
    };
    Object.assign(client, { query: patched });
  });
  return pool;
}

export function restoreCharColumnTypes(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const startTransaction = adapter.startTransaction.bind(adapter);
  patchQueryRaw(adapter);
  return Object.assign(adapter, {
    startTransaction: async (...args: Parameters<SqlDriverAdapter["startTransaction"]>) =>
      patchQueryRaw(await startTransaction(...args)),
  });
}

function patchQueryRaw<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  return Object.assign(queryable, {
    queryRaw: async (query: SqlQuery): Promise<SqlResultSet> => {
      const resultSet = await queryRaw(query);
      for (const index of charColumnsByRows.get(resultSet.rows) ?? []) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
      return resultSet;
    },
  });
}

/** Relabels the `"char"` fields of a result (or of each result of a multi-statement query). */
function relabel(result: unknown): unknown {
  for (const one of Array.isArray(result) ? result : [result]) {
    if (typeof one !== "object" || one === null) continue;
    const { fields, rows } = one as { fields?: unknown; rows?: unknown };
    if (!Array.isArray(fields) || !Array.isArray(rows)) continue;
    const indexes: number[] = [];
    (fields as { dataTypeID?: number }[]).forEach((field, index) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      indexes.push(index);
    });
    if (indexes.length > 0) charColumnsByRows.set(rows, indexes);
  }
  return result;
}

function isThenable(value: unknown): value is Promise<unknown> {
  return typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";
}
