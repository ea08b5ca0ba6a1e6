import { hashPassword } from "@/lib/auth/password";
import { db, type Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { createPersonalTeam } from "@/lib/teams/create-personal-team";
import type { SignUpInput } from "./schemas";

/** Creates an account with its own team (the new user owns it), so a new editor can start work at once. */
export async function signUp(input: SignUpInput, client: Db = db()): Promise<{ userId: string; teamId: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await client.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name: input.name, email: input.email, passwordHash }, select: { id: true } });
      const { teamId } = await createPersonalTeam({ userId: user.id, name: input.name }, tx);
      return { userId: user.id, teamId };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this e-mail address already exists. Sign in instead.", {
        fields: { email: "An account with this e-mail address already exists." },
      });
    }
    throw error;
  }
}
