import { db, type Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { commentViewSelect, toCommentView, type CommentView } from "./comment-view";

export type ListCommentsOptions = { claimId: string };

/** A claim's thread, oldest first, with the names of the members each comment mentions. */
export async function listComments(options: ListCommentsOptions, client: Db = db()): Promise<CommentView[]> {
  const claim = await client.claim.findUnique({ where: { id: options.claimId }, select: { id: true } });
  if (!claim) throw notFound("That claim");
  const rows = await client.claimComment.findMany({
    where: { claimId: options.claimId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: commentViewSelect,
  });
  const ids = [...new Set(rows.flatMap((row) => row.mentionIds))];
  const people = ids.length ? await client.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  return rows.map((row) => toCommentView(row, new Map(people.map((p) => [p.id, p]))));
}
