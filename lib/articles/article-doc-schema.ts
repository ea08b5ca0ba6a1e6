import { z } from "zod";
import { isHttpUrl } from "@/lib/notes";
import type { DocNode } from "./doc-text";

/**
 * What an edited article may contain: the nodes and marks the article viewer draws, nothing else. The editor in the
 * browser produces this shape, but it arrives over the network, so the server checks it before storing a version.
 */
const BLOCKS = ["paragraph", "heading", "blockquote", "bulletList", "orderedList", "listItem", "codeBlock", "horizontalRule"] as const;
const INLINES = ["text", "hardBreak"] as const;
const MARKS = ["bold", "italic", "strike", "code", "underline", "link"] as const;
const MAX_NODES = 200_000;
const MAX_DEPTH = 12;

const markSchema = z.object({
  type: z.enum(MARKS, { error: "The article contains formatting Factdesk does not keep." }),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

const nodeSchema: z.ZodType<DocNode> = z.lazy(() =>
  z.object({
    type: z.enum([...BLOCKS, ...INLINES], { error: "The article contains an element Factdesk does not keep (only text, headings, lists and quotes)." }),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(nodeSchema).optional(),
    text: z.string().optional(),
    marks: z.array(markSchema).optional(),
  }),
);

export const articleDocSchema = z
  .object({ type: z.literal("doc", { error: "The edited article is not a document." }), content: z.array(nodeSchema).min(1, { error: "The article is empty." }) })
  .superRefine((doc, context) => {
    let nodes = 0;
    const walk = (node: DocNode, depth: number) => {
      nodes++;
      if (depth > MAX_DEPTH) context.addIssue({ code: "custom", message: "The article is nested too deeply (lists within lists); flatten it and save again." });
      for (const mark of node.marks ?? []) {
        if (mark.type === "link" && !isHttpUrl(String(mark.attrs?.href ?? ""))) {
          context.addIssue({ code: "custom", message: "Links in the article must be web addresses starting with http:// or https://." });
        }
      }
      for (const child of node.content ?? []) walk(child, depth + 1);
    };
    walk(doc as DocNode, 0);
    if (nodes > MAX_NODES) context.addIssue({ code: "custom", message: "The article is too large to store as one version." });
  })
  .transform((doc) => doc as DocNode);
