/** Date and time as the review panel shows them ("3 May, 14:02"); the same words on server and browser. */
export function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
}

export function personName(person: { name: string | null } | null | undefined, fallback = "a teammate"): string {
  return person?.name ?? fallback;
}
