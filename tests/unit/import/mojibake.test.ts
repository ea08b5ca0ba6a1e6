import { readFileSync } from "node:fs";
import { findLostCharacters, LOST_CHARACTER_REASONS } from "@/lib/import/lost-characters";
import { repairMojibake } from "@/lib/import/mojibake";
import { sharedPath } from "../../support/shared";

type Case = { label: string; original: string; fixed: string; "fixed-encoding"?: string };
const load = (name: string): Case[] => JSON.parse(readFileSync(sharedPath("testdata", "mojibake", name), "utf8")) as Case[];

// ftfy's `fixed` also straightens curly quotes (“” → ", ’ → '), a style choice a newsroom tool must not make: the
// curly quotes are the publisher's. So the target is `fixed-encoding` when the case has one (encoding repair only),
// else `fixed` compared with quotes straightened on both sides. Cases with `fixed-encoding` are compared exactly.
const straighten = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
const target = (c: Case) => c["fixed-encoding"] ?? c.fixed;
const repairedExactly = (c: Case, out: string) =>
  c["fixed-encoding"] !== undefined ? out === c["fixed-encoding"] : straighten(out) === straighten(c.fixed);

describe("repairMojibake on ftfy's negative cases", () => {
  it.each(load("negative.json").map((c) => [c.label, c] as const))("leaves unchanged: %s", (_label, c) => {
    const result = repairMojibake(c.original);
    expect(result.text).toBe(c.original);
    expect(result.repairs).toEqual([]);
    expect(findLostCharacters(c.original)).toEqual([]);
  });
});

describe("repairMojibake on ftfy's repair cases", () => {
  const sets = [
    // Both bounds are what this implementation reaches. The two language names it misses are IBM code page 437
    // mojibake ("─îe┼ítina"), which is not attempted: DOS-console mojibake is not met in newsroom copy, and the
    // box-drawing characters make false positives easy (negative.json's "├┤a┼┐a").
    { file: "synthetic.json", atLeast: 30 },
    { file: "language-names.json", atLeast: 18 },
  ];
  it.each(sets)("$file: at least $atLeast cases repaired exactly, the rest left as they were", ({ file, atLeast }) => {
    const cases = load(file);
    let exact = 0;
    const missed: string[] = [];
    for (const c of cases) {
      const out = repairMojibake(c.original).text;
      if (repairedExactly(c, out)) exact++;
      else {
        missed.push(c.label);
        expect(out).toBe(c.original); // a case not repaired must not be half-repaired either
      }
    }
    console.log(`mojibake ${file}: ${exact}/${cases.length} repaired exactly; missed: ${missed.join("; ") || "none"}`);
    expect(exact).toBeGreaterThanOrEqual(atLeast);
  });

  it("keeps curly quotes where the encoding repair produces them", () => {
    const c = load("synthetic.json").find((x) => x.original.startsWith("\u00e2\u20ac\u0153mismatched"));
    expect(c).toBeDefined();
    expect(repairMojibake(c!.original).text).toBe(target(c!));
    expect(repairMojibake(c!.original).text).toContain("\u201c");
  });
});

describe("repairMojibake in articles", () => {
  it("repairs the usual windows-1252 punctuation and reports each repair with its count", () => {
    const result = repairMojibake("Itâ€™s here, donâ€™t go: â€œyesâ€\u009d.");
    expect(result.text).toBe("It’s here, don’t go: “yes”.");
    expect(result.repairs).toEqual(
      expect.arrayContaining([
        { from: "â€™", to: "’", count: 2 },
        { from: "â€œ", to: "“", count: 1 },
      ]),
    );
  });

  it("repairs text mangled twice", () => {
    expect(repairMojibake("the leaderÃ¢â‚¬â„¢s plan").text).toBe("the leader’s plan");
  });

  it("repairs a lone accented letter in otherwise plain text, but not in text that also has correct accents", () => {
    expect(repairMojibake("a cafÃ© in Kyiv").text).toBe("a café in Kyiv");
    // "–" is correct here, so "Ã©" could as well be meant: a single two-character pair is not certain enough.
    expect(repairMojibake("Kyiv – a cafÃ©").text).toBe("Kyiv – a cafÃ©");
  });

  it("never touches correct text", () => {
    const text = "Zelensky’s “peace plan” — 28 points; Brontë, São Paulo, Čeština, Ελληνικά, русский, 日本語 😀";
    expect(repairMojibake(text)).toEqual({ text, repairs: [] });
  });
});

describe("findLostCharacters", () => {
  const text = "both sidesâ recognition, a âserious breachâ, Ukraineâs sovereignty, took placeâand ended";

  it("flags every lone â left by bytes the scraper dropped, with a guess in the reason", () => {
    const flags = findLostCharacters(text);
    expect(flags.map((f) => text.slice(f.start, f.end))).toEqual(["â", "â", "â", "â", "â"]);
    const at = (needle: string, offset: number) => flags.find((f) => f.start === text.indexOf(needle) + offset)?.reason;
    expect(at("sidesâ", 5)).toBe(LOST_CHARACTER_REASONS.closing);
    expect(at("âserious", 0)).toBe(LOST_CHARACTER_REASONS.opening);
    expect(at("Ukraineâs", 7)).toBe(LOST_CHARACTER_REASONS.apostrophe);
    expect(at("placeâand", 5)).toBe(LOST_CHARACTER_REASONS.dash);
  });

  it("leaves real â alone: French, Romanian, and text without a certain lost-byte shape", () => {
    expect(findLostCharacters("Le château date de l’âge d’or ; le théâtre aussi.")).toEqual([]);
    expect(findLostCharacters("În România a rămâs câinele în grădină.")).toEqual([]);
    expect(findLostCharacters("an âpre taste")).toEqual([]);
  });

  it("flags replacement characters, which stand for bytes that could not be decoded", () => {
    expect(findLostCharacters("Sloven\ufffdina")).toEqual([{ start: 6, end: 7, reason: LOST_CHARACTER_REASONS.unreadable }]);
  });
});
