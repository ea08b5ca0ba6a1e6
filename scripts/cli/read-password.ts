/**
 * A password from standard input or from a prompt that does not echo, never from an argument: arguments stay in
 * the shell history and are visible to every user in the process list.
 */
import { UsageError } from "./args";

/** Far above any accepted password; stops a mistaken `< big-file` from being read whole. */
const MAX_STDIN_BYTES = 64 * 1024;

/** Everything on stdin, without the one line ending that `echo` and files add (spaces are kept: they are part of it). */
export async function readPasswordFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_STDIN_BYTES) throw new UsageError("Standard input is too long for a password: give only the password.");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

/** Asks on the terminal with echo off; Ctrl-C ends the program as it would anywhere else. */
export function promptPassword(question: string): Promise<string> {
  const input = process.stdin;
  // Echo goes off before the question shows, so nothing typed early is echoed.
  input.setRawMode(true);
  process.stderr.write(question);
  input.setEncoding("utf8");
  input.resume();
  return new Promise((resolve) => {
    let typed = "";
    const finish = () => {
      input.off("data", onKeys);
      input.setRawMode(false);
      input.pause();
      process.stderr.write("\n");
    };
    const onKeys = (keys: string) => {
      for (const key of keys) {
        if (key === "\r" || key === "\n" || key === "\u0004") {
          finish();
          resolve(typed);
          return;
        }
        // In raw mode Ctrl-C is a character, not a signal; nothing is open yet, so exiting here loses nothing.
        if (key === "\u0003") {
          finish();
          process.exit(130);
        }
        if (key === "\u007f" || key === "\b") typed = Array.from(typed).slice(0, -1).join("");
        else if (key >= " ") typed += key;
      }
    };
    input.on("data", onKeys);
  });
}
