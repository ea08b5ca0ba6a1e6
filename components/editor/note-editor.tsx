"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useMemo, useRef, useState } from "react";
import { isHttpUrl, NOTE_MESSAGES, parseNote, type NoteDoc } from "@/lib/notes";
import { NoteToolbar } from "./note-toolbar";

export type NoteEditorProps = {
  value: NoteDoc | null;
  /** Called with every edit that passes the note whitelist (see lib/notes). */
  onChange(doc: NoteDoc): void;
  disabled?: boolean;
  ariaLabel?: string;
};

// Only what the note whitelist allows: anything else pasted in is dropped by the schema, not stored.
const extensions = [
  StarterKit.configure({
    heading: false,
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    trailingNode: false,
    link: {
      openOnClick: false,
      defaultProtocol: "https",
      isAllowedUri: (url) => isHttpUrl(url),
      shouldAutoLink: (url) => isHttpUrl(url),
    },
  }),
];

function attributesFor(ariaLabel: string, disabled: boolean): Record<string, string> {
  return {
    role: "textbox",
    "aria-multiline": "true",
    "aria-label": ariaLabel,
    "aria-readonly": String(disabled),
    class: "note-editor__content",
  };
}

/** A small rich-text editor for a claim's note. */
export function NoteEditor({ value, onChange, disabled = false, ariaLabel = "Note" }: NoteEditorProps) {
  const [error, setError] = useState<string | null>(null);
  const changeHandler = useRef(onChange);
  useEffect(() => {
    changeHandler.current = onChange;
  }, [onChange]);
  // The last note this editor emitted: when it comes back as `value`, the editor already shows it.
  const emitted = useRef<NoteDoc | null>(null);

  const editorProps = useMemo(() => ({ attributes: attributesFor(ariaLabel, disabled) }), [ariaLabel, disabled]);

  const editor = useEditor({
    immediatelyRender: false,
    extensions,
    content: value && parseNote(value).ok ? value : null,
    editable: !disabled,
    // useEditor hands changed editorProps to the live editor, so the label and read-only state stay current.
    editorProps,
    onUpdate: ({ editor: e }) => {
      const parsed = parseNote(e.getJSON());
      if (!parsed.ok) return setError(parsed.message);
      setError(null);
      emitted.current = parsed.note;
      changeHandler.current(parsed.note);
    },
  });

  useEffect(() => {
    if (!editor || value === emitted.current) return;
    const shown = parseNote(editor.getJSON());
    if (value && shown.ok && JSON.stringify(shown.note) === JSON.stringify(value)) return;
    editor.commands.setContent(value && parseNote(value).ok ? value : null, { emitUpdate: false });
  }, [editor, value]);

  // useEditor keeps the editable flag it was created with; follow the prop.
  useEffect(() => {
    editor?.setEditable(!disabled, false);
  }, [editor, disabled]);

  return (
    <div className="note-editor" data-disabled={disabled || undefined}>
      {editor && <NoteToolbar editor={editor} disabled={disabled} onLinkRefused={() => setError(NOTE_MESSAGES.link)} />}
      <EditorContent editor={editor} />
      {error && (
        <p className="note-editor__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
