/** Password hashing with argon2id: deliberately slow, so a leaked table is expensive to attack. */
import { hash, verify } from "@node-rs/argon2";

// The rules a new password must follow live in ./password-rules.ts.

export function hashPassword(password: string): Promise<string> {
  return hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

// A real hash of a random string: verifying against it when no user exists takes as long as a real check,
// so response time does not reveal which e-mail addresses have accounts.
let decoy: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  decoy ??= hashPassword(`decoy-${Math.random()}`);
  const target = passwordHash ?? (await decoy);
  try {
    const ok = await verify(target, password);
    return ok && passwordHash != null;
  } catch {
    return false;
  }
}
