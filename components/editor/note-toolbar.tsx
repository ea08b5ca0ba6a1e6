"use client";

import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import type { KeyboardEvent, ReactNode } from "react";
import { isHttpUrl } from "@/lib/notes";

type ToolbarProps = { editor: Editor; disabled: boolean; onLinkRefused(): void };

function ToolbarButton(props: { label: string; shortcut?: string; pressed: boolean; disabled: boolean; onPress(): void; children: ReactNode }) {
  return (
    <button
      type="button"
      className="note-toolbar__button"
      aria-label={props.label}
      aria-pressed={props.pressed}
      title={props.shortcut ? `${props.label} (${props.shortcut})` : props.label}
      disabled={props.disabled}
      // Keep focus (and the selection) in the note while clicking.
      onMouseDown={(event) => event.preventDefault()}
      onClick={props.onPress}
    >
      <span aria-hidden="true">{props.children}</span>
    </button>
  );
}

// Drawn rather than an emoji, which not every system font has.
function LinkIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
      <path d="M6.5 9.5l3-3" />
      <path d="M7 4.5l1.2-1.2a2.5 2.5 0 0 1 3.5 3.5L10.5 8" />
      <path d="M9 11.5l-1.2 1.2a2.5 2.5 0 0 1-3.5-3.5L5.5 8" />
    </svg>
  );
}

// Arrow keys move between buttons, as in the WAI-ARIA toolbar pattern.
function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>("button:not(:disabled)"));
  const index = buttons.indexOf(event.target as HTMLButtonElement);
  if (index < 0) return;
  event.preventDefault();
  buttons[(index + (event.key === "ArrowRight" ? 1 : buttons.length - 1)) % buttons.length].focus();
}

/** Bold, italic, lists and link buttons for the note editor, each showing whether it applies at the cursor. */
export function NoteToolbar({ editor, disabled, onLinkRefused }: ToolbarProps) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
      link: e.isActive("link"),
    }),
  });

  const editLink = () => {
    const current = editor.getAttributes("link").href as string | undefined;
    const answer = window.prompt("Link address (http:// or https://). Leave empty to remove the link.", current ?? "https://");
    if (answer === null) return;
    const href = answer.trim();
    if (href === "" || href === "https://") return void editor.chain().focus().extendMarkRange("link").unsetLink().run();
    if (!isHttpUrl(href)) return onLinkRefused();
    if (editor.state.selection.empty && !active.link) {
      // Nothing selected to turn into a link: insert the address itself as the link text.
      editor.chain().focus().insertContent({ type: "text", text: href, marks: [{ type: "link", attrs: { href } }] }).run();
    } else {
      editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
    }
  };

  return (
    <div role="toolbar" aria-label="Note formatting" className="note-toolbar" onKeyDown={moveFocus}>
      <ToolbarButton label="Bold" shortcut="Ctrl+B" pressed={active.bold} disabled={disabled} onPress={() => editor.chain().focus().toggleBold().run()}>
        B
      </ToolbarButton>
      <ToolbarButton label="Italic" shortcut="Ctrl+I" pressed={active.italic} disabled={disabled} onPress={() => editor.chain().focus().toggleItalic().run()}>
        I
      </ToolbarButton>
      <ToolbarButton label="Bulleted list" pressed={active.bulletList} disabled={disabled} onPress={() => editor.chain().focus().toggleBulletList().run()}>
        {"\u2022"}
      </ToolbarButton>
      <ToolbarButton label="Numbered list" pressed={active.orderedList} disabled={disabled} onPress={() => editor.chain().focus().toggleOrderedList().run()}>
        1.
      </ToolbarButton>
      <ToolbarButton label="Link" pressed={active.link} disabled={disabled} onPress={editLink}>
        <LinkIcon />
      </ToolbarButton>
    </div>
  );
}
