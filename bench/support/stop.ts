/**
 * What must be stopped when a benchmark run ends, however it ends: the shared app (bench/support/app.ts) and any
 * server a benchmark starts on its own (bench/start.bench.ts). The run's end, Ctrl-C and SIGTERM all go through
 * `stopEverything`, so no web server or database outlives `npm run bench`.
 */
type StopTask = () => Promise<void>;

const tasks = new Set<StopTask>();
let handlersInstalled = false;

/** Registers `task` to run when the run stops; the returned function unregisters it (call it once stopped). */
export function onBenchStop(task: StopTask): () => void {
  installSignalHandlers();
  tasks.add(task);
  return () => tasks.delete(task);
}

/** Runs every registered task at once; a task that fails does not keep the others from running. */
export async function stopEverything(): Promise<void> {
  const pending = [...tasks];
  tasks.clear();
  await Promise.allSettled(pending.map((task) => task()));
}

function installSignalHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.log(`[bench] ${signal}: stopping servers and databases...`);
      void stopEverything().finally(() => process.exit(130));
    });
  }
}
