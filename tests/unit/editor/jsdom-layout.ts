// jsdom does no layout, and its Range has no getClientRects/getBoundingClientRect. Tiptap's focus() scrolls the
// selection into view on the next animation frame, which asks ProseMirror for coordinates: give it empty boxes.
const empty = () => ({ x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) }) as DOMRect;

if (typeof Range !== "undefined" && !Range.prototype.getClientRects) {
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = empty;
}

export {};
