import { randomBytes } from "node:crypto";

let counter = randomBytes(2).readUInt16BE(0);

/**
 * A row id for rows written by hand-written SQL, shaped like the cuid ids Prisma makes (25 characters, starting
 * with "c", then the time in base 36): ids made either way sort by creation time alike, so `orderBy id` ties keep
 * their order whichever code wrote the row.
 */
export function newId(): string {
  counter = (counter + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(8, "0");
  const count = counter.toString(36).padStart(4, "0");
  const random = BigInt(`0x${randomBytes(8).toString("hex")}`).toString(36).padStart(13, "0").slice(-12);
  return `c${time}${count}${random}`;
}
