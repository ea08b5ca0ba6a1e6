/**
 * The sign-in brake against a real database: 10 failures per account and per address in 15 minutes, refused before
 * the password is hashed, cleared by a success, forgotten after the window.
 */
// Count the password hashes: a locked attempt must be refused before any (the wrapper still runs the real argon2).
jest.mock("@/lib/auth/password", () => {
  const actual = jest.requireActual("@/lib/auth/password");
  return { ...actual, verifyPassword: jest.fn(actual.verifyPassword) };
});

import { verifyPassword } from "@/lib/auth/password";
import { ACCOUNT_LOCKED_MESSAGE, ADDRESS_LOCKED_MESSAGE } from "@/lib/auth/sign-in-messages";
import { deleteExpiredSignInFailures } from "@/lib/auth/sign-in-limit";
import { SIGN_IN_MAX_FAILURES, SIGN_IN_WINDOW_MS } from "@/lib/auth/sign-in-window";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { makeUser } from "@/lib/demo/factories";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

const hashes = verifyPassword as jest.MockedFunction<typeof verifyPassword>;
const PASSWORD = "the right password, long";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

// `hashed` is unknown (null) for attempts run in parallel: the shared counter cannot tell whose hash it was.
type Tried = { attempt: string; email: string; address: string; password: "right" | "wrong"; outcome: string; hashed: boolean | null };
const tried: Tried[] = [];
afterAll(() => {
  const lines = tried.map((row) => `${row.attempt.padEnd(34)} ${row.email.padEnd(40)} ${row.address.padEnd(14)} ${row.password.padEnd(5)} ${row.hashed === null ? "   ?   " : row.hashed ? "hashed " : "no hash"} → ${row.outcome}`);
  console.log(`Sign-in attempts tried (${tried.length})\n${lines.join("\n")}`);
});

let counter = 0;
const uniqueEmail = (label: string) => `${label}-${++counter}-${Date.now()}@example.test`;

/** One attempt through the real sign-in path; answers "signed in", "wrong password", or the refusal's message. */
async function attempt(label: string, email: string, address: string, password: "right" | "wrong", parallel = false): Promise<string> {
  const before = hashes.mock.calls.length;
  let outcome: string;
  try {
    const user = await signInWithPassword({ email, password: password === "right" ? PASSWORD : "not the password at all", address }, { client: t.db });
    outcome = user ? "signed in" : "wrong password";
  } catch (error) {
    outcome = error instanceof Error ? error.message : String(error);
  }
  tried.push({ attempt: label, email, address, password, outcome, hashed: parallel ? null : hashes.mock.calls.length > before });
  return outcome;
}

const rows = (key: string) => t.db.signInFailure.count({ where: { key } });

