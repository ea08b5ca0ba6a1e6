/**
 * The one Prisma client of the process. Prisma 7 talks to PostgreSQL through the `pg` driver adapter; the URL
 * comes from DATABASE_URL, which scripts/start.ts sets to the embedded server when the user gave none.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "./generated/client";
import { preparedStatementName } from "./statement-names";

export type Db = InstanceType<typeof PrismaClient>;
/** Either the client or the handle inside `$transaction`, for functions that can run in both. */
export type DbOrTx = Db | Prisma.TransactionClient;

const globalForPrisma = globalThis as unknown as { factdeskPrisma?: Db };

export function createPrismaClient(databaseUrl: string): Db {
  // The adapter sends a statement unnamed when the generator answers undefined; its type only says string.
  const statementNameGenerator = preparedStatementName as (query: { sql: string; args: unknown[] }) => string;
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: 20 }, { statementNameGenerator });
  return new PrismaClient({ adapter });
}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start Factdesk with `npm start`, which provides it.");
  return url;
}

/** Lazily created so that importing this module (e.g. during `next build`) never opens a connection. */
export function db(): Db {
  globalForPrisma.factdeskPrisma ??= createPrismaClient(databaseUrl());
  return globalForPrisma.factdeskPrisma;
}
