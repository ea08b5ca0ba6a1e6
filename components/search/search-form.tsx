"use client";
/** The search box and its filters: a plain GET form, so every search is a shareable address. "/" focuses the box. */
import Link from "next/link";
import { useEffect, useRef, type RefObject } from "react";
import { STATUS_META, STATUSES } from "@/components/review/status-meta";
import styles from "./search.module.css";

export type SearchFormValues = { q: string; status: string; articleId: string; reviewerId: string; from: string; to: string };
export type SearchFormProps = {
  values: SearchFormValues;
  articles: { id: string; title: string }[];
  members: { id: string; name: string }[];
};

/** Typing "/" anywhere but in a field jumps to the search box, as on most search pages. */
function useSlashToFocus(input: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [input]);
}

export function SearchForm({ values, articles, members }: SearchFormProps) {
  const box = useRef<HTMLInputElement>(null);
  useSlashToFocus(box);
  const filtered = values.status || values.articleId || values.reviewerId || values.from || values.to;
  return (
    <form role="search" action="/search" method="get" className={`card ${styles.form}`}>
      <div className={`field ${styles.query}`}>
        <label htmlFor="search-q">Search claims, notes, articles and comments</label>
        <div className={styles.queryRow}>
          <input
            ref={box}
            id="search-q"
            name="q"
            type="search"
            defaultValue={values.q}
            maxLength={200}
            autoFocus={!values.q}
            aria-describedby="search-q-hint"
            placeholder="e.g. 28-point plan"
          />
          <button type="submit" className="button button--primary">
            Search
          </button>
        </div>
        <span id="search-q-hint" className="hint">
          Use &quot;quotes&quot; for a phrase, <kbd>or</kbd> for either word, and -word to leave a word out. Press <kbd>/</kbd> to come back here.
        </span>
      </div>
      <fieldset className={styles.filters}>
        <legend className="visually-hidden">Filters</legend>
        <div className="field">
          <label htmlFor="search-status">Status</label>
          <select id="search-status" name="status" defaultValue={values.status}>
            <option value="">Any status</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_META[status].label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="search-article">Article</label>
          <select id="search-article" name="articleId" defaultValue={values.articleId}>
            <option value="">Any article</option>
            {articles.map((article) => (
              <option key={article.id} value={article.id}>
                {article.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="search-reviewer">Reviewer</label>
          <select id="search-reviewer" name="reviewerId" defaultValue={values.reviewerId} aria-describedby="search-reviewer-hint">
            <option value="">Anyone</option>
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
          <span id="search-reviewer-hint" className="hint">
            Assigned to the claim, or last changed it.
          </span>
        </div>
        <div className="field">
          <label htmlFor="search-from">From</label>
          <input id="search-from" name="from" type="date" defaultValue={values.from} />
        </div>
        <div className="field">
          <label htmlFor="search-to">To</label>
          <input id="search-to" name="to" type="date" defaultValue={values.to} aria-describedby="search-dates-hint" />
          <span id="search-dates-hint" className="hint">
            Claims by last change, comments by when written.
          </span>
        </div>
      </fieldset>
      {filtered && values.q && (
        <p className="small">
          <Link href={`/search?q=${encodeURIComponent(values.q)}`}>Clear the filters</Link>
        </p>
      )}
    </form>
  );
}