describe("sign-in brake", () => {
  it("locks an account after 10 failures from any addresses; the 11th is refused before hashing, even with the right password", async () => {
    const user = await makeUser(t.db, { email: uniqueEmail("account"), password: PASSWORD });
    for (let i = 1; i <= SIGN_IN_MAX_FAILURES; i++) {
      expect(await attempt(`account lock: failure ${i}`, user.email, `198.51.100.${i}`, "wrong")).toBe("wrong password");
    }
    const hashesBefore = hashes.mock.calls.length;
    expect(await attempt("account lock: 11th, right password", user.email, "198.51.100.99", "right")).toBe(ACCOUNT_LOCKED_MESSAGE);
    expect(hashes.mock.calls.length).toBe(hashesBefore);
    // The address in the e-mail is matched as typed, in any case.
    expect(await attempt("account lock: upper-case e-mail", user.email.toUpperCase(), "198.51.100.98", "right")).toBe(ACCOUNT_LOCKED_MESSAGE);
    // Refusals are not failures: hammering a locked account does not keep it locked longer.
    expect(await rows(`email:${user.email}`)).toBe(SIGN_IN_MAX_FAILURES);
  });

  it("locks an address after 10 failures against any accounts, without locking those accounts elsewhere", async () => {
    const user = await makeUser(t.db, { email: uniqueEmail("victim"), password: PASSWORD });
    for (let i = 1; i <= SIGN_IN_MAX_FAILURES; i++) {
      expect(await attempt(`address lock: failure ${i}`, uniqueEmail("guess"), "203.0.113.66", "wrong")).toBe("wrong password");
    }
    const hashesBefore = hashes.mock.calls.length;
    expect(await attempt("address lock: 11th, right password", user.email, "203.0.113.66", "right")).toBe(ADDRESS_LOCKED_MESSAGE);
    expect(hashes.mock.calls.length).toBe(hashesBefore);
    expect(await attempt("address lock: same user, other address", user.email, "203.0.113.67", "right")).toBe("signed in");
  });

  it("forgets failures older than 15 minutes, and deletes them on the key's next failure", async () => {
    const user = await makeUser(t.db, { email: uniqueEmail("window"), password: PASSWORD });
    const key = `email:${user.email}`;
    const old = new Date(Date.now() - SIGN_IN_WINDOW_MS - 60_000);
    await t.db.signInFailure.createMany({ data: Array.from({ length: SIGN_IN_MAX_FAILURES }, () => ({ key, at: old })) });
    expect(await attempt("window: 10 failures 16 min ago, wrong", user.email, "192.0.2.10", "wrong")).toBe("wrong password");
    expect(await t.db.signInFailure.count({ where: { key, at: { lt: new Date(Date.now() - SIGN_IN_WINDOW_MS) } } })).toBe(0);
    expect(await rows(key)).toBe(1);
    expect(await attempt("window: then the right password", user.email, "192.0.2.10", "right")).toBe("signed in");
  });

  it("clears the account's failures on success, but not the address's", async () => {
    const user = await makeUser(t.db, { email: uniqueEmail("success"), password: PASSWORD });
    for (let i = 1; i <= 5; i++) await attempt(`success: failure ${i}`, user.email, "192.0.2.20", "wrong");
    expect(await rows(`email:${user.email}`)).toBe(5);
    expect(await attempt("success: right password", user.email, "192.0.2.20", "right")).toBe("signed in");
    expect(await rows(`email:${user.email}`)).toBe(0);
    expect(await rows("ip:192.0.2.20")).toBe(5);
  });

  it("lets at most the remaining allowance reach the password check when attempts race", async () => {
    const user = await makeUser(t.db, { email: uniqueEmail("race"), password: PASSWORD });
    const key = `email:${user.email}`;
    await t.db.signInFailure.createMany({ data: Array.from({ length: SIGN_IN_MAX_FAILURES - 2 }, () => ({ key })) });
    const before = hashes.mock.calls.length;
    const outcomes = await Promise.all(Array.from({ length: 8 }, (_, i) => attempt(`race: parallel ${i + 1}`, user.email, `192.0.2.${30 + i}`, "wrong", true)));
    // Racing attempts may refuse each other (never the reverse): at most 2 get through, every other one is refused.
    const passed = outcomes.filter((outcome) => outcome === "wrong password").length;
    expect(passed).toBeLessThanOrEqual(2);
    expect(outcomes.filter((outcome) => outcome === ACCOUNT_LOCKED_MESSAGE)).toHaveLength(8 - passed);
    expect(hashes.mock.calls.length - before).toBe(passed);
    expect(await rows(key)).toBe(SIGN_IN_MAX_FAILURES - 2 + passed);
    // What is left of the allowance is still there afterwards, and no more.
    for (let i = passed; i < 2; i++) expect(await attempt(`race: afterwards ${i + 1}`, user.email, "192.0.2.40", "wrong")).toBe("wrong password");
    expect(await attempt("race: then the right password", user.email, "192.0.2.41", "right")).toBe(ACCOUNT_LOCKED_MESSAGE);
  });

  it("sweeps every key's expired rows", async () => {
    const old = new Date(Date.now() - SIGN_IN_WINDOW_MS - 1);
    await t.db.signInFailure.createMany({ data: [{ key: "ip:192.0.2.200", at: old }, { key: "email:gone@example.test", at: old }, { key: "ip:192.0.2.201" }] });
    expect(await deleteExpiredSignInFailures({ client: t.db })).toBeGreaterThanOrEqual(2);
    expect(await t.db.signInFailure.count({ where: { at: { lte: old } } })).toBe(0);
    expect(await rows("ip:192.0.2.201")).toBe(1);
  });
});
