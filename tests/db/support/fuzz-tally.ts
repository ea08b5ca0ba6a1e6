/** Counts per endpoint (tried, accepted, refused by code) and the failures found, with the shortest input for each. */

export type Failure = { endpoint: string; family: string; problem: string; count: number; input: string; cause?: string };

/**
 * Where an unexpected error came from, read from what the boundary logged: the file and line of the failing Prisma
 * call and the database's words, e.g. `lib/auth/authorize.ts:33 invalid byte sequence for encoding "UTF8": 0x00`.
 */
export function causeOf(logged: string | undefined): string | undefined {
  if (!logged) return undefined;
  const at = /invocation in\s+\S*?\/((?:lib|app)\/\S+?\.tsx?):(\d+)/.exec(logged);
  const lines = logged.split("\n").map((line) => line.trim()).filter(Boolean);
  const reason = /Message: `([^`]+)`/.exec(logged)?.[1] ?? lines[lines.length - 1] ?? "";
  const where = at ? `${at[1]}:${at[2]} ` : "";
  return `${where}${reason.replace(/^\[factdesk\] unexpected error /, "")}`.slice(0, 240);
}

export class Tally {
  readonly rows = new Map<string, { tried: number; accepted: number; refused: Map<string, number>; ms: number; note?: string }>();
  private readonly failures = new Map<string, Failure>();

  row(endpoint: string) {
    let row = this.rows.get(endpoint);
    if (!row) this.rows.set(endpoint, (row = { tried: 0, accepted: 0, refused: new Map(), ms: 0 }));
    return row;
  }

  note(endpoint: string, note: string): void {
    this.row(endpoint).note = note;
  }

  record(endpoint: string, family: string, outcome: string, problems: string[], input: () => string, logged?: string): void {
    const cause = causeOf(logged);
    const row = this.row(endpoint);
    row.tried++;
    if (outcome === "accepted") row.accepted++;
    else row.refused.set(outcome, (row.refused.get(outcome) ?? 0) + 1);
    for (const problem of problems) {
      // The same fault seen with many inputs is one finding; its shortest input is the one worth reading.
      const key = `${endpoint} ${problem.replace(/\d+/g, "#").slice(0, 100)} ${cause ?? ""}`;
      const shown = input();
      const known = this.failures.get(key);
      if (!known) this.failures.set(key, { endpoint, family, problem, count: 1, input: shown, cause });
      else {
        known.count++;
        if (shown.length < known.input.length) Object.assign(known, { family, problem, input: shown });
      }
    }
  }

  get total(): number {
    return [...this.rows.values()].reduce((sum, row) => sum + row.tried, 0);
  }

  get findings(): Failure[] {
    return [...this.failures.values()];
  }

  table(): string {
    const header = ["endpoint", "tried", "accepted", "s", "refused by code"];
    const lines = [...this.rows].map(([endpoint, row]) => [
      endpoint,
      String(row.tried),
      String(row.accepted),
      (row.ms / 1000).toFixed(1),
      [...row.refused].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`).join(", ") + (row.note ? `  (${row.note})` : ""),
    ]);
    const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i].length)));
    const format = (line: string[]) => line.map((text, i) => (i >= 1 && i <= 3 ? text.padStart(widths[i]) : text.padEnd(widths[i]))).join(" │ ").trimEnd();
    return [format(header), widths.map((w) => "─".repeat(w)).join("─┼─"), ...lines.map(format)].join("\n");
  }

  report(): string {
    const each = this.findings.map((f) => `✗ ${f.endpoint} [${f.family}] ${f.problem} (×${f.count})\n    input: ${f.input}${f.cause ? `\n    cause: ${f.cause}` : ""}`);
    const byCause = new Map<string, Set<string>>();
    for (const f of this.findings) {
      const cause = f.cause ?? f.problem.replace(/\d+/g, "#").slice(0, 100);
      byCause.set(cause, (byCause.get(cause) ?? new Set()).add(f.endpoint));
    }
    const causes = [...byCause].sort((a, b) => b[1].size - a[1].size).map(([cause, endpoints]) => `  ${endpoints.size} endpoint(s): ${cause}`);
    return `${each.join("\n")}\n\nBy cause:\n${causes.join("\n")}`;
  }
}
