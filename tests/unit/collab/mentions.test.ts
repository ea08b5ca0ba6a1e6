import { findMentions, mentionText } from "@/lib/comments/mention-syntax";
import { resolveMentions, type Mentionable } from "@/lib/comments/resolve-mentions";

const members: Mentionable[] = [
  { id: "ana", name: "Ana Lopez", email: "ana.lopez@paper.test" },
  { id: "ben", name: "Ben", email: "b.okafor@paper.test" },
  { id: "cleo", name: null, email: "cleo@paper.test" },
  { id: "dup1", name: "Sam Lee", email: "sam@one.test" },
  { id: "dup2", name: "Sam Lee", email: "sam@two.test" },
];

const values = (body: string) => findMentions(body).map((m) => `${m.kind}:${m.value}`);

describe("mention syntax", () => {
  it("reads @[Display Name] and @handle, with their exact spans", () => {
    const body = "@[Ana  Lopez] and @b.okafor, please.";
    const tokens = findMentions(body);
    expect(tokens.map((t) => body.slice(t.start, t.end))).toEqual(["@[Ana  Lopez]", "@b.okafor"]);
    expect(values(body)).toEqual(["name:Ana Lopez", "handle:b.okafor"]);
  });

  it("does not read e-mail addresses or words with @ inside as mentions", () => {
    expect(values("Write to press@city.gov or me@x.org")).toEqual([]);
    expect(values("a.@ben")).toEqual([]);
    expect(values("(@ben) @ben: “@ben”")).toEqual(["handle:ben", "handle:ben", "handle:ben"]);
  });

  it("ends a handle before sentence punctuation and ignores empty mentions", () => {
    expect(values("Thanks @ana. Ask @ben, then @cleo!")).toEqual(["handle:ana", "handle:ben", "handle:cleo"]);
    expect(values("@ alone, @[ ] and @[] and @...")).toEqual([]);
  });

  it("writes a mention by name, or nothing for a nameless member", () => {
    expect(mentionText({ name: " Ana   Lopez " })).toBe("@[Ana Lopez]");
    expect(mentionText({ name: null })).toBeNull();
  });
});

describe("resolving mentions", () => {
  it("finds members by name, e-mail name or one-word name, case-insensitively, once each", () => {
    const result = resolveMentions(findMentions("@[ana lopez] @ANA.LOPEZ @ben @cleo"), members);
    expect(result).toEqual({ ok: true, ids: ["ana", "ben", "cleo"] });
  });

  it("refuses someone who is not a member", () => {
    expect(resolveMentions(findMentions("cc @[Olga Outside]"), members)).toEqual({
      ok: false,
      message: "Olga Outside is not a member of this team; only members can be mentioned.",
    });
    // A first name alone is not a name: "Ana Lopez" is mentioned as @[Ana Lopez] or @ana.lopez.
    expect(resolveMentions(findMentions("@ana"), members)).toMatchObject({ ok: false, message: expect.stringContaining("ana is not a member") });
  });

  it("refuses an ambiguous mention and says how to be precise", () => {
    expect(resolveMentions(findMentions("@[Sam Lee]"), members)).toMatchObject({ ok: false, message: expect.stringContaining("by e-mail name") });
    expect(resolveMentions(findMentions("@sam"), members)).toMatchObject({ ok: false, message: expect.stringContaining("@[Full Name]") });
  });

  it("caps the number of people one comment can mention", () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ id: `u${i}`, name: `Person ${i}`, email: `p${i}@x.test` }));
    const body = many.map((m) => `@p${m.id.slice(1)}`).join(" ");
    expect(resolveMentions(findMentions(body), many)).toMatchObject({ ok: false, message: expect.stringContaining("at most 20") });
  });
});
