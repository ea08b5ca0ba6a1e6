/**
 * Signing in over HTTP exactly as the sign-in form does (next-auth v4 credentials: CSRF token, then the callback),
 * so benchmarks carry a real session cookie and every request is authorized the way a browser's is.
 */
import type { BenchUser } from "./seed";

export type SessionCookie = { name: string; value: string; header: string };

function cookiesOf(response: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair.indexOf("=");
    jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  return jar;
}

export async function signIn(baseUrl: string, user: BenchUser): Promise<SessionCookie> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = [...cookiesOf(csrf)].map(([name, value]) => `${name}=${value}`).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookies },
    body: new URLSearchParams({ csrfToken, email: user.email, password: user.password, callbackUrl: `${baseUrl}/articles`, json: "true" }),
  });
  const session = [...cookiesOf(response)].find(([name]) => name.endsWith("next-auth.session-token"));
  if (!session) throw new Error(`Signing in as ${user.email} failed (HTTP ${response.status}).`);
  const [name, value] = session;
  return { name, value, header: `${name}=${value}` };
}
