"use client";
import { useRef, useState } from "react";
import { ImportDialog, type ImportTarget } from "./import-dialog";

/** The "Import article" (or "Import new version") button and the dialog it opens. */
export function ImportArticleButton({ target, label = "Import article" }: { target: ImportTarget; label?: string }) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={opener} type="button" className={"articleId" in target ? "button" : "button button--primary"} onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && (
        <ImportDialog
          target={target}
          onClose={() => {
            setOpen(false);
            opener.current?.focus();
          }}
        />
      )}
    </>
  );
}
