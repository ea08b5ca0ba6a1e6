import { Client } from "pg";

export class DatabaseConnectionError extends Error {}

/** Where a URL points, without its password, for messages. */
export function describeUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || "5432"}${url.pathname}`;
  } catch {
    return "(an unreadable URL)";
  }
}

/** Connects once to prove the database is there and new enough; throws one readable sentence otherwise. */
export async function checkConnection(databaseUrl: string, timeoutMs = 8000): Promise<{ version: string }> {
  const where = describeUrl(databaseUrl);
  let client: Client;
  try {
    client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: timeoutMs });
  } catch {
    throw new DatabaseConnectionError(`DATABASE_URL is not a valid PostgreSQL URL (expected postgresql://user:password@host:5432/database).`);
  }
  try {
    await client.connect();
    const result = await client.query<{ version: string; num: string }>(
      "SELECT current_setting('server_version') AS version, current_setting('server_version_num') AS num",
    );
    const { version, num } = result.rows[0];
    if (Number(num) < 140000) {
      throw new DatabaseConnectionError(`The database at ${where} runs PostgreSQL ${version}; Factdesk needs PostgreSQL 14 or newer.`);
    }
    return { version };
  } catch (error) {
    if (error instanceof DatabaseConnectionError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseConnectionError(
      `Cannot connect to the database at ${where} (${reason}). Check that PostgreSQL is running there and that DATABASE_URL has the right user and password.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}
