import { describeEvent, type StoredEvent } from "@/lib/activity/describe-event";

const note = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const ana = { actorId: "ana", actorName: "Ana" };
const line = (event: Partial<StoredEvent> & Pick<StoredEvent, "kind">) => describeEvent({ ...ana, before: null, after: null, ...event }).line;

describe("history lines", () => {
  it("says what happened in words a person reads", () => {
    expect(line({ kind: "CREATED", after: { exact: "12 million euros", start: 1, end: 17 } })).toBe("Ana marked “12 million euros” as a claim");
    expect(line({ kind: "STATUS_CHANGED", before: "UNREVIEWED", after: "DISPUTED" })).toBe("Ana marked it Disputed");
    expect(line({ kind: "STATUS_CHANGED", before: "VERIFIED", after: "DISPUTED" })).toBe("Ana marked it Disputed (was Verified)");
    expect(line({ kind: "ANCHOR_MOVED", after: { reason: "selected" } })).toBe("Ana moved it to new words");
    expect(line({ kind: "ANCHOR_MOVED", after: { state: "ORPHANED", reason: "left-orphaned" } })).toBe("Ana left it orphaned: its words are gone from the article");
    expect(line({ kind: "SOURCE_ADDED", after: { url: "https://x.test", title: "Minutes", relation: "SUPPORTS" } })).toBe("Ana added a supporting source: Minutes");
    expect(line({ kind: "SOURCE_REMOVED", before: { url: "https://x.test", title: null } })).toBe("Ana removed the source https://x.test");
    expect(line({ kind: "ASSIGNED", after: { id: "ben", name: "Ben" } })).toBe("Ana assigned it to Ben");
    expect(line({ kind: "ASSIGNED", after: { id: "ana", name: "Ana" } })).toBe("Ana took it on");
    expect(line({ kind: "ASSIGNED", before: { id: "ben", name: "Ben" } })).toBe("Ana unassigned Ben");
    expect(line({ kind: "APPROVED", after: { status: "VERIFIED" } })).toBe("Ana approved it as Verified");
    expect(line({ kind: "REOPENED" })).toBe("Ana reopened it for changes");
    expect(line({ kind: "SUMMARY_CHANGED", after: "Budget is 12m" })).toBe("Ana set the summary to “Budget is 12m”");
    expect(line({ kind: "SUMMARY_CHANGED", before: "Budget is 12m" })).toBe("Ana cleared the summary");
    expect(line({ kind: "REANCHORED", after: { state: "NEEDS_REVIEW" } })).toBe("Its words changed when Ana added a new version: it needs review");
    expect(line({ kind: "DELETED" })).toBe("Ana deleted it");
    expect(describeEvent({ kind: "RESTORED", actorId: "x", actorName: null, before: null, after: null }).line).toBe("A teammate restored it");
  });

  it("shows note edits as a word diff of the plain text", () => {
    const edit = describeEvent({ ...ana, kind: "NOTE_CHANGED", before: note("Page 14 says 12 million."), after: note("Page 14 says 14 million.") }, { withDiff: true });
    expect(edit.line).toBe("Ana edited the note");
    expect(edit.diff).toEqual([
      { op: "equal", text: "Page 14 says " },
      { op: "delete", text: "12" },
      { op: "insert", text: "14" },
      { op: "equal", text: " million." },
    ]);
    expect(describeEvent({ ...ana, kind: "NOTE_CHANGED", before: null, after: note("First") }).line).toBe("Ana wrote the note");
    expect(describeEvent({ ...ana, kind: "NOTE_CHANGED", before: note("First"), after: note("") }).line).toBe("Ana cleared the note");
    expect(describeEvent({ ...ana, kind: "NOTE_CHANGED", before: note("B"), after: note("A") }, { restored: true }).line).toBe("Ana restored an earlier note");
    // Without asking for it, no diff is computed (the activity feed).
    expect(describeEvent({ ...ana, kind: "NOTE_CHANGED", before: note("a"), after: note("b") }).diff).toBeUndefined();
  });

  it("survives payloads it does not recognise", () => {
    expect(describeEvent({ ...ana, kind: "NOTE_CHANGED", before: { type: "script" }, after: 42 }, { withDiff: true }).line).toBe("Ana saved an empty note");
    expect(line({ kind: "SOURCE_ADDED", after: "nonsense" })).toBe("Ana added a source: a link");
  });
});
