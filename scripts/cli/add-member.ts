/** `add-member`: puts an existing user in a team with a role, without an invitation. */
import { z } from "zod";
import { addMember } from "@/lib/teams/add-member";
import { roleSchema } from "@/lib/teams/schemas";
import { emailSchema } from "@/lib/users/schemas";
import { parseInput } from "./args";
import { defineCommand } from "./command";
import { findTeam, findUserByEmail, teamOption } from "./lookups";

const optionsSchema = z.object({
  team: teamOption,
  email: emailSchema,
  // Typed in lower case like the rest of the command line; stored as the enum.
  role: z.string().trim().toUpperCase().pipe(roleSchema),
});

export const addMemberCommand = defineCommand({
  name: "add-member",
  usage: "--team <id|name> --email <e> --role owner|editor|reviewer|viewer",
  details: [
    "--team <id|name>    the team's id, or its exact name",
    "--email <e>         an existing account (not yet a member of the team)",
    "--role <role>       owner, editor, reviewer or viewer",
  ],
  examples: ['--team "Politics desk" --email ben@newsroom.org --role reviewer'],
  options: { team: { type: "string" }, email: { type: "string" }, role: { type: "string" } },
  parse: (values) => parseInput(optionsSchema, values),
  async run(input, { db, out }) {
    const team = await findTeam(db, input.team);
    const user = await findUserByEmail(db, input.email);
    const added = await addMember({ teamId: team.id, userId: user.id, role: input.role }, db);
    out.write(`Added ${added.email} to ${added.teamName} (id ${added.teamId}) as ${added.role.toLowerCase()}.\n`);
  },
});
