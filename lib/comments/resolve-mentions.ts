import type { MentionToken } from "./mention-syntax";

export type Mentionable = { id: string; name: string | null; email: string };

export type ResolvedMentions = { ok: true; ids: string[] } | { ok: false; message: string };

/** At most this many different people per comment: a comment is not a broadcast. */
export const MAX_MENTIONS = 20;

const fold = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("en");

/** Resolves mentions against the team's members; a mention of anyone else refuses the whole comment. */
export function resolveMentions(tokens: MentionToken[], members: Mentionable[]): ResolvedMentions {
  const ids = new Set<string>();
  for (const token of tokens) {
    const wanted = fold(token.value);
    const found =
      token.kind === "name"
        ? members.filter((m) => m.name && fold(m.name) === wanted)
        : members.filter((m) => fold(m.email.split("@")[0]) === wanted || (m.name && !/\s/.test(m.name.trim()) && fold(m.name) === wanted));
    if (found.length === 0) {
      return { ok: false, message: `${token.value} is not a member of this team; only members can be mentioned.` };
    }
    if (found.length > 1) {
      const hint = token.kind === "name" ? "mention them by e-mail name instead (@ana for ana@example.org)" : "write their full name instead, as @[Full Name]";
      return { ok: false, message: `More than one member matches “${token.value}”: ${hint}.` };
    }
    ids.add(found[0].id);
  }
  if (ids.size > MAX_MENTIONS) return { ok: false, message: `A comment can mention at most ${MAX_MENTIONS} people.` };
  return { ok: true, ids: [...ids] };
}
