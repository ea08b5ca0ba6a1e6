import type { Metadata } from "next";
import { SearchForm, type SearchFormValues } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { authorize } from "@/lib/auth/authorize-request";
import { listArticles } from "@/lib/articles/list-articles";
import { AppError } from "@/lib/errors/app-error";
import { searchTeam, searchTeamSchema, SEARCH_KINDS, type SearchKind, type SearchResults as Results } from "@/lib/search/search-team";
import { listMembers } from "@/lib/teams/list-members";
import { requireUserAndTeam } from "../current-team";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Search" };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const FIELDS = ["q", "status", "articleId", "reviewerId", "from", "to", "kind", "page"] as const;

/** Full-text search of the current team: a GET form, so results have an address to share or bookmark. */
export default async function SearchPage({ searchParams }: PageProps) {
  const { team } = await requireUserAndTeam();
  if (!team) {
    return (
      <main className="page">
        <p className="empty">You are not in a team yet. Ask a team owner for an invitation link.</p>
      </main>
    );
  }
  await authorize({ teamId: team.id }, "article:read");
  const raw = await searchParams;
  // One value per field; an empty one (a filter left on "Any") counts as absent.
  const params = Object.fromEntries(
    FIELDS.map((field) => {
      const value = Array.isArray(raw[field]) ? raw[field][0] : raw[field];
      return [field, value?.trim() ? value.trim() : undefined];
    }),
  ) as Partial<Record<(typeof FIELDS)[number], string>>;
  const kind: SearchKind = (SEARCH_KINDS as readonly string[]).includes(params.kind ?? "") ? (params.kind as SearchKind) : "all";

  const [articles, members] = await Promise.all([listArticles({ teamId: team.id }), listMembers({ teamId: team.id })]);
  let results: Results | null = null;
  let problem: string | null = null;
  if (params.q) {
    const { q, kind: _kind, ...filters } = params;
    const parsed = searchTeamSchema.safeParse({ query: q, kind, ...filters });
    try {
      if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "The search is not valid.");
      results = await searchTeam({ teamId: team.id, ...parsed.data });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "INVALID_INPUT") throw error;
      problem = error.message;
    }
  }
  const hrefWith = (changes: { kind?: SearchKind; page?: number }) => {
    const next = new URLSearchParams();
    for (const field of FIELDS) if (params[field] && field !== "kind" && field !== "page") next.set(field, params[field]);
    const nextKind = changes.kind ?? kind;
    if (nextKind !== "all") next.set("kind", nextKind);
    if ((changes.page ?? 1) > 1) next.set("page", String(changes.page));
    return `/search?${next.toString()}`;
  };
  const values: SearchFormValues = {
    q: params.q ?? "",
    status: params.status ?? "",
    articleId: params.articleId ?? "",
    reviewerId: params.reviewerId ?? "",
    from: params.from ?? "",
    to: params.to ?? "",
  };

  return (
    <main className="page">
      <div className="page-head">
        <h1>Search</h1>
        <p className="muted small">{team.name}</p>
      </div>
      <SearchForm
        values={values}
        articles={articles.map((a) => ({ id: a.id, title: a.title }))}
        members={members.map((m) => ({ id: m.userId, name: m.name ?? m.email }))}
      />
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {results && <SearchResults results={results} kind={kind} hrefWith={hrefWith} />}
      {!params.q && !problem && (
        <p className="empty">Search the quotes, notes and comments of your team&apos;s claims, and the text of its articles.</p>
      )}
    </main>
  );
}
