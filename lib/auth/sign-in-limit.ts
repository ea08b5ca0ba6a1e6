/**
 * The brake on password guessing: at most SIGN_IN_MAX_FAILURES failed checks per account ("email:<address>") and per
 * client address ("ip:<address>") in the last SIGN_IN_WINDOW_MINUTES, counted in the SignInFailure table so that every
 * server instance shares the count.
 *
 * An attempt first writes its row, then counts: each row is committed before any count that follows it, so when many
 * attempts race only those that found at most the limit go on to the (slow) password check, however many run at once.
 * A refused attempt takes its row back, so hammering a locked account does not keep it locked; a successful one takes
 * its rows back and clears the account's failures (never the address's: a success on one's own account must not wipe
 * the failures the same address made against others).
 */
import { db, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { ACCOUNT_LOCKED_MESSAGE, ADDRESS_LOCKED_MESSAGE } from "./sign-in-messages";
import { SIGN_IN_MAX_FAILURES, SIGN_IN_WINDOW_MS } from "./sign-in-window";

export type SignInKeys = { account: string | null; address: string | null };

export type SignInLimitOptions = { client?: Db; now?: Date };

/** The keys an attempt counts against: the e-mail as typed (trimmed, lower case) and the client address. */
export function signInKeys({ email, address }: { email: unknown; address: string | null }): SignInKeys {
  const normalized = typeof email === "string" ? email.trim().toLowerCase().slice(0, 254) : "";
  return { account: normalized ? `email:${normalized}` : null, address: address ? `ip:${address}` : null };
}

/**
 * Runs `check` (a password check answering a value, or null for "wrong") unless one of the keys is locked, and keeps
 * the count. A locked key throws AppError RATE_LIMITED before `check` runs, whatever the password.
 */
export async function withSignInLimit<T>(keys: SignInKeys, check: () => Promise<T | null>, options: SignInLimitOptions = {}): Promise<T | null> {
  const client = options.client ?? db();
  const now = options.now ?? new Date();
  const reserved = await reserveAttempt(keys, client, now);
  let result: T | null;
  try {
    result = await check();
  } catch (error) {
    await takeBack(reserved, client);
    throw error;
  }
  if (result !== null) {
    await takeBack(reserved, client);
    if (keys.account) await client.signInFailure.deleteMany({ where: { key: keys.account } });
  } else {
    await deleteExpiredSignInFailures({ client, now, keys: keyList(keys) });
  }
  return result;
}

/** Deletes failures older than the window: those of `keys` (an indexed delete), or of everyone when no keys are given. */
export async function deleteExpiredSignInFailures({ client = db(), now = new Date(), keys }: SignInLimitOptions & { keys?: string[] } = {}): Promise<number> {
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const deleted = await client.signInFailure.deleteMany({ where: { ...(keys ? { key: { in: keys } } : {}), at: { lte: windowStart } } });
  return deleted.count;
}

function keyList(keys: SignInKeys): string[] {
  return [keys.account, keys.address].filter((key): key is string => key !== null);
}

async function reserveAttempt(keys: SignInKeys, client: Db, now: Date): Promise<string[]> {
  const list = keyList(keys);
  if (list.length === 0) return [];
  // Now and then, sweep the rows of keys that never came back (each key's own old rows go on its next failure).
  if (Math.random() < 0.02) await deleteExpiredSignInFailures({ client, now });
  const rows = await client.signInFailure.createManyAndReturn({ data: list.map((key) => ({ key, at: now })), select: { id: true } });
  const reserved = rows.map((row) => row.id);
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const counts = await client.signInFailure.groupBy({
    by: ["key"],
    where: { key: { in: list }, at: { gt: windowStart } },
    _count: { _all: true },
  });
  // The count includes this attempt's own row: more than the limit means the limit was already reached.
  const locked = (key: string | null) => key !== null && (counts.find((row) => row.key === key)?._count._all ?? 0) > SIGN_IN_MAX_FAILURES;
  if (locked(keys.account) || locked(keys.address)) {
    await takeBack(reserved, client);
    throw new AppError("RATE_LIMITED", locked(keys.account) ? ACCOUNT_LOCKED_MESSAGE : ADDRESS_LOCKED_MESSAGE);
  }
  return reserved;
}

async function takeBack(ids: string[], client: Db): Promise<void> {
  if (ids.length > 0) await client.signInFailure.deleteMany({ where: { id: { in: ids } } });
}
