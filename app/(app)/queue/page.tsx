import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { formatWhen, personName } from "@/components/collab/format";
import { STATUS_META } from "@/components/review/status-meta";
import { currentUser } from "@/lib/auth/session";
import { listMyQueue } from "@/lib/queue/list-my-queue";
import "@/components/collab/collab.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My queue" };

/** The claims assigned to the signed-in member, across their teams, waiting longest first. */
export default async function QueuePage() {
  const user = await currentUser();
  if (!user) redirect("/sign-in?callbackUrl=%2Fqueue");
  const items = await listMyQueue({ userId: user.id });
  return (
    <main className="page">
      <div className="page-head">
        <h1>My queue</h1>
        {items.length > 0 && <p className="muted">{`${items.length} ${items.length === 1 ? "claim" : "claims"} to check, waiting longest first`}</p>}
      </div>
      {items.length === 0 ? (
        <p className="empty">Nothing is assigned to you. Claims a teammate gives you to check appear here.</p>
      ) : (
        <ol className="collab-queue">
          {items.map((item) => (
            <li key={item.claimId}>
              <Link className="collab-queue__quote" href={item.href}>
                “{item.excerpt}”
              </Link>
              <div className="meta">
                <span className={`status-pill status-pill--${item.status.toLowerCase()}`}>
                  <span aria-hidden="true">{STATUS_META[item.status].symbol}</span>
                  {STATUS_META[item.status].label}
                </span>
                <span>
                  in <Link href={`/articles/${item.article.id}`}>{item.article.title}</Link>
                </span>
                <span>{item.team.name}</span>
                <span>
                  assigned <time dateTime={item.assignedAt}>{formatWhen(item.assignedAt)}</time>
                  {item.assignedBy && ` by ${personName(item.assignedBy)}`}
                </span>
              </div>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
