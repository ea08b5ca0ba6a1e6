import { AppError } from "@/lib/errors/app-error";
import { authorizeUser, type Access, type AccessTarget } from "./authorize";
import type { Permission } from "./permissions";
import { currentUser } from "./session";

/** `authorizeUser` for the signed-in caller of this request. */
export async function authorize(target: AccessTarget, permission: Permission): Promise<Access> {
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again to continue.");
  return authorizeUser(user.id, target, permission);
}
