/**
 * Names for prepared statements, so that PostgreSQL parses and plans each of our queries once per connection instead
 * of on every call. The hot writes are large statements (a claim and its view, history and notification in one
 * CTE) that took about half a millisecond to plan each time, longer than they took to run.
 *
 * A name is kept on its connection for the connection's life, so only statements of a bounded variety get one:
 * those with few parameters (a query whose SQL grows with a list, like a many-row insert, is sent unnamed).
 */
import { createHash } from "node:crypto";

/** Beyond this many parameters, SQL text usually grows with the data (VALUES lists, long IN lists). */
export const MAX_NAMED_PARAMETERS = 32;
const MAX_NAMED_SQL_LENGTH = 16_000;

/** A name derived from the SQL text (equal text, equal name), or undefined to send the statement unnamed. */
export function preparedStatementName(query: { sql: string; args: unknown[] }): string | undefined {
  if (query.args.length > MAX_NAMED_PARAMETERS || query.sql.length > MAX_NAMED_SQL_LENGTH) return undefined;
  return `fd_${createHash("sha1").update(query.sql).digest("base64url")}`;
}
