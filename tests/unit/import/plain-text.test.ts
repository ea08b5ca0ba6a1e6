jest.mock("jsdom", () => jest.requireActual("../../support/native-modules").nativeModule("jsdom"));
import { importArticle } from "@/lib/import";
import { boilerplateReason } from "@/lib/import/text/boilerplate";
import { expectWellFormed } from "./support/doc-checks";

// The plain-text rules on made-up articles: each rule is general (shapes and fixed furniture phrases), so it must
// work on text it has never seen, and must not eat sentences that merely resemble furniture.

const S1 = "The council approved the budget on Tuesday after a long debate about schools and roads in the city.";
const S2 = "Opponents said the plan would cut bus services in the poorest districts, and vowed to fight it next year.";
const S3 = "The mayor said the vote showed the city could still agree on hard choices, even in an election year.";
const paste = (...lines: string[]) => importArticle({ kind: "text", text: lines.join("\n\n") });

describe("plain-text structure", () => {
  it("splits on blank lines, and on every line when the text has no blank line at all", async () => {
    const blank = await importArticle({ kind: "text", text: `Budget passes\n\n${S1}\n\n${S2}` });
    const single = await importArticle({ kind: "text", text: `Budget passes\n${S1}\n${S2}` });
    expect(blank.text).toBe(`${S1}\n\n${S2}`);
    expect(single.text).toBe(blank.text);
    expect(single.title).toBe("Budget passes");
  });

  it("joins hard-wrapped paragraphs again", async () => {
    const wrapped = "The council approved the budget on Tuesday after a\nlong debate about schools and roads in the city,\nwhich ran late into the night.";
    const article = await importArticle({ kind: "text", text: `Budget passes\n\n${wrapped}\n\n${S2}` });
    expect(article.text).toBe(`${wrapped.replace(/\n/g, " ")}\n\n${S2}`);
  });

  it("makes short lines headings, bulleted lines a list, and keeps numbered lines as text", async () => {
    const article = await paste("Budget passes", S1, "What changes", "- Schools get more\n- Roads get less", "1. First point of the plan", S2);
    expectWellFormed(article);
    expect(article.doc.content?.map((n) => n.type)).toEqual(["paragraph", "heading", "bulletList", "heading", "paragraph"]);
    expect(article.text).toContain("Schools get more\n\nRoads get less\n\n1. First point of the plan");
  });

  it("moves a byline and a date line under the headline into the metadata", async () => {
    const article = await paste("Budget passes", "By Jane Doe and John Roe", "Published November 26, 2025", S1, S2);
    expect(article.byline).toBe("Jane Doe and John Roe");
    expect(article.publishedAt).toBe("2025-11-26");
    expect(article.text).toBe(`${S1}\n\n${S2}`);
    expect(article.report.removed.map((r) => r.reason)).toEqual(["byline (moved to the byline field)", "date line (moved to the date field)"]);
  });
});

describe("plain-text chrome removal", () => {
  it("drops navigation above the headline and the footer below the last paragraph", async () => {
    const article = await paste("Menu", "Search", "World Politics Business", "Budget passes in late vote", S1, S2, "Share this article", "Related Stories", "Copyright © 2025 City News. All rights reserved.");
    expect(article.title).toBe("Budget passes in late vote");
    expect(article.text).toBe(`${S1}\n\n${S2}`);
    expect(article.report.removed.map((r) => r.reason)).toEqual(["navigation", "navigation", "navigation", "share buttons", "related links", "copyright footer"]);
  });

  it("drops furniture inside the article without touching the sentences around it", async () => {
    const article = await paste("Budget passes", S1, "Advertisement - Continue Reading Below", S2, "Story continues below advertisement", S3);
    expect(article.text).toBe(`${S1}\n\n${S2}\n\n${S3}`);
  });

  it("keeps sentences that merely start like furniture", async () => {
    const lookalikes = [
      "Advertisement revenue at the paper fell by a fifth last year, the company said in its report.",
      "Copyright law was not changed by the vote, the council's lawyers said on Wednesday morning.",
      "Related stories from other cities suggest that the cuts will be felt most by older residents.",
      "Share prices of the bus company fell after the vote, traders in the city said on Wednesday.",
    ];
    for (const line of lookalikes) expect(boilerplateReason(line)).toBeNull();
    const article = await paste("Budget passes", S1, ...lookalikes, S2);
    expect(article.report.removed).toEqual([]);
  });

  it("drops a link list after a related-stories header, but not article text after a mid-article header", async () => {
    const linkList = await paste("Budget passes", S1, S2, S3, "Read more", "Other city cuts buses", "Council in row over", "Mayor faces questions");
    expect(linkList.text).toBe(`${S1}\n\n${S2}\n\n${S3}`);
    const midArticle = await paste("Budget passes", S1, "Related", S2, S3, "The vote is final, and the cuts start in January, officials said.");
    expect(midArticle.text).toContain(S2);
    expect(midArticle.text).toContain("The vote is final");
  });

  it("drops a table of contents that repeats the article's own headings", async () => {
    const article = await paste(S1, "- Why it passed\n- Who loses\n- What next", "Why it passed", S2, "Who loses", S3, "What next", S1.replace("Tuesday", "Friday"));
    expect(article.report.removed.map((r) => [r.text, r.reason])).toEqual([
      ["Why it passed", "duplicate heading list"],
      ["Who loses", "duplicate heading list"],
      ["What next", "duplicate heading list"],
    ]);
    expect(article.doc.content?.filter((n) => n.type === "heading")).toHaveLength(3);
  });

  it("makes a title from the first sentence when there is no headline, and warns", async () => {
    const article = await paste(S1, S2);
    expect(article.title).toBe("The council approved the budget on Tuesday after a long debate about schools and roads…");
    expect(article.text).toBe(`${S1}\n\n${S2}`);
    expect(article.report.warnings).toEqual(["The text has no headline, so its first sentence was used as the title. Check the title."]);
  });
});
