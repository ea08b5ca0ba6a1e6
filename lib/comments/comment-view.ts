/** A comment as the thread shows it: an explicit selection, with the mentioned members' names resolved. */
import type { Prisma } from "@/lib/db/generated/client";

export const commentViewSelect = {
  id: true,
  body: true,
  createdAt: true,
  mentionIds: true,
  author: { select: { id: true, name: true } },
} satisfies Prisma.ClaimCommentSelect;

type Row = Prisma.ClaimCommentGetPayload<{ select: typeof commentViewSelect }>;
type Person = { id: string; name: string | null };

export type CommentView = { id: string; body: string; createdAt: string; author: Person; mentions: Person[] };

export function toCommentView(row: Row, people: Map<string, Person>): CommentView {
  return {
    id: row.id,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    author: row.author,
    mentions: row.mentionIds.map((id) => people.get(id)).filter((p): p is Person => !!p),
  };
}
