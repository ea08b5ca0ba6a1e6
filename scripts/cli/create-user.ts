/** `create-user`: an account with its personal team, exactly as the sign-up page makes one. */
import { z } from "zod";
import { emailSchema, signUpSchema } from "@/lib/users/schemas";
import { signUp } from "@/lib/users/sign-up";
import { parseInput, UsageError } from "./args";
import { defineCommand } from "./command";
import { promptPassword, readPasswordFromStdin } from "./read-password";

const optionsSchema = z.object({
  email: emailSchema,
  name: z.string(),
  "password-stdin": z.boolean().optional(),
});

async function readPassword(fromStdin: boolean): Promise<string> {
  if (!process.stdin.isTTY) {
    if (fromStdin) return readPasswordFromStdin();
    throw new UsageError("No terminal to ask for the password: pipe it in and add --password-stdin.");
  }
  // A terminal on stdin is asked even with --password-stdin: typed there, the password would be echoed.
  const password = await promptPassword("Password: ");
  const repeated = await promptPassword("Repeat the password: ");
  if (password !== repeated) throw new UsageError("The two passwords differ. Nothing was created.");
  return password;
}

export const createUserCommand = defineCommand({
  name: "create-user",
  usage: "--email <e> --name <n> [--password-stdin]",
  details: [
    "--email <e>         the sign-in address (must not be taken)",
    "--name <n>          the person's name; their team is called \"<n>'s team\"",
    "--password-stdin    read the password from standard input (one line); without it you are asked, with no echo",
    "The password follows the sign-up rules. It is never an argument: that would keep it in the shell history.",
    "Prints the new user's id and their team's id.",
  ],
  examples: ['--email ana@newsroom.org --name "Ana Silva"', "--email bot@newsroom.org --name Bot --password-stdin < password.txt"],
  // Declared only to refuse it with a reason rather than "unknown option".
  options: { email: { type: "string" }, name: { type: "string" }, "password-stdin": { type: "boolean" }, password: { type: "string" } },
  async parse(values) {
    if (values.password !== undefined) {
      throw new UsageError("--password is not accepted: it would stay in the shell history and the process list. Use --password-stdin, or leave it out to be asked.");
    }
    const options = parseInput(optionsSchema, values);
    const password = await readPassword(options["password-stdin"] === true);
    // The sign-up page's own schema, so the command line follows every password rule the page does.
    const parsed = signUpSchema.safeParse({ name: options.name, email: options.email, password });
    if (parsed.success) return parsed.data;
    const lines = parsed.error.issues.map((issue) => (issue.path[0] === "password" ? `Password: ${issue.message}` : `--${String(issue.path[0])}: ${issue.message}`));
    throw new UsageError(lines.join("\n"));
  },
  async run(input, { db, out }) {
    const { userId, teamId } = await signUp(input, db);
    const team = await db.team.findUniqueOrThrow({ where: { id: teamId }, select: { name: true } });
    out.write(`Created user ${input.email} (id ${userId}).\nTeam: ${team.name} (id ${teamId}), owned by them.\n`);
  },
});
