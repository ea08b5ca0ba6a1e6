/**
 * What a command of the admin command line is: its help, its options, how typed values become checked input, and
 * what it does with a database. Input is checked before the database is opened, so a typo costs no server start.
 */
import type { Db } from "@/lib/db/client";
import { parseOptions, type OptionsConfig, type OptionValues } from "./args";

/** How every command is invoked, for usage lines and examples. */
export const INVOCATION = "npm run factdesk --";

export type CommandContext = {
  db: Db;
  /** Where the result goes (stdout), so it can be piped. */
  out: NodeJS.WritableStream;
  /** Progress and notices, on stderr so they never mix with the result. */
  say: (line: string) => void;
  /** Registers clean-up to run if the command is interrupted (Ctrl-C), e.g. removing a half-written file. */
  onInterrupt: (cleanUp: () => void) => void;
};

export type CommandSpec<Input> = {
  name: string;
  /** The options, as typed after the command name. */
  usage: string;
  /** Lines explaining the options and what is printed. */
  details: string[];
  examples: string[];
  options: OptionsConfig;
  parse: (values: OptionValues) => Input | Promise<Input>;
  run: (input: Input, context: CommandContext) => Promise<void>;
};

export type Prepared = { help: true } | { help: false; run: (context: CommandContext) => Promise<void> };

export type Command = {
  name: string;
  usageLine: string;
  helpText: string;
  /** Parses argv (after the command name); throws UsageError on anything wrong with it. */
  prepare: (argv: string[]) => Promise<Prepared>;
};

/** Binds a command's parse and run together, so the dispatcher can hold commands of different input types. */
export function defineCommand<Input>(spec: CommandSpec<Input>): Command {
  const usageLine = `${INVOCATION} ${spec.name} ${spec.usage}`;
  const helpText = [
    `Usage: ${usageLine}`,
    "",
    ...spec.details.map((line) => `  ${line}`),
    "",
    "Examples:",
    ...spec.examples.map((line) => `  ${INVOCATION} ${spec.name} ${line}`),
  ].join("\n");
  return {
    name: spec.name,
    usageLine,
    helpText,
    prepare: async (argv) => {
      const values = parseOptions(argv, spec.options);
      if (values.help) return { help: true };
      const input = await spec.parse(values);
      return { help: false, run: (context) => spec.run(input, context) };
    },
  };
}
