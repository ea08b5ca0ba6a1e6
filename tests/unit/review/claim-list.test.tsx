/** @jest-environment jsdom */
import { ClaimList } from "@/components/review/claim-list";
import { layoutRows, rowsInBand, rowsToRender } from "@/components/review/virtual-window";
import type { ClaimView } from "@/lib/claims/claim-view";
import { mount, type Mounted } from "../editor/react-harness";
import { claimView } from "./claim-view-fixture";

const claims: ClaimView[] = Array.from({ length: 2_000 }, (_, i) => claimView(`c${i}`, i * 10, { exact: `Claim number ${i} says the budget rose` }));

describe("windowing arithmetic", () => {
  const layout = layoutRows(5, (i) => [10, 20, 30, 40, 50][i]);

  it("places rows one after another", () => {
    expect(Array.from(layout.tops)).toEqual([0, 10, 30, 60, 100, 150]);
    expect(layout.total).toBe(150);
  });

  it("finds the rows a band touches, edges included", () => {
    expect(rowsInBand(layout, 0, 10)).toEqual({ first: 0, end: 1 });
    expect(rowsInBand(layout, 15, 61)).toEqual({ first: 1, end: 4 });
    expect(rowsInBand(layout, 140, 999)).toEqual({ first: 4, end: 5 });
    expect(rowsInBand(layout, 50, 50)).toEqual({ first: 0, end: 0 });
  });

  it("adds pinned rows (the focused one) in list order, once", () => {
    expect(rowsToRender({ first: 2, end: 4 }, [9, 3, -1, 0])).toEqual([0, 2, 3, 9]);
  });
});

describe("ClaimList with 2,000 claims", () => {
  let view: Mounted;
  afterEach(async () => view?.unmount());

  it("keeps only the rows near the screen in the DOM, each saying its place in the whole list", async () => {
    view = await mount(<ClaimList claims={claims} activeId={null} onOpen={() => {}} />);
    const list = view.container.querySelector('ol[aria-label="Claims"]')!;
    const rows = Array.from(list.querySelectorAll(":scope > li"));
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0].getAttribute("aria-setsize")).toBe("2000");
    expect(rows[0].getAttribute("aria-posinset")).toBe("1");
    expect(rows[0].querySelector("button")?.textContent).toContain("Claim number 0 says");
  });

  it("brings a far row into the DOM and focuses it when asked to reveal it", async () => {
    view = await mount(<ClaimList claims={claims} activeId={null} onOpen={() => {}} reveal={{ key: "c1500", nonce: 1 }} />);
    const row = view.container.querySelector('li[data-row-key="c1500"]');
    expect(row?.getAttribute("aria-posinset")).toBe("1501");
    expect(document.activeElement).toBe(row?.querySelector("button"));
  });

  it("keeps the focused row in the DOM when the list moves on", async () => {
    const opened: string[] = [];
    view = await mount(<ClaimList claims={claims} activeId={null} onOpen={(id) => opened.push(id)} reveal={{ key: "c1500", nonce: 1 }} />);
    // The reveal is done; a re-render without it must not drop the row that has focus.
    await view.render(<ClaimList claims={claims} activeId={null} onOpen={(id) => opened.push(id)} reveal={null} />);
    const button = view.container.querySelector<HTMLButtonElement>('li[data-row-key="c1500"] button');
    expect(document.activeElement).toBe(button);
    button!.click();
    expect(opened).toEqual(["c1500"]);
  });
});
