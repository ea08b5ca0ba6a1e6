// Reading Web Annotations back: Factdesk's own export round-trips, other tools' annotations are read where they
// carry text selectors, and malformed files are refused with a message that names the problem.
import { parseWebAnnotations, type ParsedAnnotation } from "@/lib/exports/w3c/parse-web-annotations";
import { toWebAnnotations } from "@/lib/exports/w3c/to-web-annotations";
import { makeExportArticle } from "./fixtures";
import { listSamples, readSample } from "./w3c-suite";

const parsed = (json: string): ParsedAnnotation[] => {
  const result = parseWebAnnotations(json);
  if (!result.ok) throw new Error(result.message);
  return result.annotations;
};
const messageOf = (json: string): string => {
  const result = parseWebAnnotations(json);
  if (result.ok) throw new Error("expected a refusal");
  return result.message;
};

const quoteTarget = { source: "http://example.com/a", selector: { type: "TextQuoteSelector", exact: "words" } };
const annotation = (extra: Record<string, unknown> = {}) => ({ type: "Annotation", target: quoteTarget, ...extra });

describe("parseWebAnnotations", () => {
  it("reads back Factdesk's export: same quotes, code-point positions, statuses, notes and sources", () => {
    const first = makeExportArticle();
    const second = makeExportArticle({ id: "article-2", version: { ...first.version, id: "v-2" } });
    const result = parsed(JSON.stringify(toWebAnnotations([first, second])));
    const claims = [...first.claims, ...second.claims];
    expect(result).toHaveLength(claims.length);
    const text = first.version.text;
    result.forEach((annotation, i) => {
      const claim = claims[i];
      expect(annotation).toMatchObject({ exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix, status: claim.status });
      if (claim.start < claim.end) {
        expect(annotation.positionStart).toBe([...text.slice(0, claim.start)].length);
        expect(annotation.positionEnd).toBe([...text.slice(0, claim.end)].length);
      } else {
        expect(annotation.positionStart).toBeUndefined();
      }
      expect(annotation.noteText).toBe(claim.noteText || undefined);
      expect(annotation.sources).toEqual(
        claim.sources.map((s) => ({ url: s.url, relation: s.relation, ...(s.title ? { title: s.title } : {}), ...(s.publisher ? { publisher: s.publisher } : {}) })),
      );
    });
    // The plain-text alternative of the Choice is read, so list markers and literal angle brackets survive.
    expect(result[0].noteText).toBe("Matches the council minutes <exactly>\n- Vote 31–12");
  });

  it("accepts a single annotation, a list, a page, and a collection whose first page is embedded", () => {
    const one = annotation();
    expect(parsed(JSON.stringify(one))).toHaveLength(1);
    expect(parsed(JSON.stringify([one, one]))).toHaveLength(2);
    expect(parsed(JSON.stringify({ type: "AnnotationPage", items: [one] }))).toHaveLength(1);
    const page2 = { id: "http://example.org/p2", type: "AnnotationPage", items: [one, one] };
    const collection = { type: "AnnotationCollection", first: { type: "AnnotationPage", items: [one], next: page2.id }, "@included": [page2] };
    expect(parsed(JSON.stringify(collection))).toHaveLength(3);
    const nested = { type: "AnnotationCollection", first: { type: "AnnotationPage", items: [one], next: page2 } };
    expect(parsed(JSON.stringify(nested))).toHaveLength(3);
  });

  it("reads other tools' notes: bodyValue, HTML bodies, and commenting as the annotation's motivation", () => {
    expect(parsed(JSON.stringify(annotation({ bodyValue: "Plain comment" })))[0].noteText).toBe("Plain comment");
    const html = annotation({ body: { type: "TextualBody", format: "text/html", value: "<p>One &amp; <b>two</b></p><ul><li>three</li></ul>" } });
    expect(parsed(JSON.stringify(html))[0].noteText).toBe("One & two\n- three");
    const motivated = annotation({ motivation: "commenting", body: { type: "TextualBody", value: "Via motivation" } });
    expect(parsed(JSON.stringify(motivated))[0].noteText).toBe("Via motivation");
    const linked = parsed(JSON.stringify(annotation({ body: "https://example.org/evidence" })))[0];
    expect(linked.sources).toEqual([{ url: "https://example.org/evidence", relation: "CONTEXT" }]);
  });

  it("reads the W3C suite's correct samples that anchor on text, and refuses the others by name", () => {
    const withText: string[] = [];
    for (const file of listSamples("correct")) {
      const json = readSample("correct", file);
      if (!/Text(Quote|Position)Selector/.test(json)) {
        if (JSON.parse(json).type === "Annotation") expect(messageOf(json)).toMatch(/^Annotation 1 (has no TextQuoteSelector or TextPositionSelector|has a source)/);
        continue;
      }
      const result = parseWebAnnotations(json);
      if (result.ok) withText.push(file);
    }
    // anno26 quotes, anno27 counts positions, anno32 refines a fragment by a quote, anno41 refines one by a position.
    expect(withText).toEqual(["anno26.json", "anno27.json", "anno32.json", "anno41-example44.json"]);
    expect(parsed(readSample("correct", "anno26.json"))[0]).toMatchObject({ exact: "anotation", prefix: "this is an ", suffix: " that has some" });
    expect(parsed(readSample("correct", "anno27.json"))[0]).toMatchObject({ exact: "", positionStart: 412, positionEnd: 795 });
    expect(parsed(readSample("correct", "anno32.json"))[0]).toMatchObject({ exact: "Selected Text" });
  });

  it.each([
    ["not JSON", "{ type: Annotation", /^Not valid JSON: /],
    ["a number", "42", /^Expected Web Annotations in JSON, but the file holds a number\.$/],
    ["the wrong type", JSON.stringify({ type: "Squirrel" }), /^Expected an Annotation, .* but the JSON is of type "Squirrel"\.$/],
    ["an untyped object", JSON.stringify({ target: quoteTarget }), /but the JSON is an object without a type\.$/],
    ["an empty list", "[]", /^The file holds no annotations\.$/],
    ["a page without items", JSON.stringify({ type: "AnnotationPage" }), /^The AnnotationPage has no "items" list/],
    ["a collection that only links its pages", JSON.stringify({ type: "AnnotationCollection", total: 3, first: "http://example.org/p1" }), /only links to its pages \(http:\/\/example\.org\/p1\)/],
    ["a list item that is not an annotation", JSON.stringify([annotation(), { type: "Note" }]), /^Annotation 2 is not an Annotation/],
    ["no target", JSON.stringify({ type: "Annotation" }), /^Annotation 1 has no target\.$/],
    ["no text selector", JSON.stringify([annotation(), annotation(), annotation({ target: "http://example.com/page" })]), /^Annotation 3 has no TextQuoteSelector or TextPositionSelector\.$/],
    ["an empty quote", JSON.stringify(annotation({ target: { source: "http://e.com", selector: { type: "TextQuoteSelector", exact: "" } } })), /whose exact words are empty/],
    ["a reversed position", JSON.stringify(annotation({ target: { source: "http://e.com", selector: { type: "TextPositionSelector", start: 9, end: 3 } } })), /^Annotation 1 has a TextPositionSelector whose end is not after its start\.$/],
    ["a negative position", JSON.stringify(annotation({ target: { source: "http://e.com", selector: { type: "TextPositionSelector", start: -1, end: 3 } } })), /whose start is negative/],
    ["a script URL as source", JSON.stringify(annotation({ body: { type: "SpecificResource", purpose: "linking", source: "javascript:alert(1)" } })), /^Annotation 1 has a source that is not a web address starting with http:\/\/ or https:\/\/\.$/],
    ["a relative URL as source", JSON.stringify(annotation({ body: { type: "SpecificResource", source: { id: "/evidence" } } })), /has a source that is not a web address/],
    ["an unknown relation", JSON.stringify(annotation({ body: { type: "SpecificResource", source: "https://e.com", relation: "refutes" } })), /relation "refutes": use supports, contradicts or context/],
    ["an unknown verdict", JSON.stringify(annotation({ body: { type: "TextualBody", purpose: "assessing", value: "Pants on fire" } })), /^Annotation 1 has the verdict "Pants on fire": Factdesk knows Verified/],
    ["a text body without text", JSON.stringify(annotation({ body: { type: "TextualBody", value: 7 } })), /has a TextualBody without a text value/],
  ])("refuses %s with a clear message", (_name, json, message) => {
    expect(messageOf(json)).toMatch(message);
  });

  it("refuses more sources than a claim may hold", () => {
    const body = Array.from({ length: 51 }, (_, i) => ({ type: "SpecificResource", source: `https://example.org/${i}` }));
    expect(messageOf(JSON.stringify(annotation({ body })))).toBe("Annotation 1 has 51 sources; a claim holds at most 50.");
  });
});
