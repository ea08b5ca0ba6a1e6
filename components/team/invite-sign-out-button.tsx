"use client";
import { signOut } from "next-auth/react";

/** Signs out and comes back to the sign-in page, which then returns to this invitation. */
export function InviteSignOutButton({ invitationPath }: { invitationPath: string }) {
  return (
    <button
      type="button"
      className="button full-width"
      onClick={() => signOut({ callbackUrl: `/sign-in?callbackUrl=${encodeURIComponent(invitationPath)}` })}
    >
      Sign out and use another account
    </button>
  );
}
