import type { DiffPart } from "@/lib/anchoring";

/** A word diff as text with deletions struck through and insertions underlined (colour is never the only cue). */
export function WordDiffView({ parts, label }: { parts: DiffPart[]; label: string }) {
  return (
    <p className="word-diff collab-diff" aria-label={label}>
      {parts.map((part, i) =>
        part.op === "delete" ? (
          <del key={i}>{part.text}</del>
        ) : part.op === "insert" ? (
          <ins key={i}>{part.text}</ins>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
