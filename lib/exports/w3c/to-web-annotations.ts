import { articleUrl } from "../claim-url";
import type { ExportArticle } from "../export-model";
import { claimToAnnotation, teamAgent } from "./claim-to-annotation";
import { codePointOffsets } from "./code-points";
import { CONTEXT } from "./vocabulary";
import type { AnnotationCollection, AnnotationPage } from "./web-annotation-types";

export { WEB_ANNOTATION_MEDIA_TYPE } from "./vocabulary";

export type WebAnnotationOptions = {
  /** The collection's IRI, e.g. the export URL; by default one derived from the articles. */
  id?: string;
  label?: string;
};

/**
 * Review claims as a W3C Web Annotation collection (JSON-LD): one page per article version, one annotation per claim.
 * The first page is embedded under `first`; the model allows only an IRI in `next`, so the later pages travel in the
 * same document as JSON-LD included nodes (`@included`), each naming the next by IRI.
 */
export function toWebAnnotations(articles: readonly ExportArticle[], options: WebAnnotationOptions = {}): AnnotationCollection {
  if (articles.length === 0 && !options.id) throw new RangeError("toWebAnnotations: an empty export needs an explicit collection id");
  const id = options.id ?? defaultId(articles);
  const pageIds = articles.map((article) => `${articleUrl(article.baseUrl, article.id)}/versions/${article.version.number}/annotations`);
  const total = articles.reduce((sum, article) => sum + article.claims.length, 0);
  const label = options.label ?? (articles.length === 1 ? `Fact-check of “${articles[0].title}”` : `Fact-checks of ${articles.length} articles`);
  // The model lets partOf be the collection's IRI or a description of it; the W3C suite's page checks accept only
  // the description, which also tells a reader of one page how many annotations there are in all.
  const partOf = { id, type: "AnnotationCollection" as const, label, total };
  let startIndex = 0;
  const pages = articles.map((article, index): AnnotationPage => {
    const offsets = codePointOffsets(article.version.text);
    const page: AnnotationPage = {
      id: pageIds[index],
      type: "AnnotationPage",
      label: `${article.title} (version ${article.version.number})`,
      partOf,
      startIndex,
      ...(index > 0 ? { prev: pageIds[index - 1] } : {}),
      ...(index < articles.length - 1 ? { next: pageIds[index + 1] } : {}),
      items: article.claims.map((claim) => claimToAnnotation(article, claim, offsets)),
    };
    startIndex += page.items.length;
    return page;
  });
  const first = articles[0];
  // The team is the collection's creator when every article belongs to it; an export across teams names none.
  const teams = new Map(articles.map((article) => [article.team.id, teamAgent(article)]));
  return {
    "@context": CONTEXT,
    id,
    type: "AnnotationCollection",
    label,
    total,
    ...(first ? { created: first.exportedAt.toISOString(), first: pages[0], last: pageIds[pageIds.length - 1] } : {}),
    ...(teams.size === 1 ? { creator: [...teams.values()][0] } : {}),
    ...(pages.length > 1 ? { "@included": pages.slice(1) } : {}),
  };
}

function defaultId(articles: readonly ExportArticle[]): string {
  if (articles.length === 1) return `${articleUrl(articles[0].baseUrl, articles[0].id)}/annotations`;
  const ids = articles.map((article) => encodeURIComponent(article.id)).join(",");
  return `${articles[0].baseUrl}/exports/annotations?articles=${ids}`;
}
