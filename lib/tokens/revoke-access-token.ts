import { db, type Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

/** Revokes one of the user's own tokens; anyone else's token id answers "not found". Revoking twice is harmless. */
export async function revokeAccessToken(options: { userId: string; tokenId: string; now?: Date }, client: Db = db()): Promise<{ id: string }> {
  const { count } = await client.accessToken.updateMany({
    where: { id: options.tokenId, userId: options.userId },
    data: { revokedAt: options.now ?? new Date() },
  });
  if (count === 0) throw notFound("That token");
  return { id: options.tokenId };
}
