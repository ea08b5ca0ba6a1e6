import { sessionEnded } from "@/lib/errors/app-error";
import { authorizeCaller, type Access, type AccessTarget } from "./authorize";
import type { Permission } from "./permissions";
import { currentSession } from "./session";

/**
 * `authorizeCaller` for the signed-in caller of this request. The session's "sign out everywhere" check is made by
 * the authorization query itself, so a write spends one query on who may do it, not two.
 */
export async function authorize(target: AccessTarget, permission: Permission): Promise<Access> {
  const session = await currentSession();
  if (!session || typeof session.userId !== "string" || session.userId === "") {
    throw sessionEnded();
  }
  return authorizeCaller({ userId: session.userId, session: { authTime: session.authTime } }, target, permission);
}
