/**
 * A compact wire form of many claims, for the review page's first load: rows as arrays instead of objects (no key
 * names repeated 2,000 times), each person written once and referred to by index, times as epoch milliseconds. On an
 * article with 2,000 claims this roughly halves the page's payload. `unpackClaimViews` gives back exactly the
 * ClaimView objects that went in, so nothing past the page boundary knows the difference.
 */
import type { NoteDoc } from "@/lib/notes";
import type { ClaimView, SourceView } from "./claim-view";

type Person = ClaimView["createdBy"];
type PackedSource = [id: string, url: string, title: string | null, publisher: string | null, relation: SourceView["relation"], createdAt: number, addedBy: number];
type PackedClaim = [
  id: string,
  version: number,
  start: number,
  end: number,
  exact: string,
  prefix: string,
  suffix: string,
  status: ClaimView["status"],
  note: NoteDoc | null,
  noteText: string,
  revision: number,
  createdAt: number,
  updatedAt: number,
  deletedAt: number | null,
  anchorState: ClaimView["anchorState"],
  approvedAt: number | null,
  assignee: number,
  createdBy: number,
  updatedBy: number,
  sources: PackedSource[],
];

export type PackedClaimViews = { people: Person[]; versions: string[]; rows: PackedClaim[] };

const ms = (iso: string) => Date.parse(iso);
const msOrNull = (iso: string | null) => (iso === null ? null : Date.parse(iso));
const iso = (time: number) => new Date(time).toISOString();
const isoOrNull = (time: number | null) => (time === null ? null : iso(time));

/** Index of each distinct value, in order of first appearance. */
function interner<T>(keyOf: (value: T) => string) {
  const index = new Map<string, number>();
  const values: T[] = [];
  return {
    values,
    of(value: T): number {
      const key = keyOf(value);
      let at = index.get(key);
      if (at === undefined) index.set(key, (at = values.push(value) - 1));
      return at;
    },
  };
}

export function packClaimViews(claims: readonly ClaimView[]): PackedClaimViews {
  // A person is identified by id and name together: the same id with another name would be a different value.
  const people = interner<Person>((p) => JSON.stringify([p.id, p.name]));
  const versions = interner<string>((v) => v);
  const rows = claims.map((c): PackedClaim => [
    c.id,
    versions.of(c.versionId),
    c.start,
    c.end,
    c.exact,
    c.prefix,
    c.suffix,
    c.status,
    c.note,
    c.noteText,
    c.revision,
    ms(c.createdAt),
    ms(c.updatedAt),
    msOrNull(c.deletedAt),
    c.anchorState,
    msOrNull(c.approvedAt),
    c.assignee ? people.of(c.assignee) : -1,
    people.of(c.createdBy),
    people.of(c.updatedBy),
    c.sources.map((s): PackedSource => [s.id, s.url, s.title, s.publisher, s.relation, ms(s.createdAt), people.of(s.addedBy)]),
  ]);
  return { people: people.values, versions: versions.values, rows };
}

export function unpackClaimViews(packed: PackedClaimViews): ClaimView[] {
  // Fresh person objects, one per person (not shared with the packed form).
  const people = packed.people.map((p) => ({ id: p.id, name: p.name }));
  return packed.rows.map(
    ([id, version, start, end, exact, prefix, suffix, status, note, noteText, revision, createdAt, updatedAt, deletedAt, anchorState, approvedAt, assignee, createdBy, updatedBy, sources]) => ({
      id,
      versionId: packed.versions[version],
      start,
      end,
      exact,
      prefix,
      suffix,
      status,
      note,
      noteText,
      revision,
      createdAt: iso(createdAt),
      updatedAt: iso(updatedAt),
      deletedAt: isoOrNull(deletedAt),
      anchorState,
      approvedAt: isoOrNull(approvedAt),
      assignee: assignee === -1 ? null : people[assignee],
      createdBy: people[createdBy],
      updatedBy: people[updatedBy],
      sources: sources.map(([sourceId, url, title, publisher, relation, sourceCreatedAt, addedBy]) => ({
        id: sourceId,
        url,
        title,
        publisher,
        relation,
        createdAt: iso(sourceCreatedAt),
        addedBy: people[addedBy],
      })),
    }),
  );
}
