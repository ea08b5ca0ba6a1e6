/** @jest-environment jsdom */
import { act } from "react";
import { ApprovalBar } from "@/components/collab/approval-bar";
import { AssignControl } from "@/components/collab/assign-control";
import { CommentThread } from "@/components/collab/comment-thread";
import { NotificationBell } from "@/components/collab/notification-bell";
import { SummaryField } from "@/components/collab/summary-field";
import { ToastProvider } from "@/components/ui/toast";
import type { ReviewState } from "@/lib/activity/get-review-state";
import type { ClaimView } from "@/lib/claims/claim-view";
import { mount, type Mounted } from "../editor/react-harness";

jest.mock("@/components/collab/collab.css", () => ({}));
jest.mock("next/link", () => ({ __esModule: true, default: ({ href, children, ...rest }: { href: string; children: unknown }) => <a href={href} {...rest}>{children as never}</a> }));
// The review page's route: the open claim's reads are fetched from routes under its article.
jest.mock("next/navigation", () => ({ useParams: () => ({ articleId: "article-1" }) }));
jest.mock("@/app/(app)/articles/[articleId]/collab-actions", () => ({
  assignClaimAction: jest.fn(),
  approveClaimAction: jest.fn(),
  reopenClaimAction: jest.fn(),
  setClaimSummaryAction: jest.fn(),
  addCommentAction: jest.fn(),
  countUnreadNotificationsAction: jest.fn(),
  listNotificationsAction: jest.fn(),
  markNotificationReadAction: jest.fn(),
  markAllNotificationsReadAction: jest.fn(),
}));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const actions = require("@/app/(app)/articles/[articleId]/collab-actions") as Record<string, jest.Mock>;

/** What the open claim's read routes answer (GET /api/articles/:articleId/claims/:claimId/<read>), by read. */
const reads: Record<string, unknown> = {};
const fetchMock = jest.fn(async (url: string) => {
  const read = url.split("/").pop()!;
  const found = url.startsWith("/api/articles/article-1/claims/") && read in reads;
  return { ok: found, status: found ? 200 : 404, json: async () => (found ? reads[read] : { code: "NOT_FOUND", message: "That claim was not found." }) };
});
beforeEach(() => {
  global.fetch = fetchMock as unknown as typeof fetch;
});

const person = (id: string, name: string) => ({ id, name });
let claimCounter = 0;
function makeClaim(overrides: Partial<ClaimView> = {}): ClaimView {
  claimCounter++;
  return {
    id: `claim-${claimCounter}`,
    versionId: "v1",
    start: 0,
    end: 5,
    exact: "12 million euros",
    prefix: "",
    suffix: "",
    status: "VERIFIED",
    note: null,
    noteText: "",
    revision: 3,
    createdAt: "2026-05-03T10:00:00.000Z",
    updatedAt: "2026-05-03T10:00:00.000Z",
    deletedAt: null,
    anchorState: "ANCHORED",
    approvedAt: null,
    assignee: null,
    createdBy: person("ana", "Ana"),
    updatedBy: person("ana", "Ana"),
    sources: [],
    ...overrides,
  };
}
function review(claim: ClaimView, overrides: Partial<ReviewState> = {}): ReviewState {
  return {
    claimId: claim.id,
    revision: claim.revision,
    status: claim.status,
    summary: null,
    assignee: claim.assignee,
    approvedAt: null,
    approvedBy: null,
    requireSecondReviewer: false,
    lastReviewer: person("ana", "Ana"),
    viewerId: "ben",
    approveBlocker: null,
    ...overrides,
  };
}

const flush = () => act(async () => {});
function byText(container: HTMLElement, selector: string, text: string): HTMLElement {
  const found = Array.from(container.querySelectorAll<HTMLElement>(selector)).find((el) => el.textContent?.trim() === text);
  if (!found) throw new Error(`no ${selector} with text ${text}`);
  return found;
}
function labelled(container: HTMLElement, label: string): HTMLElement {
  const forId = byText(container, "label", label).getAttribute("for");
  return container.querySelector<HTMLElement>(`[id="${forId}"]`)!;
}
// React tracks input values itself: set through the native setter so onChange fires.
function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, "value")!.set!.call(element, value);
  element.dispatchEvent(new Event("input", { bubbles: true }));
}

let view: Mounted;
afterEach(async () => {
  await view?.unmount();
  jest.clearAllMocks();
  for (const read of Object.keys(reads)) delete reads[read];
});

