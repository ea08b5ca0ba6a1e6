import fc from "fast-check";
import type { ClaimView } from "@/lib/claims/claim-view";
import { packClaimViews, unpackClaimViews } from "@/lib/claims/pack-claim-views";

const person = fc.record({ id: fc.constantFrom("u1", "u2", "u3"), name: fc.option(fc.constantFrom("Ana", "Jörg Weiß", ""), { nil: null }) });
// Stored times have millisecond precision, as Prisma returns them.
const time = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((t) => new Date(t).toISOString());
const note = fc.constantFrom(null, { type: "doc" as const, content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text: "Checked." }] }] });

const claim: fc.Arbitrary<ClaimView> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 30 }),
  versionId: fc.constantFrom("v1", "v2"),
  start: fc.nat(),
  end: fc.nat(),
  exact: fc.string(),
  prefix: fc.string({ maxLength: 32 }),
  suffix: fc.string({ maxLength: 32 }),
  status: fc.constantFrom("UNREVIEWED", "VERIFIED", "DISPUTED", "UNSOURCED"),
  note,
  noteText: fc.string(),
  revision: fc.integer({ min: 1, max: 1000 }),
  createdAt: time,
  updatedAt: time,
  deletedAt: fc.option(time, { nil: null }),
  anchorState: fc.constantFrom("ANCHORED", "MOVED", "NEEDS_REVIEW", "ORPHANED"),
  approvedAt: fc.option(time, { nil: null }),
  assignee: fc.option(person, { nil: null }),
  createdBy: person,
  updatedBy: person,
  sources: fc.array(
    fc.record({
      id: fc.string({ minLength: 1 }),
      url: fc.webUrl(),
      title: fc.option(fc.string(), { nil: null }),
      publisher: fc.option(fc.string(), { nil: null }),
      relation: fc.constantFrom("SUPPORTS", "CONTRADICTS", "CONTEXT"),
      createdAt: time,
      addedBy: person,
    }),
    { maxLength: 3 },
  ),
}) as fc.Arbitrary<ClaimView>;

describe("packClaimViews / unpackClaimViews", () => {
  it("gives back exactly the claims that went in, through JSON as the page payload travels", () => {
    fc.assert(
      fc.property(fc.array(claim, { maxLength: 20 }), (claims) => {
        const travelled = JSON.parse(JSON.stringify(packClaimViews(claims)));
        expect(unpackClaimViews(travelled)).toEqual(claims);
      }),
    );
  });

  it("keeps people apart by id and name", () => {
    const base = fc.sample(claim, { numRuns: 1, seed: 7 })[0];
    const claims = [
      { ...base, createdBy: { id: "u1", name: "Ana" }, updatedBy: { id: "u1", name: "Ana Lima" } },
      { ...base, id: "other", createdBy: { id: "u1", name: null }, updatedBy: { id: "u2", name: "Ana" } },
    ];
    expect(unpackClaimViews(packClaimViews(claims))).toEqual(claims);
  });

  it("halves the payload of 2,000 typical claims", () => {
    const people = [{ id: "cmws8amdp00011n7dis3f9f8c", name: "Olive Owner" }, { id: "cmws8amhk00031n7dg6dl7m7m", name: "Remi Reviewer" }];
    const claims: ClaimView[] = Array.from({ length: 2_000 }, (_, i) => ({
      id: `cmws8amui00071n7d156dtrkw-c${i}`,
      versionId: "cmws8amx900081n7dlcxlq412",
      start: i * 60,
      end: i * 60 + 50,
      exact: "Washington emphasizes that no agreement can move forward",
      prefix: "unities, and the Path to Peace\n\n",
      suffix: "\n\nMany supporters of Ukraine and",
      status: "VERIFIED",
      note: null,
      noteText: "",
      revision: 1,
      createdAt: "2026-11-22T19:27:12.269Z",
      updatedAt: "2026-11-22T19:27:12.269Z",
      deletedAt: null,
      anchorState: "ANCHORED",
      approvedAt: null,
      assignee: i % 2 ? people[1] : null,
      createdBy: people[0],
      updatedBy: people[0],
      sources: [],
    }));
    const plain = JSON.stringify(claims).length;
    const packed = JSON.stringify(packClaimViews(claims)).length;
    console.log(`2,000 claims: ${plain.toLocaleString("en")} characters as objects, ${packed.toLocaleString("en")} packed`);
    expect(packed / plain).toBeLessThan(0.5);
  });
});
