import type { Caller } from "@/lib/auth/authorize";
import type { TokenCaller } from "@/lib/tokens/resolve-access-token";

/** The authorization helper's view of a token: its owner, narrowed to the token's team and scope. */
export const tokenCaller = (caller: TokenCaller): Caller => ({ userId: caller.userId, token: { teamId: caller.teamId, scope: caller.scope } });
