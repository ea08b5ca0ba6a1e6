/** Search results, grouped by kind (claims, articles, comments), with counts, highlighted matches and pages. */
import Link from "next/link";
import type { ReactNode } from "react";
import { formatWhen } from "@/components/collab/format";
import { STATUS_META } from "@/components/review/status-meta";
import { RANKED_POOL, type SearchGroup, type SearchKind, type SearchResults as Results } from "@/lib/search/search-team";
import { Highlighted } from "./highlighted";
import styles from "./search.module.css";

export type SearchResultsProps = {
  results: Results;
  kind: SearchKind;
  /** The address of this search with some parameters changed (for pages and "show all"). */
  hrefWith: (changes: { kind?: SearchKind; page?: number }) => string;
};

const LABELS = { claims: ["claim", "claims"], articles: ["article", "articles"], comments: ["comment", "comments"] } as const;
const count = (n: number, kind: keyof typeof LABELS) => `${n.toLocaleString("en")} ${LABELS[kind][n === 1 ? 0 : 1]}`;

export function SearchResults({ results, kind, hrefWith }: SearchResultsProps) {
  const found = (results.claims?.total ?? 0) + (results.articles?.total ?? 0) + (results.comments?.total ?? 0);
  if (found === 0) return <NoResults results={results} />;
  const shown = (["claims", "articles", "comments"] as const).filter((k) => (results[k]?.total ?? 0) > 0);
  return (
    <div className={styles.results}>
      <p className="muted" role="status">
        {kind === "all"
          ? `Found ${shown.map((k) => count(results[k]!.total, k)).join(", ")} for “${results.query}”.`
          : `${count(results[kind as keyof typeof LABELS]?.total ?? 0, kind as keyof typeof LABELS)} for “${results.query}”.`}{" "}
        {kind !== "all" && <Link href={hrefWith({ kind: "all", page: 1 })}>All results</Link>}
      </p>
      {results.articlesNeedClaimFilters && <p className="notice small">Articles are not listed while you filter by status or reviewer: those filters apply to claims.</p>}
      {results.claims && results.claims.total > 0 && (
        <Group title="Claims" kind="claims" group={results.claims} results={results} single={kind !== "all"} hrefWith={hrefWith}>
          {results.claims.items.map((hit) => (
            <li key={hit.claimId}>
              <Link className={styles.quote} href={hit.href}>
                “<Highlighted text={hit.quote} />”
              </Link>
              {hit.note && (
                <p className={styles.snippet}>
                  <span className="muted">Note: </span>
                  <Highlighted text={hit.note} />
                </p>
              )}
              <div className="meta">
                <span className={`status-pill status-pill--${hit.status.toLowerCase()}`}>
                  <span aria-hidden="true">{STATUS_META[hit.status].symbol}</span>
                  {STATUS_META[hit.status].label}
                </span>
                <span>in {hit.articleTitle}</span>
                {hit.assigneeName && <span>assigned to {hit.assigneeName}</span>}
                <span>
                  changed <time dateTime={hit.updatedAt}>{formatWhen(hit.updatedAt)}</time>
                  {hit.updatedByName && ` by ${hit.updatedByName}`}
                </span>
              </div>
            </li>
          ))}
        </Group>
      )}
      {results.articles && results.articles.total > 0 && (
        <Group title="Articles" kind="articles" group={results.articles} results={results} single={kind !== "all"} hrefWith={hrefWith}>
          {results.articles.items.map((hit) => (
            <li key={hit.articleId}>
              <Link className={styles.title} href={hit.href}>
                <Highlighted text={hit.title} />
              </Link>
              <p className={styles.snippet}>
                <Highlighted text={hit.excerpt} />
              </p>
              <div className="meta">
                <span>version {hit.versionNumber}</span>
                <span>
                  changed <time dateTime={hit.updatedAt}>{formatWhen(hit.updatedAt)}</time>
                </span>
              </div>
            </li>
          ))}
        </Group>
      )}
      {results.comments && results.comments.total > 0 && (
        <Group title="Comments" kind="comments" group={results.comments} results={results} single={kind !== "all"} hrefWith={hrefWith}>
          {results.comments.items.map((hit) => (
            <li key={hit.commentId}>
              <Link className={styles.snippetLink} href={hit.href}>
                <Highlighted text={hit.body} />
              </Link>
              <div className="meta">
                <span>{hit.authorName ?? "A teammate"}</span>
                <span>on a claim in {hit.articleTitle}</span>
                <time dateTime={hit.createdAt}>{formatWhen(hit.createdAt)}</time>
              </div>
            </li>
          ))}
        </Group>
      )}
    </div>
  );
}

function Group<T>(props: {
  title: string;
  kind: keyof typeof LABELS;
  group: SearchGroup<T>;
  results: Results;
  single: boolean;
  hrefWith: SearchResultsProps["hrefWith"];
  children: ReactNode;
}) {
  const { group, results, kind } = props;
  const pages = Math.max(1, Math.ceil(group.total / results.pageSize));
  const headingId = `search-${kind}`;
  return (
    <section aria-labelledby={headingId} className={styles.group}>
      <h2 id={headingId}>
        {props.title} <span className="muted small">{group.total.toLocaleString("en")}</span>
      </h2>
      {group.total > RANKED_POOL && (
        <p className="muted small">
          So many match that the best of the {RANKED_POOL.toLocaleString("en")} most recent are shown first: add a word or a filter to find the rest.
        </p>
      )}
      {group.items.length === 0 ? (
        <p className="muted">No more {LABELS[kind][1]} on this page.</p>
      ) : (
        <ol className={`article-list ${styles.list}`} start={(results.page - 1) * results.pageSize + 1}>
          {props.children}
        </ol>
      )}
      {!props.single && group.total > group.items.length && (
        <p>
          <Link href={props.hrefWith({ kind, page: 2 })}>Next {LABELS[kind][1]} →</Link>
        </p>
      )}
      {props.single && pages > 1 && (
        <nav className={styles.pager} aria-label={`Pages of ${LABELS[kind][1]}`}>
          {results.page > 1 ? <Link href={props.hrefWith({ kind, page: results.page - 1 })}>← Previous</Link> : <span />}
          <span className="muted">
            Page {results.page} of {pages}
          </span>
          {results.page < pages ? <Link href={props.hrefWith({ kind, page: results.page + 1 })}>Next →</Link> : <span />}
        </nav>
      )}
    </section>
  );
}

function NoResults({ results }: { results: Results }) {
  return (
    <div className="empty" role="status">
      <p>Nothing in your team matches “{results.query}”.</p>
      <p className="small">
        Try fewer or other words: the search finds whole words and their forms (“deal” also finds “deals”), not parts of words. Filters narrow the
        search further; clear them to search everything.
      </p>
    </div>
  );
}
