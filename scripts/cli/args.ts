/**
 * Option parsing for the admin command line: node:util parseArgs for the shape (which options, which take a value),
 * zod for the values. Anything wrong with what was typed is a UsageError, which exits with code 2.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { z } from "zod";

export type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;
export type OptionValues = Record<string, string | boolean | undefined>;

/** Something wrong with the command as typed (unknown option, missing or bad value): exit code 2 and the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Every command understands --help; the rest is its own. Positional arguments are refused: every input is named. */
export function parseOptions(argv: string[], options: OptionsConfig): OptionValues {
  try {
    const { values } = parseArgs({ args: argv, options: { ...options, help: { type: "boolean", short: "h" } }, strict: true, allowPositionals: false });
    return values as OptionValues;
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
}

// parseArgs' own messages suggest `--` tricks meant for other programs; say plainly what was wrong instead.
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `Unknown option ${quoted}.`;
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return `Unexpected argument ${JSON.stringify(quoted)}: every input is given with an option, like --email <e>.`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const option = /--[\w-]+/.exec(message)?.[0];
    return option && /argument missing/.test(message) ? `${option} needs a value.` : message;
  }
  return message;
}

/**
 * Checks option values with a zod schema whose keys are the option names. A missing required option is named as
 * such; any other fault is the schema's own message, prefixed with the option it concerns.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, values: OptionValues): z.output<Schema> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const key = issue.path[0];
    if (typeof key !== "string") return issue.message;
    if (values[key] === undefined && issue.code === "invalid_type") return `Missing --${key}.`;
    return `--${key}: ${issue.message}`;
  });
  throw new UsageError([...new Set(lines)].join("\n"));
}
