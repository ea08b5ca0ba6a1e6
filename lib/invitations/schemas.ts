import { z } from "zod";

/** 32 random bytes in base64url: 43 characters from [A-Za-z0-9_-]. */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "This invitation link is not complete." });

export const INVITATION_LIFETIME_DAYS = 7;

export const INVALID_LINK_MESSAGE =
  "This invitation link is not valid. Check that you copied the whole link, or ask a team owner for a new one.";
