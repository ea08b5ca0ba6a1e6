"use client";
import { useRef, useState } from "react";
import { ImportDialog } from "./import-dialog";

/** The "Import article" button and the dialog it opens. */
export function ImportArticleButton({ teamId }: { teamId: string }) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={opener} type="button" className="button button--primary" onClick={() => setOpen(true)}>
        Import article
      </button>
      {open && (
        <ImportDialog
          teamId={teamId}
          onClose={() => {
            setOpen(false);
            opener.current?.focus();
          }}
        />
      )}
    </>
  );
}
