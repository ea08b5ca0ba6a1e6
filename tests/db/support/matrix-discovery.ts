/**
 * Every endpoint the app exposes, found on disk rather than listed by hand: each export of a file under app/ that
 * says "use server" (every such export is a public endpoint) and each HTTP method of an app/api route handler.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type Endpoint = { file: string; name: string };

const ROOT = path.resolve(__dirname, "../../..");
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
// NextAuth's own handler parses and checks its requests itself; the API's catch-all answers "not found" to every
// request. Neither has team data behind it.
const NOT_OURS = new Set(["app/api/auth/[...nextauth]/route.ts", "app/api/v1/[...unknown]/route.ts"]);

function sourceFiles(): string[] {
  return readdirSync(path.join(ROOT, "app"), { recursive: true, encoding: "utf8" })
    .map((relative) => `app/${relative.split(path.sep).join("/")}`)
    .filter((file) => /\.tsx?$/.test(file))
    .sort();
}

export async function discoverEndpoints(): Promise<Endpoint[]> {
  const endpoints: Endpoint[] = [];
  for (const file of sourceFiles()) {
    const isRoute = file.startsWith("app/api/") && file.endsWith("/route.ts") && !NOT_OURS.has(file);
    const isActions = /["']use server["']/.test(readFileSync(path.join(ROOT, file), "utf8"));
    if (!isRoute && !isActions) continue;
    const loaded = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const name of Object.keys(loaded)) {
      if (isActions || HTTP_METHODS.has(name)) endpoints.push({ file, name });
    }
  }
  return endpoints;
}
