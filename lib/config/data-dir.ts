import path from "node:path";

/** Where Factdesk keeps local state (embedded database, generated secrets): `.data/` unless FACTDESK_DATA_DIR says otherwise. */
export function dataDir(): string {
  return path.resolve(process.env.FACTDESK_DATA_DIR?.trim() || ".data");
}
