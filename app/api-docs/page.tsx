import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { openApiDocument } from "@/lib/api/v1/openapi";
import { EndpointSection, type Operation } from "@/components/api-docs/endpoint-section";

export const metadata: Metadata = { title: "API reference" };
export const dynamic = "force-dynamic";

const ERRORS: [number, string, string][] = [
  [400, "INVALID_INPUT", "Something in the request is wrong; `field` names it and `message` says what to send instead."],
  [401, "UNAUTHENTICATED", "No token, or it is unknown, revoked or expired."],
  [403, "FORBIDDEN", "A read-only token tried to write, or your role does not allow it."],
  [404, "NOT_FOUND", "It does not exist, or it belongs to another team."],
  [409, "CONFLICT", "The claim changed since the revision you sent; `details.current` is the claim now."],
  [413, "TOO_LARGE", "The body is larger than the endpoint accepts."],
  [429, "RATE_LIMITED", "Too many requests with this token; wait `Retry-After` seconds."],
];

/** The API reference, readable by people; the same content as /api/v1/openapi.json. */
export default async function ApiDocsPage() {
  const host = (await headers()).get("host") ?? "localhost:3000";
  const origin = `${host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https"}://${host}`;
  const doc = openApiDocument(origin);
  const byTag = new Map<string, { method: string; path: string; operation: Operation }[]>();
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(methods) as [string, Operation & { tags: string[] }][]) {
      const tag = operation.tags[0];
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method, path, operation }]);
    }
  }
  return (
    <main className="page api-docs">
      <div className="page-head">
        <h1>Factdesk API</h1>
      </div>
      <p>
        Connect your CMS, dashboards and scripts. Every endpoint follows the same rules as the app: the same checks, the same roles, the same history.
        Machine-readable: <a href="/api/v1/openapi.json">OpenAPI 3.1 document</a>.
      </p>
      <nav aria-label="API sections" className="card">
        <ul>
          <li><a href="#auth">Signing requests</a></li>
          <li><a href="#errors">Errors, pages and limits</a></li>
          {[...byTag.keys()].map((tag) => (
            <li key={tag}><a href={`#tag-${tag}`}>{tag}</a></li>
          ))}
        </ul>
      </nav>
      <section className="card" aria-labelledby="auth">
        <h2 id="auth">Signing requests</h2>
        <p>
          Create a token under <Link href="/account/tokens">Account → Access tokens</Link>. A token works for one team, is read-only or read-and-write, and
          never does more than your role allows. Send it in every request:
        </p>
        <pre className="api-curl">{`curl ${origin}/api/v1/articles \\\n  -H "Authorization: Bearer $FACTDESK_TOKEN"`}</pre>
      </section>
      <section className="card" aria-labelledby="errors">
        <h2 id="errors">Errors, pages and limits</h2>
        <p>Errors are JSON: <code>{`{ "code": "NOT_FOUND", "message": "…" }`}</code>. Codes are stable; messages are written for people.</p>
        <div className="table-scroll">
          <table className="version-table">
            <caption className="visually-hidden">Error codes</caption>
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">Code</th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {ERRORS.map(([status, code, meaning]) => (
                <tr key={code}>
                  <td>{status}</td>
                  <td><code>{code}</code></td>
                  <td>{meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          Lists answer <code>{`{ "data": [...], "nextCursor": "…" }`}</code>: pass <code>cursor</code> to get the next page, up to <code>limit=100</code> items
          each. Each token may make 600 requests a minute; <code>X-RateLimit-Remaining</code> says how many are left. Text positions (<code>start</code>,{" "}
          <code>end</code>) count UTF-16 code units, as JavaScript string indices do; the W3C export counts code points.
        </p>
      </section>
      {[...byTag.entries()].map(([tag, endpoints]) => (
        <section key={tag} aria-labelledby={`tag-${tag}`} className="api-tag">
          <h2 id={`tag-${tag}`}>{tag}</h2>
          {endpoints.map((e) => (
            <EndpointSection key={`${e.method} ${e.path}`} {...e} origin={origin} />
          ))}
        </section>
      ))}
    </main>
  );
}
