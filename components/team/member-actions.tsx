"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { leaveTeamAction, removeMemberAction } from "@/app/(app)/team/actions";
import { useToast } from "@/components/ui/toast";
import { ConfirmDialog } from "./confirm-dialog";

/** "Leave team" on your own row, "Remove" on others' rows for owners; both ask first. */
export function MemberActions(props: { teamId: string; teamName: string; member: { userId: string }; label: string; you: boolean; manage: boolean }) {
  const router = useRouter();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const opener = useRef<HTMLButtonElement>(null);
  if (!props.you && !props.manage) return null;

  function close() {
    setConfirming(false);
    opener.current?.focus();
  }

  function confirm() {
    startTransition(async () => {
      const result = props.you
        ? await leaveTeamAction({ teamId: props.teamId })
        : await removeMemberAction({ teamId: props.teamId, userId: props.member.userId });
      if (!result.ok) {
        close();
        toast.show(result.message, { kind: "error" });
        return;
      }
      setConfirming(false);
      if (props.you) {
        toast.show(`You left ${props.teamName}.`);
        router.push("/articles");
      } else {
        toast.show(`${props.label} was removed from ${props.teamName}.`);
      }
    });
  }

  return (
    <>
      <button
        ref={opener}
        type="button"
        className="button button--small button--danger"
        aria-label={props.you ? undefined : `Remove ${props.label}`}
        onClick={() => setConfirming(true)}
      >
        {props.you ? "Leave team" : "Remove"}
      </button>
      {confirming && (
        <ConfirmDialog
          title={props.you ? `Leave ${props.teamName}?` : `Remove ${props.label}?`}
          confirmLabel={props.you ? "Leave team" : "Remove member"}
          busy={pending}
          onConfirm={confirm}
          onClose={close}
        >
          <p>
            {props.you
              ? `You lose access to ${props.teamName}'s articles at once. To come back you need a new invitation.`
              : `${props.label} loses access to ${props.teamName} at once. Their claims and notes stay with the team, and invitations they created stop working.`}
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
