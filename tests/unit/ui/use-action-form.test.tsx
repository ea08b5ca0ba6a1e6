/** @jest-environment jsdom */
import { act } from "react";
import { FormError, TextField } from "@/components/ui/text-field";
import { OFFLINE_MESSAGE, useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { mount, type Mounted } from "../editor/react-harness";

type Input = { name: string; topics: string[] };
type Action = (input: Input) => Promise<ActionResult<{ id: string }>>;

/** A form shaped like the real ones: a form-level error, a field error, and a busy button. */
function ProbeForm({ action, onSuccess }: { action: Action; onSuccess?: (data: { id: string }, form: HTMLFormElement) => void }) {
  const { error, fields, pending, onSubmit } = useActionForm(action, {
    toInput: (data, form) => ({
      name: String(data.get("name") ?? ""),
      topics: Array.from(form.querySelectorAll<HTMLInputElement>('input[name="topics"]:checked')).map((box) => box.value),
    }),
    onSuccess,
  });
  return (
    <form aria-label="Probe" onSubmit={onSubmit} noValidate>
      <FormError message={error} />
      <TextField name="name" label="Name" defaultValue="Ana" error={fields.name} />
      <input type="checkbox" name="topics" value="budget" defaultChecked aria-label="Budget" />
      <input type="checkbox" name="topics" value="health" aria-label="Health" />
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </button>
    </form>
  );
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

let view: Mounted;
const form = () => view.container.querySelector("form")!;
const button = () => view.container.querySelector("button")!;
const alertText = () => view.container.querySelector('[role="alert"]')?.textContent ?? null;
const nameField = () => view.container.querySelector<HTMLInputElement>('input[name="name"]')!;
/** Submits as the browser would, and says whether the page load was prevented. */
async function submit(): Promise<boolean> {
  let prevented = false;
  await act(async () => {
    prevented = !form().dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
  });
  return prevented;
}

afterEach(async () => {
  await view?.unmount();
});

describe("useActionForm", () => {
  it("builds the input from the submitted form and prevents the page load", async () => {
    const action = jest.fn<ReturnType<Action>, Parameters<Action>>().mockResolvedValue({ ok: true, data: { id: "1" } });
    view = await mount(<ProbeForm action={action} />);
    await act(async () => {
      nameField().value = "Ben";
    });
    expect(await submit()).toBe(true);
    expect(action).toHaveBeenCalledWith({ name: "Ben", topics: ["budget"] });
  });

  it("shows the message and the field errors of a failure, then clears them on success and calls onSuccess", async () => {
    const action = jest
      .fn<ReturnType<Action>, Parameters<Action>>()
      .mockResolvedValueOnce({ ok: false, code: "INVALID_INPUT", message: "Enter a name.", fields: { name: "Use at most 10 characters." } })
      .mockResolvedValueOnce({ ok: true, data: { id: "42" } });
    const onSuccess = jest.fn();
    view = await mount(<ProbeForm action={action} onSuccess={onSuccess} />);

    await submit();
    expect(alertText()).toBe("Enter a name.");
    expect(nameField().getAttribute("aria-invalid")).toBe("true");
    expect(view.container.querySelector(`[id="${nameField().getAttribute("aria-describedby")}"]`)?.textContent).toBe("Use at most 10 characters.");
    expect(onSuccess).not.toHaveBeenCalled();

    await submit();
    expect(alertText()).toBeNull();
    expect(nameField().hasAttribute("aria-invalid")).toBe(false);
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess).toHaveBeenCalledWith({ id: "42" }, form());
  });

  it("is pending while the action runs, and clears an earlier error as the new attempt starts", async () => {
    const later = deferred<ActionResult<{ id: string }>>();
    const action = jest
      .fn<ReturnType<Action>, Parameters<Action>>()
      .mockResolvedValueOnce({ ok: false, code: "CONFLICT", message: "That name is taken." })
      .mockReturnValueOnce(later.promise);
    view = await mount(<ProbeForm action={action} />);
    await submit();
    expect(alertText()).toBe("That name is taken.");

    await submit();
    expect(button().disabled).toBe(true);
    expect(button().textContent).toBe("Saving…");
    expect(alertText()).toBeNull();

    await act(async () => later.resolve({ ok: true, data: { id: "2" } }));
    expect(button().disabled).toBe(false);
    expect(button().textContent).toBe("Save");
  });

  it("says the server could not be reached when the action throws, and is no longer pending", async () => {
    const later = deferred<ActionResult<{ id: string }>>();
    const onSuccess = jest.fn();
    view = await mount(<ProbeForm action={() => later.promise} onSuccess={onSuccess} />);
    await submit();
    expect(button().disabled).toBe(true);

    await act(async () => later.reject(new TypeError("Failed to fetch")));
    expect(alertText()).toBe(OFFLINE_MESSAGE);
    expect(OFFLINE_MESSAGE).toMatch(/^Factdesk could not reach the server\. Check your connection and try again\.$/);
    expect(button().disabled).toBe(false);
    expect(onSuccess).not.toHaveBeenCalled();
  });
});
