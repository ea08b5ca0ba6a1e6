import { CONFIDENCE_THRESHOLD, describe as describeSpan, reanchorClaims, type ClaimAnchor } from "@/lib/anchoring";

const P1 = "The envoy met the aide in Moscow on Tuesday, according to officials familiar with the talks.";
const P2 = "A transcript of the call was published by Bloomberg, and the White House did not dispute it.";
const P3 = "Critics in Congress called the exchange a serious breach of diplomatic protocol.";
const P4 = "The president defended his envoy, calling the call a standard thing a deal maker does.";
const oldText = [P1, P2, P3, P4].join("\n\n");

function claim(id: string, exact: string, text = oldText, occurrence = 0): ClaimAnchor {
  let start = text.indexOf(exact);
  for (let i = 0; i < occurrence; i++) start = text.indexOf(exact, start + 1);
  const { quote } = describeSpan(text, start, start + exact.length);
  return { id, start, end: start + exact.length, exact, prefix: quote.prefix, suffix: quote.suffix };
}

const placed = (text: string, r: { start?: number; end?: number }) => text.slice(r.start, r.end);

describe("reanchorClaims", () => {
  it("anchors every claim with score 1 when the text is unchanged", () => {
    const claims = [claim("a", "met the aide in Moscow"), claim("b", "a serious breach of diplomatic protocol")];
    expect(reanchorClaims(oldText, oldText, claims)).toEqual([
      { id: "a", outcome: "anchored", start: claims[0].start, end: claims[0].end, score: 1 },
      { id: "b", outcome: "anchored", start: claims[1].start, end: claims[1].end, score: 1 },
    ]);
    expect(reanchorClaims(oldText, oldText, [])).toEqual([]);
  });

  it("follows claims through edits elsewhere, a typo fix inside, and a paragraph move", () => {
    const newText = ["Updated at 9am.", P2.replace("Bloomberg", "Bloomberg News"), P1.replace("Tuesday", "Tusday"), P3, P4].join("\n\n");
    const [moved, typo, untouched] = reanchorClaims(oldText, newText, [
      claim("moved", "A transcript of the call was published"),
      claim("typo", "met the aide in Moscow on Tuesday"),
      claim("untouched", "a standard thing a deal maker does"),
    ]);
    expect(moved).toMatchObject({ outcome: "anchored", score: expect.any(Number) });
    expect(placed(newText, moved)).toBe("A transcript of the call was published");
    expect(typo.outcome).toBe("moved");
    expect(placed(newText, typo)).toBe("met the aide in Moscow on Tusday");
    expect(typo.score).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
    expect(typo.score).toBeLessThan(1);
    expect(untouched).toMatchObject({ outcome: "anchored", score: 1 });
    expect(placed(newText, untouched)).toBe("a standard thing a deal maker does");
  });

  it("orphans a claim whose sentence was deleted", () => {
    const newText = [P1, P2, P4].join("\n\n");
    const [gone] = reanchorClaims(oldText, newText, [claim("gone", "called the exchange a serious breach")]);
    expect(gone).toEqual({ id: "gone", outcome: "orphaned", score: 0 });
  });

  it("sends a heavily reworded claim to review with its best candidate, without moving it", () => {
    const newText = [P1, P2, "Critics in Congress said the exchange was a grave violation of diplomatic rules.", P4].join("\n\n");
    const [reworded] = reanchorClaims(oldText, newText, [claim("r", "called the exchange a serious breach of diplomatic protocol")]);
    expect(reworded.outcome).toBe("needs_review");
    expect(reworded.start).toBeUndefined();
    expect(reworded.score).toBeLessThan(CONFIDENCE_THRESHOLD);
    expect(placed(newText, reworded.candidate!)).toContain("exchange");
    expect(reworded.candidate!.score).toBe(reworded.score);
  });

  it("does not move a claim onto a repeat of its words when its own copy was deleted", () => {
    const repeated = [P1, P4, P2, P4].join("\n\n");
    const second = claim("second", "a standard thing a deal maker does", repeated, 1);
    const firstKept = [P1, P4, P2].join("\n\n");
    const [result] = reanchorClaims(repeated, firstKept, [second]);
    expect(result.outcome).not.toBe("anchored");
    expect(result.outcome).not.toBe("moved");
  });

  it("keeps each of two repeated claims on its own copy when both survive", () => {
    const repeated = [P1, P4, P2, P4].join("\n\n");
    const claims = [claim("one", "a deal maker does", repeated, 0), claim("two", "a deal maker does", repeated, 1)];
    const newText = `Intro.\n\n${repeated.replace("Bloomberg", "Reuters")}`;
    const [one, two] = reanchorClaims(repeated, newText, claims);
    const first = newText.indexOf("a deal maker does");
    expect(one).toMatchObject({ outcome: "anchored", start: first, score: 1 });
    expect(two).toMatchObject({ outcome: "anchored", start: newText.indexOf("a deal maker does", first + 1), score: 1 });
  });

  it("still finds a claim whose stored offsets are stale, by its quote", () => {
    const stale = { ...claim("s", "breach of diplomatic protocol"), start: 0, end: 29 };
    const newText = `Breaking.\n\n${oldText}`;
    const [found] = reanchorClaims(oldText, newText, [stale]);
    expect(found.outcome).toBe("anchored");
    expect(placed(newText, found)).toBe("breach of diplomatic protocol");
  });
});
