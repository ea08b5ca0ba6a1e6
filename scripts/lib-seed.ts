/** First-start demo data: a demo team, a demo account (owner) and a demo article. Does nothing when it exists. */
import { createPrismaClient } from "@/lib/db/client";
import { DEMO_ACCOUNT, DEMO_TEAM_NAME } from "@/lib/demo/demo-content";
import { seedDemoNewsroom } from "@/lib/demo/seed-demo-newsroom";

export async function seedDemo(databaseUrl: string): Promise<boolean> {
  const client = createPrismaClient(databaseUrl);
  try {
    const existing = await client.user.findUnique({ where: { email: DEMO_ACCOUNT.email }, select: { id: true } });
    if (existing) return false;
    await seedDemoNewsroom(client, { account: DEMO_ACCOUNT, teamName: DEMO_TEAM_NAME });
    return true;
  } finally {
    await client.$disconnect();
  }
}
