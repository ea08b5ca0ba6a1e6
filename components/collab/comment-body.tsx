import { Fragment } from "react";
import { findMentions } from "@/lib/comments/mention-syntax";

/** A comment's text with its mentions marked; plain text only, line breaks kept by CSS. */
export function CommentBody({ body }: { body: string }) {
  const parts: { text: string; mention: boolean }[] = [];
  let at = 0;
  for (const token of findMentions(body)) {
    if (token.start > at) parts.push({ text: body.slice(at, token.start), mention: false });
    parts.push({ text: body.slice(token.start, token.end), mention: true });
    at = token.end;
  }
  if (at < body.length) parts.push({ text: body.slice(at), mention: false });
  return (
    <p className="collab-comment__body">
      {parts.map((part, i) =>
        part.mention ? (
          <span key={i} className="collab-mention">
            {part.text}
          </span>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </p>
  );
}
