import { exportFiltersFromSearchParams } from "@/lib/exports/export-filters";

const read = (query: string) => exportFiltersFromSearchParams(new URLSearchParams(query));

describe("export filters from the URL", () => {
  it("selects everything when no parameter is given", () => {
    expect(read("")).toEqual({ ok: true, filters: { notes: true, comments: true } });
  });

  it("reads statuses in any case, comma-separated or repeated, without duplicates", () => {
    expect(read("status=Verified,disputed&status=VERIFIED")).toMatchObject({ ok: true, filters: { status: ["VERIFIED", "DISPUTED"] } });
  });

  it("reads the assignee, whole-day dates and the notes/comments switches", () => {
    expect(read("assignee=none&from=2025-01-01&to=2025-01-31&notes=0&comments=1&format=csv")).toEqual({
      ok: true,
      filters: { assignee: "none", from: new Date("2025-01-01T00:00:00Z"), to: new Date("2025-01-31T00:00:00Z"), notes: false, comments: true },
    });
  });

  it.each([
    ["status=FOO", 'Unknown status "FOO": use verified, disputed, unsourced or unreviewed.'],
    ["status=,", "The status filter is empty: name at least one of verified, disputed, unsourced or unreviewed."],
    ["from=31/01/2025", 'The "from" date must be written YYYY-MM-DD, e.g. 2024-03-31.'],
    ["to=2025-02-30", '"2025-02-30" is not a calendar date (to).'],
    ["from=2025-02-02&to=2025-02-01", 'The "from" date is after the "to" date: no claim can match.'],
    ["notes=yes", '"notes" must be 0 (leave out) or 1 (include).'],
    ["assignee=", "The assignee filter is empty: give a member's id or none."],
  ])("refuses %s with a clear message", (query, message) => {
    expect(read(query)).toEqual({ ok: false, message });
  });

  it("names every wrong parameter at once", () => {
    expect(read("status=maybe&comments=2")).toEqual({
      ok: false,
      message: 'Unknown status "maybe": use verified, disputed, unsourced or unreviewed. "comments" must be 0 (leave out) or 1 (include).',
    });
  });
});
