import { docToText, posToTextOffset, textOffsetToPos, type DocNode } from "@/lib/articles/doc-text";

const doc: DocNode = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Title" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "One " },
        { type: "text", text: "bold", marks: [{ type: "bold" }] },
        { type: "hardBreak" },
        { type: "text", text: "two" },
      ],
    },
    {
      type: "bulletList",
      content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Item" }] }] }],
    },
    { type: "paragraph" },
    { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "Quote 😀" }] }] },
  ],
};

describe("docToText", () => {
  const map = docToText(doc);

  it("joins text blocks with a blank line and hard breaks with a newline", () => {
    expect(map.text).toBe("Title\n\nOne bold\ntwo\n\nItem\n\n\n\nQuote 😀");
  });

  it("maps every character of every block to the ProseMirror position of that character", () => {
    // Positions computed by hand from ProseMirror's counting rules (each non-leaf node opens and closes with 1).
    expect(map.blocks.map((b) => b.pos)).toEqual([1, 8, 24, 32, 35]);
    expect(textOffsetToPos(map, map.text.indexOf("bold"))).toBe(8 + 4);
    expect(textOffsetToPos(map, map.text.indexOf("two"))).toBe(8 + 9);
    expect(textOffsetToPos(map, map.text.indexOf("Quote"))).toBe(35);
  });

  it("round-trips offsets inside blocks", () => {
    for (const block of map.blocks) {
      for (let offset = block.textStart; offset <= block.textEnd; offset++) {
        expect(posToTextOffset(map, textOffsetToPos(map, offset))).toBe(offset);
      }
    }
  });

  it("snaps offsets inside separators to block edges", () => {
    const inSeparator = map.text.indexOf("\n\nOne") + 1;
    expect(textOffsetToPos(map, inSeparator, "end")).toBe(1 + 5);
    expect(textOffsetToPos(map, inSeparator, "start")).toBe(8);
  });
});
