"use client";
import { useEffect, useRef, useState, type FormEvent } from "react";

export type NewSource = { url: string; title?: string; publisher?: string; relation: "SUPPORTS" | "CONTRADICTS" | "CONTEXT" };

/** Adds a source link to the open claim; the URL field takes focus on the L shortcut. */
export function SourceForm(props: { busy: boolean; focusNonce: number; onAdd: (source: NewSource) => Promise<boolean> }) {
  const urlField = useRef<HTMLInputElement>(null);
  const [openedByClick, setOpen] = useState(false);
  const open = openedByClick || props.focusNonce > 0; // the L shortcut opens the form too
  useEffect(() => {
    if (props.focusNonce) requestAnimationFrame(() => urlField.current?.focus());
  }, [props.focusNonce]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const ok = await props.onAdd({
      url: String(form.get("url") ?? ""),
      title: String(form.get("title") ?? ""),
      publisher: String(form.get("publisher") ?? ""),
      relation: String(form.get("relation") ?? "SUPPORTS") as NewSource["relation"],
    });
    if (ok) formElement.reset();
  }

  if (!open) {
    return (
      <button type="button" className="button button--small" onClick={() => setOpen(true)}>
        + Add a source link
      </button>
    );
  }
  return (
    <form className="source-form" onSubmit={onSubmit}>
      <div className="field">
        <label htmlFor="source-url">Source URL</label>
        <input ref={urlField} id="source-url" name="url" type="url" inputMode="url" placeholder="https://" required />
      </div>
      <div className="field">
        <label htmlFor="source-title">Title</label>
        <input id="source-title" name="title" placeholder="What the page is called" />
      </div>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="source-publisher">Publisher</label>
          <input id="source-publisher" name="publisher" />
        </div>
        <div className="field">
          <label htmlFor="source-relation">Relation</label>
          <select id="source-relation" name="relation" defaultValue="SUPPORTS">
            <option value="SUPPORTS">Supports the claim</option>
            <option value="CONTRADICTS">Contradicts the claim</option>
            <option value="CONTEXT">Gives context</option>
          </select>
        </div>
      </div>
      <button type="submit" className="button button--small button--primary" disabled={props.busy}>
        Add source
      </button>
    </form>
  );
}
