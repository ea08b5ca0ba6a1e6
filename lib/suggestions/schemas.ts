import { z } from "zod";
import { idSchema } from "@/lib/claims/schemas";

export const suggestionIdSchema = z.object({ suggestionId: idSchema });
