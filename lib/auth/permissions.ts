/**
 * Who may do what: the one role → permission table. Every action and route checks a permission from here through
 * `authorize`; the UI asks `can` to hide what a role cannot do.
 */
import type { Role } from "@/lib/db/generated/enums";

export const PERMISSIONS = {
  "article:read": "Open articles, their claims, history and exports",
  "article:import": "Import articles and new versions of them",
  "claim:write": "Create claims, set their status, write notes, add and remove sources",
  "claim:delete": "Delete and restore claims",
  "claim:approve": "Approve reviewed claims and reopen approved ones",
  "team:manage": "Rename the team, invite and remove members, change roles",
} as const;

export type Permission = keyof typeof PERMISSIONS;

const VIEWER: Permission[] = ["article:read"];
const REVIEWER: Permission[] = [...VIEWER, "claim:write", "claim:delete"];
const EDITOR: Permission[] = [...REVIEWER, "article:import", "claim:approve"];
const OWNER: Permission[] = [...EDITOR, "team:manage"];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  VIEWER: new Set(VIEWER),
  REVIEWER: new Set(REVIEWER),
  EDITOR: new Set(EDITOR),
  OWNER: new Set(OWNER),
};

export const ROLE_LABELS: Record<Role, string> = {
  OWNER: "Owner",
  EDITOR: "Editor",
  REVIEWER: "Reviewer",
  VIEWER: "Viewer",
};

/** Whether a role grants a permission. */
export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}
