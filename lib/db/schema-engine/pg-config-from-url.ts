/**
 * Splits a `postgresql://user:password@host:port/database` URL into pg's separate connection fields.
 * The engine's adapter factory connects to a shadow database by replacing `database`; with a `connectionString`
 * pg would keep the URL's database and the override would be silently ignored.
 */
export type PgConnectionFields = {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
};

export function pgConfigFromUrl(databaseUrl: string): PgConnectionFields {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new Error("The database URL is not a valid URL (expected postgresql://user:password@host:port/database).");
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new Error(`The database URL must start with postgresql://, not ${url.protocol}//.`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (!database) throw new Error("The database URL names no database (postgresql://…/<database>).");
  return {
    // A `host` parameter (a Unix socket's folder, as the embedded server's URL has) wins, as it does in pg and libpq.
    host: url.searchParams.get("host") || decodeURIComponent(url.hostname.replace(/^\[(.*)\]$/, "$1")) || "localhost",
    port: url.port ? Number.parseInt(url.port, 10) : 5432,
    user: decodeURIComponent(url.username) || "postgres",
    password: decodeURIComponent(url.password),
    database,
  };
}
