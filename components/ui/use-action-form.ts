"use client";
import { useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/result";

export const OFFLINE_MESSAGE = "Factdesk could not reach the server. Check your connection and try again.";

export type ActionFormOptions<Input, Data> = {
  /** Reads the action's input from the submitted form (the element too, for checkbox groups). */
  toInput: (data: FormData, form: HTMLFormElement) => NoInfer<Input>;
  /** After a success: reset the form, show a toast, navigate — whatever this form does; nothing is reset for it. */
  onSuccess?: (data: Data, form: HTMLFormElement) => void;
};

/**
 * The state every form that submits one server action kept its own copy of: a form-level error, a message per field,
 * a busy flag, and the submit handler tying them to an ActionResult. Errors are cleared when a new attempt starts,
 * so a repeated failure is announced again; an action that throws (the network, not the server's answer) becomes the
 * connection message instead of reaching the error boundary, and the transition always ends.
 */
export function useActionForm<Input, Data>(action: (input: Input) => Promise<ActionResult<Data>>, options: ActionFormOptions<Input, Data>) {
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = options.toInput(new FormData(form), form);
    setError(null);
    setFields({});
    startTransition(async () => {
      let result: ActionResult<Data>;
      try {
        result = await action(input);
      } catch {
        result = { ok: false, code: "INTERNAL", message: OFFLINE_MESSAGE };
      }
      if (!result.ok) {
        setError(result.message);
        setFields(result.fields ?? {});
        return;
      }
      options.onSuccess?.(result.data, form);
    });
  }

  return { error, fields, pending, onSubmit };
}
