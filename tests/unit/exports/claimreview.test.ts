// ClaimReview export against Google's property requirements and the schema.org vocabulary, both read from
// ../shared/testdata/claimreview at run time.
import { readFileSync } from "node:fs";
import { CLAIM_REVIEWED_MAX, claimReviewedText } from "@/lib/exports/claimreview/claim-reviewed-text";
import { RATING_SCALE } from "@/lib/exports/claimreview/rating-scale";
import { toClaimReviews, type ClaimReviewJson } from "@/lib/exports/claimreview/to-claim-reviews";
import { sharedPath } from "../../support/shared";
import { makeClaim, makeExportArticle } from "./fixtures";

type Requirement = { entity: "ClaimReview" | "Claim" | "Rating"; property: string; status: string; type?: string };
const requirements = (
  JSON.parse(readFileSync(sharedPath("testdata", "claimreview", "google-claimreview-requirements.json"), "utf8")) as { properties: Requirement[] }
).properties;

type VocabNode = { "@id": string; "@type": string; "schema:domainIncludes"?: { "@id": string } | { "@id": string }[] };
const vocabulary = (
  JSON.parse(readFileSync(sharedPath("testdata", "claimreview", "schemaorg-v30-ClaimReview-Claim-Rating-Review-vocab-subset.jsonld"), "utf8")) as { "@graph": VocabNode[] }
)["@graph"];

const article = makeExportArticle();
const reviews = toClaimReviews([article]);

/** The node a requirement talks about in one review. */
function nodeFor(review: ClaimReviewJson, entity: Requirement["entity"]): Record<string, unknown> {
  if (entity === "ClaimReview") return review as unknown as Record<string, unknown>;
  if (entity === "Claim") return review.itemReviewed as unknown as Record<string, unknown>;
  return review.reviewRating as unknown as Record<string, unknown>;
}

const isUrl = (value: unknown) => typeof value === "string" && /^https?:\/\//.test(value) && URL.canParse(value);
const isDate = (value: unknown) => typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value));
const isAgent = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.length > 0 && value.every(isAgent)
    : !!value && typeof value === "object" && ["Person", "Organization"].includes((value as { "@type": string })["@type"]) && typeof (value as { name?: unknown }).name === "string";
const isCreativeWork = (value: unknown) => isUrl(value) || (!!value && typeof value === "object" && (value as { "@type"?: unknown })["@type"] === "CreativeWork" && isUrl((value as { url?: unknown }).url));

/** Does a value have the type Google's table names? */
function hasRequiredType(type: string | undefined, value: unknown): boolean {
  switch (type) {
    case "Text":
      return typeof value === "string" && value.trim().length > 0;
    case "URL":
      return isUrl(value);
    case "Number":
      return typeof value === "number" && Number.isFinite(value);
    case "Date/DateTime":
      return isDate(value);
    case "Organization or Person":
      return isAgent(value);
    case "URL or CreativeWork":
      return isCreativeWork(value);
    case "Rating":
    case "Claim":
      return !!value && typeof value === "object" && (value as { "@type"?: unknown })["@type"] === type;
    default:
      throw new Error(`unknown requirement type ${type}`);
  }
}

