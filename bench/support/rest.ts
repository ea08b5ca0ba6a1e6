/**
 * Calling the REST API (/api/v1) as an integration does: a bearer access token per client, JSON in and out. Tokens
 * are issued with createAccessToken, the function behind Account → Access tokens, straight against the bench database.
 */
import { createAccessToken } from "@/lib/tokens/create-access-token";
import type { Db } from "@/lib/db/client";
import { httpRequest } from "./http-client";
import type { BenchTeam } from "./seed";

/** `count` read-and-write tokens of the team's owner, one per load-generating client. */
export async function mintTokens(client: Db, team: BenchTeam, count: number): Promise<string[]> {
  const secrets: string[] = [];
  for (let i = 0; i < count; i++) {
    const token = await createAccessToken({ userId: team.owner.id, teamId: team.teamId, name: `bench client ${i + 1}`, scope: "READ_WRITE", expiresAt: null }, client);
    secrets.push(token.secret);
  }
  return secrets;
}

/** Sends one request and returns the JSON answer; any status but `expected` ends the run with the API's message. */
export async function restCall<T>(options: { baseUrl: string; token: string; method: "POST" | "PATCH"; path: string; body: unknown; expected: number }): Promise<T> {
  const { status, text } = await httpRequest(`${options.baseUrl}/api/v1${options.path}`, {
    method: options.method,
    headers: { Authorization: `Bearer ${options.token}`, "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(options.body),
  });
  if (status !== options.expected) throw new Error(`${options.method} /api/v1${options.path} answered ${status}: ${text.slice(0, 200)}`);
  return JSON.parse(text) as T;
}
