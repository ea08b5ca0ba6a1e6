"use client";

import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { saveEditedVersionAction } from "@/app/(app)/articles/[articleId]/actions";
import { FormError } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import type { DocNode } from "@/lib/articles/doc-text";

export type ArticleTextEditorProps = { articleId: string; doc: DocNode; basedOnNumber: number };

// The same schema as the article viewer, so every edit can be drawn and anchored exactly as stored.
const extensions = [StarterKit.configure({ link: { openOnClick: false }, trailingNode: false })];
const editorProps = { attributes: { role: "textbox", "aria-multiline": "true", "aria-label": "Article text (editable)", class: "article-text article-text--editing" } };

/** Corrections and updates typed straight into the article; saving stores a new version and re-anchors every claim. */
export function ArticleTextEditor(props: ArticleTextEditorProps) {
  const router = useRouter();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const editor = useEditor({ immediatelyRender: false, content: props.doc, extensions, editorProps });
  const state = useEditorState({
    editor,
    selector: ({ editor }) => ({
      dirty: !!editor && editor.can().undo(),
      heading: !!editor?.isActive("heading"),
    }),
  });
  const dirty = !!state?.dirty;

  async function save() {
    if (!editor || saving) return;
    setSaving(true);
    setError(null);
    try {
      const result = await saveEditedVersionAction({ articleId: props.articleId, basedOnNumber: props.basedOnNumber, doc: editor.getJSON() });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      const { number, outcomes } = result.data;
      const unsure = outcomes.NEEDS_REVIEW + outcomes.ORPHANED;
      toast.show(`Version ${number} saved. ${outcomes.ANCHORED + outcomes.MOVED} claims kept their words${unsure ? `, ${unsure} need a look` : ""}.`);
      router.push(`/articles/${props.articleId}/versions/${number}`);
    } catch {
      setError("Factdesk could not reach the server, so the new version was not saved. Your edits are still here: check your connection and save again.");
    } finally {
      setSaving(false);
    }
  }

  // Leaving with unsaved edits asks first; Ctrl/Cmd+S saves.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty) event.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [dirty]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        document.getElementById("save-version")?.click();
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <div className="text-editor">
      <div className="text-editor__bar" role="toolbar" aria-label="Article editing">
        <button type="button" className="button button--ghost button--small" aria-pressed={!!state?.heading} disabled={!editor}
          onClick={() => editor?.chain().focus().toggleHeading({ level: 2 }).run()}>
          Heading
        </button>
        <button type="button" className="button button--ghost button--small" disabled={!editor?.can().undo()} onClick={() => editor?.chain().focus().undo().run()}>
          Undo
        </button>
        <button type="button" className="button button--ghost button--small" disabled={!editor?.can().redo()} onClick={() => editor?.chain().focus().redo().run()}>
          Redo
        </button>
        <span className="text-editor__spacer" />
        <span className="muted small" aria-live="polite">{dirty ? "Unsaved changes" : "No changes yet"}</span>
        <a className="button button--ghost button--small" href={`/articles/${props.articleId}`}>
          Cancel
        </a>
        <button id="save-version" type="button" className="button button--primary button--small" disabled={!dirty || saving} onClick={() => void save()}>
          {saving ? "Saving and re-anchoring…" : `Save as version ${props.basedOnNumber + 1}`}
        </button>
      </div>
      {saving && <div className="progress progress--indeterminate" role="progressbar" aria-label="Saving the new version" />}
      <FormError message={error} />
      <EditorContent editor={editor} className="text-editor__body" />
    </div>
  );
}
