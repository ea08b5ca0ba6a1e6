import { approvalRefusal, assertNotApproved } from "@/lib/activity/approval-rules";
import { excerpt } from "@/lib/activity/excerpt";
import { CLAIM_SUMMARY_MAX, normalizeSummary, summaryLength } from "@/lib/activity/summary-rules";

describe("summary rules", () => {
  it("keeps one trimmed line and treats blank as none", () => {
    expect(normalizeSummary("  Council\n\tapproved   12m  ")).toBe("Council approved 12m");
    expect(normalizeSummary(" \n ")).toBeNull();
  });

  it("counts characters as a reader does", () => {
    expect(CLAIM_SUMMARY_MAX).toBe(75);
    expect(summaryLength("café")).toBe(4);
    expect(summaryLength("cafe\u0301")).toBe(4);
    expect(summaryLength("👍 ok")).toBe(4);
  });
});

describe("excerpt", () => {
  it("cuts long text at a word with an ellipsis and leaves short text alone", () => {
    expect(excerpt("short  text")).toBe("short text");
    expect(excerpt("The mayor said the new tram line would open in 2027", 30)).toBe("The mayor said the new tram…");
    expect(excerpt("x".repeat(50), 10)).toBe(`${"x".repeat(9)}…`);
  });
});

describe("approval rules", () => {
  const facts = { status: "VERIFIED" as const, approvedAt: null, requireSecondReviewer: false, lastReviewerId: "ana" };

  it("allows a reviewed, unapproved claim", () => {
    expect(approvalRefusal(facts, "ana")).toBeNull();
  });

  it("refuses unreviewed, already approved, and self-approval under the second-reviewer rule", () => {
    expect(approvalRefusal({ ...facts, status: "UNREVIEWED" }, "ben")).toMatchObject({ code: "INVALID_INPUT" });
    expect(approvalRefusal({ ...facts, approvedAt: new Date() }, "ben")).toMatchObject({ code: "CONFLICT" });
    expect(approvalRefusal({ ...facts, requireSecondReviewer: true }, "ana")).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("second reviewer") });
    expect(approvalRefusal({ ...facts, requireSecondReviewer: true }, "ben")).toBeNull();
  });

  it("locks approved claims", () => {
    expect(() => assertNotApproved({ approvedAt: "2026-05-03T10:00:00.000Z" })).toThrow("approved and locked");
    expect(() => assertNotApproved({ approvedAt: null })).not.toThrow();
  });
});
