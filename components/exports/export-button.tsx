"use client";
import { useState } from "react";
import { ExportDialog } from "./export-dialog";

export function ExportButton(props: { articleId: string; members: { id: string; name: string | null }[] }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--small" onClick={() => setOpen(true)}>
        Export
      </button>
      {open && <ExportDialog articleId={props.articleId} members={props.members} onClose={() => setOpen(false)} />}
    </>
  );
}