describe("ClaimReview export", () => {
  it("reviews every claim with a verdict and none without", () => {
    const judged = article.claims.filter((claim) => claim.status !== "UNREVIEWED");
    expect(reviews).toHaveLength(judged.length);
    const unreviewed = article.claims.filter((claim) => claim.status === "UNREVIEWED");
    expect(unreviewed.length).toBeGreaterThan(0);
    for (const claim of unreviewed) expect(reviews.some((review) => review.url.endsWith(`#claim-${claim.id}`))).toBe(false);
    expect(toClaimReviews([makeExportArticle({ claims: unreviewed })])).toEqual([]);
  });

  it("has every required and recommended property of Google's table, each of the right type", () => {
    expect(requirements.filter((r) => r.status === "REQUIRED").map((r) => `${r.entity}.${r.property}`)).toEqual([
      "ClaimReview.claimReviewed", "ClaimReview.reviewRating", "ClaimReview.url", "Rating.alternateName",
    ]);
    for (const review of reviews) {
      expect(review["@context"]).toBe("https://schema.org");
      expect(review["@type"]).toBe("ClaimReview");
      for (const requirement of requirements) {
        const value = nodeFor(review, requirement.entity)[requirement.property];
        expect({ property: `${requirement.entity}.${requirement.property}`, ok: hasRequiredType(requirement.type, value) }).toEqual({
          property: `${requirement.entity}.${requirement.property}`,
          ok: true,
        });
      }
      expect(review.url.startsWith(`${article.baseUrl}/`)).toBe(true); // same domain as the page that carries it
    }
  });

  it("rates within [worstRating, bestRating], on the documented scale", () => {
    const { bestRating, worstRating, verdicts } = RATING_SCALE;
    expect(worstRating).toBeLessThan(bestRating);
    expect(verdicts.VERIFIED.ratingValue).toBeGreaterThan(verdicts.UNSOURCED.ratingValue);
    expect(verdicts.UNSOURCED.ratingValue).toBeGreaterThan(verdicts.DISPUTED.ratingValue);
    expect(new Set(Object.values(verdicts).map((v) => v.alternateName)).size).toBe(3);
    for (const review of reviews) {
      const rating = review.reviewRating;
      expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating);
      expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating);
    }
    const byClaim = (quote: string) => reviews.find((r) => r.url.endsWith(`#claim-${article.claims.find((c) => c.exact === quote)!.id}`))!;
    expect(byClaim("12 million euros").reviewRating).toMatchObject({ ratingValue: 5, alternateName: "Accurate" });
    expect(byClaim("open in 2027").reviewRating).toMatchObject({ ratingValue: 1, alternateName: "Disputed" });
  });

  it("keeps claimReviewed under 75 characters, cut on a word, and prefers the editor's summary", () => {
    for (const review of reviews) expect(review.claimReviewed.length).toBeLessThan(CLAIM_REVIEWED_MAX);
    expect(reviews.map((r) => r.claimReviewed)).toContain("The tram line will open in 2027");
    const quote = "ridership would rise 📈 by 40% within a decade of its opening day after the council finally agreed";
    const short = claimReviewedText(null, quote);
    expect(short.length).toBeLessThan(CLAIM_REVIEWED_MAX);
    expect(short.endsWith("…")).toBe(true);
    const words = short.slice(0, -1);
    expect(quote.startsWith(words)).toBe(true);
    expect(quote[words.length]).toBe(" "); // the cut falls between words
    expect(claimReviewedText("  A short\n\nsummary ", quote)).toBe("A short summary");
    expect(claimReviewedText(null, "x".repeat(200)).length).toBeLessThan(CLAIM_REVIEWED_MAX); // one long token: hard cut
    expect(claimReviewedText(null, `${"a".repeat(72)}😀😀`)).not.toMatch(/[\uD800-\uDBFF]…$/); // no half emoji
  });

  it("names the claimant from the byline, else the publication, else the site", () => {
    expect(reviews[0].itemReviewed.author).toEqual([
      { "@type": "Person", name: "Jane Doe" },
      { "@type": "Person", name: "John Roe" },
    ]);
    const text = article.version.text;
    const claims = [makeClaim(text, "12 million euros", { status: "VERIFIED" })];
    const [bySite] = toClaimReviews([makeExportArticle({ byline: null, claims })]);
    expect(bySite.itemReviewed.author).toEqual({ "@type": "Organization", name: "Example Gazette", url: "https://news.example.com/" });
    const [byHost] = toClaimReviews([makeExportArticle({ byline: null, siteName: null, claims })]);
    expect(byHost.itemReviewed.author).toEqual({ "@type": "Organization", name: "news.example.com", url: "https://news.example.com/" });
    expect(reviews[0].itemReviewed.appearance).toMatchObject({ "@type": "CreativeWork", url: article.sourceUrl, headline: article.title });
  });

  it("uses each schema.org property of the vocabulary subset only on the types it belongs to", () => {
    const superTypes: Record<string, string[]> = {
      ClaimReview: ["ClaimReview", "Review", "CreativeWork"],
      Claim: ["Claim", "CreativeWork"],
      Rating: ["Rating", "Intangible"],
      CreativeWork: ["CreativeWork"],
    };
    const domains = new Map(
      vocabulary
        .filter((node) => node["@type"] === "rdf:Property")
        .map((node) => [node["@id"].replace("schema:", ""), [node["schema:domainIncludes"] ?? []].flat().map((d) => d["@id"].replace("schema:", ""))]),
    );
    const checked: string[] = [];
    const visit = (node: unknown) => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (!node || typeof node !== "object") return;
      const type = (node as { "@type"?: string })["@type"];
      for (const [key, value] of Object.entries(node)) {
        const domain = domains.get(key);
        if (domain && type && superTypes[type]) {
          expect({ key, type, ok: superTypes[type].some((t) => domain.includes(t)) }).toEqual({ key, type, ok: true });
          checked.push(key);
        }
        visit(value);
      }
    };
    reviews.forEach(visit);
    expect(new Set(checked)).toEqual(new Set(["claimReviewed", "reviewRating", "author", "itemReviewed", "appearance", "firstAppearance", "ratingValue", "bestRating", "worstRating", "reviewBody"]));
  });
});
