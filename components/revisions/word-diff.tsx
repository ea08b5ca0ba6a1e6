import type { DiffPart } from "@/lib/anchoring";

/** Old and new text in one run: removed words struck through, added words underlined, both named for screen readers. */
export function WordDiff({ parts, label, className = "word-diff" }: { parts: DiffPart[]; label: string; className?: string }) {
  return (
    <div className={className} role="group" aria-label={label}>
      {parts.map((part, index) =>
        part.op === "equal" ? (
          <span key={index}>{part.text}</span>
        ) : part.op === "delete" ? (
          <del key={index} title="Removed">
            <span className="visually-hidden">[removed: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </del>
        ) : (
          <ins key={index} title="Added">
            <span className="visually-hidden">[added: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </ins>
        ),
      )}
    </div>
  );
}
