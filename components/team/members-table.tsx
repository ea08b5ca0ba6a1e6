"use client";
import type { Role } from "@/lib/db/generated/enums";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { MemberActions } from "./member-actions";
import { MemberRoleSelect } from "./member-role-select";
import styles from "./team.module.css";

export type MemberRow = { userId: string; name: string | null; email: string; role: Role; joinedAt: string };

/** The team's members. Owners get a role select and a remove button per member; everyone can leave. */
export function MembersTable(props: { teamId: string; teamName: string; members: MemberRow[]; currentUserId: string; manage: boolean }) {
  return (
    <div className={styles.tableScroll}>
      <table className={`version-table ${styles.members}`}>
        <caption className="visually-hidden">Members of {props.teamName}</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Role</th>
            <th scope="col">Joined</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.members.map((member) => {
            const you = member.userId === props.currentUserId;
            const label = member.name ?? member.email;
            return (
              <tr key={member.userId}>
                <td>
                  <span className={styles.memberName}>
                    <span>
                      {label} {you && <span className="tag">you</span>}
                    </span>
                    {member.name && <span className="muted small">{member.email}</span>}
                  </span>
                </td>
                <td>
                  {props.manage ? (
                    <MemberRoleSelect key={`${member.userId}:${member.role}`} teamId={props.teamId} member={member} label={label} you={you} />
                  ) : (
                    ROLE_LABELS[member.role]
                  )}
                </td>
                <td className="small muted">{new Date(member.joinedAt).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" })}</td>
                <td>
                  <MemberActions teamId={props.teamId} teamName={props.teamName} member={member} label={label} you={you} manage={props.manage} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
