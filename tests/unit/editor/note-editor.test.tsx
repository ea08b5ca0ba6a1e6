/** @jest-environment jsdom */
import type { Editor } from "@tiptap/core";
import { act } from "react";
import { NoteEditor } from "@/components/editor/note-editor";
import { noteToHtml, type NoteDoc } from "@/lib/notes";
import "./jsdom-layout";
import { mount, type Mounted } from "./react-harness";

const initial: NoteDoc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Called the press office." }] }] };

function editorIn(container: HTMLElement): Editor {
  const dom = container.querySelector<HTMLElement & { editor?: Editor }>(".ProseMirror");
  if (!dom?.editor) throw new Error("editor not mounted");
  return dom.editor;
}

function button(container: HTMLElement, name: string): HTMLButtonElement {
  const found = container.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`);
  if (!found) throw new Error(`no button named ${name}`);
  return found;
}

async function press(container: HTMLElement, name: string) {
  await act(async () => button(container, name).click());
}

describe("NoteEditor", () => {
  let view: Mounted;
  afterEach(async () => view?.unmount());

  it("is a labelled multi-line textbox with a named formatting toolbar", async () => {
    view = await mount(<NoteEditor value={initial} onChange={() => {}} />);
    const box = view.container.querySelector('[role="textbox"]');
    expect(box?.getAttribute("aria-label")).toBe("Note");
    expect(box?.getAttribute("aria-multiline")).toBe("true");
    expect(box?.textContent).toBe("Called the press office.");
    const names = Array.from(view.container.querySelectorAll('[role="toolbar"] button')).map((b) => b.getAttribute("aria-label"));
    expect(names).toEqual(["Bold", "Italic", "Bulleted list", "Numbered list", "Link"]);
  });

  it("emits whitelisted notes as the user formats text", async () => {
    const onChange = jest.fn();
    view = await mount(<NoteEditor value={initial} onChange={onChange} ariaLabel="Note for claim 3" />);
    expect(view.container.querySelector('[role="textbox"]')?.getAttribute("aria-label")).toBe("Note for claim 3");
    const editor = editorIn(view.container);
    await act(async () => void editor.commands.setTextSelection({ from: 12, to: 17 })); // "press"
    await press(view.container, "Bold");
    expect(button(view.container, "Bold").getAttribute("aria-pressed")).toBe("true");
    const last = onChange.mock.calls.at(-1)![0] as NoteDoc;
    expect(noteToHtml(last)).toBe("<p>Called the <strong>press</strong> office.</p>");

    await press(view.container, "Bulleted list");
    expect(noteToHtml(onChange.mock.calls.at(-1)![0])).toBe("<ul><li><p>Called the <strong>press</strong> office.</p></li></ul>");
  });

  it("drops pasted content outside the whitelist", async () => {
    const onChange = jest.fn();
    view = await mount(<NoteEditor value={null} onChange={onChange} />);
    const editor = editorIn(view.container);
    await act(async () => {
      editor.commands.insertContent('<h1>Head</h1><p>Body <u>u</u> <a href="javascript:alert(1)">bad</a> <a href="https://ok.example">ok</a></p><script>alert(1)</script>');
    });
    const html = noteToHtml(onChange.mock.calls.at(-1)![0]);
    expect(html).toBe('<p>Head</p><p>Body u bad <a href="https://ok.example" rel="noopener noreferrer nofollow">ok</a></p>');
  });

  it("refuses a javascript: link from the link button and accepts an https one", async () => {
    const onChange = jest.fn();
    view = await mount(<NoteEditor value={initial} onChange={onChange} />);
    const editor = editorIn(view.container);
    await act(async () => void editor.commands.setTextSelection({ from: 12, to: 17 }));
    const prompt = jest.spyOn(window, "prompt").mockReturnValue("javascript:alert(1)");
    await press(view.container, "Link");
    expect(view.container.querySelector('[role="alert"]')?.textContent).toBe("Links in notes must start with http:// or https://.");
    expect(onChange).not.toHaveBeenCalled();
    prompt.mockReturnValue("https://council.example/budget");
    await press(view.container, "Link");
    expect(noteToHtml(onChange.mock.calls.at(-1)![0])).toBe(
      '<p>Called the <a href="https://council.example/budget" rel="noopener noreferrer nofollow">press</a> office.</p>',
    );
    prompt.mockRestore();
  });

  it("shows a new value from outside, and is read-only when disabled", async () => {
    view = await mount(<NoteEditor value={initial} onChange={() => {}} />);
    const other: NoteDoc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Other claim's note." }] }] };
    await view.render(<NoteEditor value={other} onChange={() => {}} disabled />);
    const box = view.container.querySelector('[role="textbox"]');
    expect(box?.textContent).toBe("Other claim's note.");
    expect(box?.getAttribute("contenteditable")).toBe("false");
    expect(box?.getAttribute("aria-readonly")).toBe("true");
    expect(button(view.container, "Bold").disabled).toBe(true);
  });
});
