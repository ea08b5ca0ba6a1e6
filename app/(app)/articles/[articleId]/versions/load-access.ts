import { notFound, redirect } from "next/navigation";
import { authorizeUser } from "@/lib/auth/authorize";
import { currentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/db/generated/enums";

/** The signed-in member's role on this article's team; sign-in for strangers, 404 for other teams' articles. */
export async function readAccess(articleId: string, path: string): Promise<{ userId: string; role: Role }> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  const access = await authorizeUser(user.id, { articleId }, "article:read").catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return { userId: user.id, role: access.role };
}