describe("ApprovalBar", () => {
  it("explains why Approve is disabled", async () => {
    const claim = makeClaim();
    reads["review-state"] = review(claim, { approveBlocker: "This team requires a second reviewer: someone other than you must approve this claim." });
    view = await mount(<ApprovalBar claim={claim} canApprove onClaimChanged={() => {}} />);
    await flush();
    const approve = byText(view.container, "button", "Approve") as HTMLButtonElement;
    expect(approve.disabled).toBe(true);
    const why = view.container.querySelector(`[id="${approve.getAttribute("aria-describedby")}"]`);
    expect(why?.textContent).toContain("second reviewer");
  });

  it("approves with the claim's revision and hands the saved claim back", async () => {
    const claim = makeClaim();
    const saved = { ...claim, revision: 4 };
    reads["review-state"] = review(claim);
    actions.approveClaimAction.mockResolvedValue({ ok: true, data: saved });
    const onClaimChanged = jest.fn();
    view = await mount(
      <ToastProvider>
        <ApprovalBar claim={claim} canApprove onClaimChanged={onClaimChanged} />
      </ToastProvider>,
    );
    await flush();
    await act(async () => byText(view.container, "button", "Approve").click());
    expect(actions.approveClaimAction).toHaveBeenCalledWith({ claimId: claim.id, revision: 3 });
    expect(onClaimChanged).toHaveBeenCalledWith(saved);
    expect(view.container.querySelector('[role="status"]')?.textContent).toContain("Claim approved");
  });

  it("shows who approved a locked claim, and Reopen only to those who may", async () => {
    const claim = makeClaim();
    reads["review-state"] = review(claim, { approvedAt: "2026-05-03T12:30:00.000Z", approvedBy: person("cleo", "Cleo") });
    view = await mount(<ApprovalBar claim={claim} canApprove={false} onClaimChanged={() => {}} />);
    await flush();
    expect(view.container.textContent).toContain("Approved by Cleo");
    expect(view.container.textContent).toContain("An editor can reopen it.");
    expect(Array.from(view.container.querySelectorAll("button")).map((b) => b.textContent)).not.toContain("Reopen");
  });
});

describe("SummaryField", () => {
  it("counts characters live and refuses to save more than 75", async () => {
    const claim = makeClaim();
    reads["review-state"] = review(claim, { summary: "Budget" });
    view = await mount(<SummaryField claim={claim} canWrite onClaimChanged={() => {}} />);
    await flush();
    const input = labelled(view.container, "Summary of the claim") as HTMLInputElement;
    expect(input.value).toBe("Budget");
    expect(view.container.textContent).toContain("6/75");
    const save = byText(view.container, "button", "Save summary") as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    await act(async () => type(input, "x".repeat(76)));
    expect(view.container.textContent).toContain("76/75");
    expect(save.disabled).toBe(true);
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(view.container.querySelector('[role="alert"]')?.textContent).toContain("remove 1");
    await act(async () => type(input, "The council approved 12m"));
    expect(save.disabled).toBe(false);
  });

  it("saves the typed line and follows the saved claim", async () => {
    const claim = makeClaim();
    const saved = { ...claim, revision: 4 };
    reads["review-state"] = review(claim);
    actions.setClaimSummaryAction.mockResolvedValue({ ok: true, data: saved });
    const onClaimChanged = jest.fn();
    view = await mount(<SummaryField claim={claim} canWrite onClaimChanged={onClaimChanged} />);
    await flush();
    await act(async () => type(labelled(view.container, "Summary of the claim") as HTMLInputElement, "Council budget is 12m"));
    await act(async () => byText(view.container, "button", "Save summary").click());
    expect(actions.setClaimSummaryAction).toHaveBeenCalledWith({ claimId: claim.id, revision: 3, summary: "Council budget is 12m" });
    expect(onClaimChanged).toHaveBeenCalledWith(saved);
  });
});

