import { Fragment } from "react";
import { MATCH_END, MATCH_START } from "@/lib/search/search-team";

/**
 * A snippet from the search, its matches drawn as <mark>. The snippet is plain text with control-character markers
 * around each match; every piece becomes a React text node, so HTML in an article, note or comment shows as text.
 */
export function Highlighted({ text }: { text: string }) {
  const pieces = text.split(MATCH_START);
  return (
    <>
      {pieces.map((piece, i) => {
        if (i === 0) return <Fragment key={i}>{piece.replaceAll(MATCH_END, "")}</Fragment>;
        const end = piece.indexOf(MATCH_END);
        if (end < 0) return <Fragment key={i}>{piece}</Fragment>;
        return (
          <Fragment key={i}>
            <mark>{piece.slice(0, end)}</mark>
            {piece.slice(end + 1).replaceAll(MATCH_END, "")}
          </Fragment>
        );
      })}
    </>
  );
}
