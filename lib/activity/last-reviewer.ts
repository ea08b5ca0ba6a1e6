import type { DbOrTx } from "@/lib/db/client";
import type { Person } from "./team-member";

/** Who last set the claim's status (its latest STATUS_CHANGED event), or null if nobody ever did. */
export async function findLastReviewer(client: DbOrTx, claimId: string): Promise<Person | null> {
  const event = await client.claimEvent.findFirst({
    where: { claimId, kind: "STATUS_CHANGED" },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { actor: { select: { id: true, name: true } } },
  });
  return event?.actor ?? null;
}
