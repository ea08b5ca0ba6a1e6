import { expect, type Page } from "@playwright/test";

/** Selects `text` inside the article the way a person does: press before its first character, release after its last. */
export async function selectInArticle(page: Page, text: string): Promise<void> {
  const box = await page.getByLabel("Article text").evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? "").indexOf(wanted);
      if (at === -1) continue;
      const rectOf = (offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getClientRects()[0];
      };
      (node.parentElement as HTMLElement).scrollIntoView({ block: "center" });
      const first = rectOf(at);
      const last = rectOf(at + wanted.length - 1);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    return null;
  }, text);
  if (!box) throw new Error(`"${text}" is not inside one text node of the article`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/** The text and status of each highlighted claim, read from the decorations' data attributes. */
export async function highlights(page: Page): Promise<Map<string, { text: string; status: string }>> {
  const entries = await page.getByLabel("Article text").evaluate((root) => {
    const found: Record<string, { text: string; status: string }> = {};
    for (const span of Array.from(root.querySelectorAll<HTMLElement>("[data-claim-id]"))) {
      if (span.hasAttribute("data-claim-badge")) continue;
      const id = span.dataset.claimId ?? "";
      // Nested spans of overlapping claims would count twice: take text only from spans not inside the same claim.
      if (span.parentElement?.closest(`[data-claim-id="${id}"]`)) continue;
      const entry = (found[id] ??= { text: "", status: span.dataset.status ?? "" });
      entry.text += span.textContent ?? "";
    }
    return Object.entries(found);
  });
  return new Map(entries);
}

/** Sentences of the article as shown, one from each of several paragraphs, for marking claims. */
export async function pickSentences(page: Page, count: number): Promise<string[]> {
  // Each paragraph's text nodes: suggested sentences sit in spans of their own, so a sentence is looked for inside one
  // node (selectInArticle needs that). Paragraphs with links or marks are skipped: they split sentences across nodes.
  const paragraphs = await page.getByLabel("Article text").evaluate((root) =>
    Array.from(root.querySelectorAll("p"))
      .filter((p) => Array.from(p.querySelectorAll("*")).every((el) => el.matches("[data-suggestion-id]") && el.children.length === 0))
      .map((p) => {
        const nodes: string[] = [];
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node.textContent ?? "");
        return nodes;
      }),
  );
  const sentences: string[] = [];
  for (const nodes of paragraphs) {
    const sentence = nodes
      .flatMap((text) => text.split(/(?<=[.!?])\s+/))
      .map((s) => s.trim())
      .find((s) => s.length >= 50 && s.length <= 220 && !/â/.test(s));
    if (sentence && !sentences.some((s) => s.includes(sentence) || sentence.includes(s))) sentences.push(sentence);
  }
  // Spread the picks through the article rather than taking the first paragraphs.
  const step = Math.max(1, Math.floor(sentences.length / count));
  const picked = sentences.filter((_, index) => index % step === 0).slice(0, count);
  expect(picked.length).toBe(count);
  return picked;
}
