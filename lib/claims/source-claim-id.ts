import { db, type Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

/** The claim a source belongs to, so the caller can be authorized on that claim. */
export async function sourceClaimId(sourceId: string, client: Db = db()): Promise<string> {
  const source = await client.sourceLink.findUnique({ where: { id: sourceId }, select: { claimId: true } });
  if (!source) throw notFound("That source");
  return source.claimId;
}
