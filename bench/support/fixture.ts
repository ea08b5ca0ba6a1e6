/**
 * What the app benchmarks share: the running app, one bench team, and articles seeded on demand (each benchmark
 * that writes gets articles of its own, so the order benchmarks run in never changes what another one measures).
 */
import { createPrismaClient, type Db } from "@/lib/db/client";
import { benchApp, type BenchApp } from "./app";
import { seedArticle, seedTeam, type BenchArticle, type BenchTeam } from "./seed";

export type BenchFixture = BenchApp & {
  team: BenchTeam;
  client: Db;
  /** A new ~20,000-word article with `claims` claims; the same seed gives the same article and spans. */
  article(options: { title: string; claims: number; seed: number }): Promise<BenchArticle>;
};

let fixture: Promise<BenchFixture> | null = null;

export function benchFixture(): Promise<BenchFixture> {
  fixture ??= (async () => {
    const app = await benchApp();
    const client = createPrismaClient(app.databaseUrl);
    const team = await seedTeam(client);
    return {
      ...app,
      team,
      client,
      article: (options) => seedArticle(client, team, options),
    };
  })();
  return fixture;
}

/** Closes the fixture's own database connections (the app and database are stopped by stopBenchApp). */
export async function closeBenchFixture(): Promise<void> {
  const current = fixture;
  fixture = null;
  if (current) await (await current).client.$disconnect();
}
