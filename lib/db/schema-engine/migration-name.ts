/**
 * The migration name the Prisma CLI derives from `--name`: a lower-case, underscore-separated slug of at most
 * 200 characters ("Add nickname to User" → "add_nickname_to_user", "addNickname" → "add_nickname"). The engine
 * prefixes it with the UTC timestamp to make the folder name.
 */
export const MAX_MIGRATION_NAME_LENGTH = 200;

export function migrationName(input: string): string {
  return input
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "") // "café" → "cafe"
    .replace(/&/g, " and ")
    .replace(/([a-z\d])([A-Z])/g, "$1 $2") // camelCase → camel Case
    .replace(/([A-Z]+)([A-Z][a-z\d]+)/g, "$1 $2") // URLField → URL Field
    .toLowerCase()
    .replace(/([a-z\d]+)'([ts])(\s|$)/g, "$1$2$3") // "user's" → "users", "don't" → "dont"
    .replace(/[^a-z\d]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, MAX_MIGRATION_NAME_LENGTH);
}