describe("CommentThread", () => {
  it("lists comments with mentions marked, and sends with Ctrl+Enter", async () => {
    const claim = makeClaim();
    reads.comments = [{ id: "c1", body: "@[Ben] can you check?", createdAt: "2026-05-03T10:00:00.000Z", author: person("ana", "Ana"), mentions: [person("ben", "Ben")] }];
    actions.addCommentAction.mockResolvedValue({ ok: true, data: { id: "c2", body: "On it", createdAt: "2026-05-03T10:05:00.000Z", author: person("ben", "Ben"), mentions: [] } });
    view = await mount(<CommentThread claim={claim} members={[person("ana", "Ana"), person("ben", "Ben")]} canWrite />);
    await flush();
    expect(view.container.querySelector(".collab-mention")?.textContent).toBe("@[Ben]");
    const box = labelled(view.container, "Add a comment") as HTMLTextAreaElement;
    expect(view.container.querySelector(`[id="${box.getAttribute("aria-describedby")}"]`)?.textContent).toContain("@[Their Name]");
    await act(async () => type(box, "On it"));
    await act(async () => box.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", ctrlKey: true, bubbles: true })));
    expect(actions.addCommentAction).toHaveBeenCalledWith({ claimId: claim.id, body: "On it" });
    expect(fetchMock).toHaveBeenCalledWith(`/api/articles/article-1/claims/${claim.id}/comments`, expect.objectContaining({ cache: "no-store" }));
    expect(Array.from(view.container.querySelectorAll(".collab-comment__body")).map((p) => p.textContent)).toEqual(["@[Ben] can you check?", "On it"]);
    expect(box.value).toBe("");
  });

  it("inserts a mention from the picker, and shows no box to those who cannot comment", async () => {
    const claim = makeClaim();
    reads.comments = [];
    view = await mount(<CommentThread claim={claim} members={[person("ana", "Ana Lopez")]} canWrite />);
    await flush();
    const picker = labelled(view.container, "Mention a teammate") as HTMLSelectElement;
    await act(async () => {
      picker.value = "ana";
      picker.dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect((labelled(view.container, "Add a comment") as HTMLTextAreaElement).value).toBe("@[Ana Lopez] ");
    await view.render(<CommentThread claim={claim} members={[]} canWrite={false} />);
    expect(view.container.querySelector("textarea")).toBeNull();
  });
});

describe("AssignControl", () => {
  it("offers the team's members and assigns to me", async () => {
    const claim = makeClaim({ assignee: person("ana", "Ana") });
    const saved = { ...claim, assignee: person("ben", "Ben"), revision: 4 };
    reads["review-state"] = review(claim);
    actions.assignClaimAction.mockResolvedValue({ ok: true, data: saved });
    const onClaimChanged = jest.fn();
    view = await mount(<AssignControl claim={claim} members={[person("ana", "Ana"), person("ben", "Ben")]} canWrite onClaimChanged={onClaimChanged} />);
    await flush();
    const select = labelled(view.container, "Assignee") as HTMLSelectElement;
    expect(select.value).toBe("ana");
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual(["Nobody", "Ana", "Ben (you)"]);
    await act(async () => byText(view.container, "button", "Assign to me").click());
    expect(actions.assignClaimAction).toHaveBeenCalledWith({ claimId: claim.id, revision: 3, assigneeId: "ben" });
    expect(onClaimChanged).toHaveBeenCalledWith(saved);
  });

  it("is disabled, with the reason, on an approved claim", async () => {
    const claim = makeClaim();
    reads["review-state"] = review(claim, { approvedAt: "2026-05-03T12:30:00.000Z" });
    view = await mount(<AssignControl claim={claim} members={[person("ana", "Ana")]} canWrite onClaimChanged={() => {}} />);
    await flush();
    const select = labelled(view.container, "Assignee") as HTMLSelectElement;
    expect(select.disabled).toBe(true);
    expect(view.container.querySelector(`[id="${select.getAttribute("aria-describedby")}"]`)?.textContent).toContain("locked");
  });
});

describe("NotificationBell", () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick"] }));
  afterEach(() => jest.useRealTimers());

  it("shows the unread count, polls every 30 seconds, and marks one read from the dropdown", async () => {
    actions.countUnreadNotificationsAction.mockResolvedValueOnce({ ok: true, data: 2 }).mockResolvedValue({ ok: true, data: 3 });
    actions.listNotificationsAction.mockResolvedValue({
      ok: true,
      data: [
        { id: "n1", kind: "MENTION", message: "Ana mentioned you", createdAt: "2026-05-03T10:00:00.000Z", readAt: null, actor: person("ana", "Ana"), team: { id: "t", name: "Desk" }, href: "/articles/a?claim=c" },
        { id: "n2", kind: "REPLY", message: "Ben replied", createdAt: "2026-05-03T09:00:00.000Z", readAt: null, actor: person("ben", "Ben"), team: { id: "t", name: "Desk" }, href: null },
        { id: "n3", kind: "ASSIGNED", message: "Old news", createdAt: "2026-05-02T09:00:00.000Z", readAt: "2026-05-02T10:00:00.000Z", actor: person("ben", "Ben"), team: { id: "t", name: "Desk" }, href: null },
      ],
    });
    actions.markNotificationReadAction.mockResolvedValue({ ok: true, data: { id: "n1", readAt: "2026-05-03T11:00:00.000Z" } });
    view = await mount(<NotificationBell />);
    await flush();
    const bell = view.container.querySelector<HTMLButtonElement>("button[aria-expanded]")!;
    expect(bell.getAttribute("aria-label")).toBe("Notifications, 2 unread");
    await act(async () => jest.advanceTimersByTime(30_000));
    expect(actions.countUnreadNotificationsAction).toHaveBeenCalledTimes(2);
    expect(bell.getAttribute("aria-label")).toBe("Notifications, 3 unread");

    await act(async () => bell.click());
    await flush();
    expect(bell.getAttribute("aria-expanded")).toBe("true");
    expect(bell.getAttribute("aria-label")).toBe("Notifications, 2 unread");
    const markButtons = view.container.querySelectorAll<HTMLButtonElement>('button[aria-label^="Mark read"]');
    expect(markButtons).toHaveLength(2);
    await act(async () => markButtons[0].click());
    expect(actions.markNotificationReadAction).toHaveBeenCalledWith({ notificationId: "n1" });
    expect(bell.getAttribute("aria-label")).toBe("Notifications, 1 unread");
    await act(async () => view.container.querySelector(".collab-bell")!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true })));
    expect(bell.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(bell);
  });
});
