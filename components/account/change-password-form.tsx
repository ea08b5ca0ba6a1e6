"use client";
import { useRouter } from "next/navigation";
import { signIn, signOut } from "next-auth/react";
import { useRef, useState, type FormEvent } from "react";
import { changePasswordAction } from "@/app/(app)/account/actions";
import { FormError, TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { PASSWORD_HINT } from "@/lib/auth/password-limits";
import styles from "./account.module.css";

/**
 * Current and new password. A change ends every session, this one too; the form then signs this browser in again
 * with the new password, so only the other devices are signed out.
 */
export function ChangePasswordForm() {
  const router = useRouter();
  const toast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { currentPassword: String(form.get("currentPassword") ?? ""), newPassword: String(form.get("newPassword") ?? "") };
    setPending(true);
    setError(null);
    setFields({});
    setDone(null);
    const result = await changePasswordAction(input);
    if (!result.ok) {
      setPending(false);
      setError(result.message);
      setFields(result.fields ?? {});
      return;
    }
    const signedIn = await signIn("credentials", { email: result.data.email, password: input.newPassword, redirect: false });
    if (!signedIn || signedIn.error) {
      await signOut({ callbackUrl: "/sign-in?notice=password-changed" });
      return;
    }
    setPending(false);
    formRef.current?.reset();
    const message = "Your password was changed. Every other device and browser is signed out.";
    setDone(message);
    toast.show(message);
    router.refresh();
  }

  return (
    <form ref={formRef} className={styles.form} onSubmit={onSubmit} noValidate aria-labelledby="change-password">
      <FormError message={error} />
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      <TextField
        id="current-password"
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={fields.currentPassword}
      />
      <TextField
        id="new-password"
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        error={fields.newPassword}
        hint={PASSWORD_HINT}
      />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? "Changing password…" : "Change password"}
      </button>
    </form>
  );
}
