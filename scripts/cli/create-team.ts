/** `create-team`: a new team with an existing user as its owner. */
import { z } from "zod";
import { createTeam } from "@/lib/teams/create-team";
import { teamNameSchema } from "@/lib/teams/schemas";
import { emailSchema } from "@/lib/users/schemas";
import { parseInput } from "./args";
import { defineCommand } from "./command";
import { findUserByEmail } from "./lookups";

const optionsSchema = z.object({ name: teamNameSchema, owner: emailSchema });

export const createTeamCommand = defineCommand({
  name: "create-team",
  usage: "--name <n> --owner <email>",
  details: [
    "--name <n>          the team's name (names need not be unique; commands accept the team's id too)",
    "--owner <email>     an existing account, which becomes the team's owner",
    "Prints the new team's id.",
  ],
  examples: ['--name "Politics desk" --owner ana@newsroom.org'],
  options: { name: { type: "string" }, owner: { type: "string" } },
  parse: (values) => parseInput(optionsSchema, values),
  async run(input, { db, out }) {
    const owner = await findUserByEmail(db, input.owner);
    const { teamId, name } = await createTeam({ userId: owner.id, name: input.name }, db);
    out.write(`Created team ${name} (id ${teamId}), owned by ${owner.email}.\n`);
  },
});
