// Server writes (issue 8, item 3): claim create and status update by 50 concurrent clients against the production
// build, through the server action called over HTTP as the review page calls it (bench/support/actions.ts) and
// through the REST API with a bearer token per client (bench/support/rest.ts); and the same writes as raw SQL through
// pg (bench/support/raw-writes.ts) by 50 concurrent pool clients, in the same run, for the ratios. Every path writes
// to an article of its own. The load generator runs on the same cores as the app and the database.
import { Pool } from "pg";
import { describe } from "@/lib/anchoring";
import { seededRandom } from "../tests/unit/anchoring/support";
import { actionId, callAction, type ActionAnswer } from "./support/actions";
import { BENCH_API_RATE_LIMIT } from "./support/app";
import { benchFixture, type BenchFixture } from "./support/fixture";
import { closeHttpClients, httpRequest } from "./support/http-client";
import { closedLoop, medianRun, type LoadRun } from "./support/load";
import { treeCpuMs } from "./support/process-cpu";
import { rawCreateClaim, rawSetStatus } from "./support/raw-writes";
import { mintTokens, restCall } from "./support/rest";
import { signIn } from "./support/session";
import { machineLoad, median, round } from "./support/stats";
import type { BenchResult } from "./types";

const CLIENTS = 50;
const PER_CLIENT = 20; // 1,000 writes per run and path
const RUNS = 5;
const CLAIMS_PER_CLIENT = 10; // status updates cycle through each client's own claims
const P95_BUDGET_MS = 50;
const RATE_BUDGET = 500;
const RATIO_BUDGET = 4;
const ANSWER_BUDGET_BYTES = 10_000;
const ACTIONS = "app/(app)/articles/[articleId]/actions.ts";
const NEXT_STATUS: Record<string, string> = { UNREVIEWED: "VERIFIED", VERIFIED: "DISPUTED", DISPUTED: "UNSOURCED", UNSOURCED: "UNREVIEWED" };

type Claim = { id: string; revision: number; status: string };
type PathName = "actionCreate" | "restCreate" | "rawCreate" | "actionStatus" | "restStatus" | "rawStatus" | "floor";
type Paths = Record<PathName, (client: number, n: number) => Promise<void>>;

function expectOk(answer: ActionAnswer): Record<string, unknown> {
  if (!answer.ok) throw new Error(`The action refused: ${answer.code} ${answer.message}`);
  return answer.data;
}

/** Word-aligned spans to mark, the same every run. */
function spans(text: string, count: number): { start: number; end: number }[] {
  const rng = seededRandom(31);
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return Array.from({ length: count }, () => {
    const first = Math.floor(rng() * (words.length - 20));
    return { start: words[first].start, end: words[first + 3 + Math.floor(rng() * 12)].end };
  });
}

async function setUp(fx: BenchFixture, pool: Pool): Promise<{ paths: Paths; answerBytes: () => number }> {
  const cookie = (await signIn(fx.baseUrl, fx.team.owner)).header;
  const userId = fx.team.owner.id;
  const createTarget = await fx.article({ title: "Writes: create (action)", claims: 0, seed: 11_000 });
  const restCreateTarget = await fx.article({ title: "Writes: create (REST)", claims: 0, seed: 11_000 });
  const rawCreateTarget = await fx.article({ title: "Writes: create (raw)", claims: 0, seed: 11_000 });
  const statusTarget = await fx.article({ title: "Writes: status (action)", claims: CLIENTS * CLAIMS_PER_CLIENT, seed: 12_000 });
  const restStatusTarget = await fx.article({ title: "Writes: status (REST)", claims: CLIENTS * CLAIMS_PER_CLIENT, seed: 12_000 });
  const rawStatusTarget = await fx.article({ title: "Writes: status (raw)", claims: CLIENTS * CLAIMS_PER_CLIENT, seed: 12_000 });
  const tokens = await mintTokens(fx.client, fx.team, CLIENTS);
  const todo = spans(createTarget.text, 4_000);
  const quotes = todo.map((s) => describe(rawCreateTarget.text, s.start, s.end).quote);
  const rows = async (articleId: string) =>
    (await fx.client.claim.findMany({ where: { articleId }, orderBy: { id: "asc" }, select: { id: true, revision: true, status: true } })) as Claim[];
  const owned = (claims: Claim[], client: number, n: number) => claims[client * CLAIMS_PER_CLIENT + (n % CLAIMS_PER_CLIENT)];
  const actionClaims = await rows(statusTarget.articleId);
  const restClaims = await rows(restStatusTarget.articleId);
  const rawClaims = await rows(rawStatusTarget.articleId);
  const create = actionId(ACTIONS, "createClaimAction");
  const setStatus = actionId(ACTIONS, "setClaimStatusAction");
  let createCount = 0;
  let restCount = 0;
  let rawCount = 0;
  let lastBytes = 0;
  return {
    answerBytes: () => lastBytes,
    paths: {
      actionCreate: async () => {
        const span = todo[createCount++ % todo.length];
        const { answer, bytes } = await callAction({ baseUrl: fx.baseUrl, cookie, articleId: createTarget.articleId, id: create, args: [{ articleId: createTarget.articleId, versionId: createTarget.versionId, ...span }] });
        expectOk(answer);
        lastBytes = bytes;
      },
      restCreate: async (client) => {
        const span = todo[restCount++ % todo.length];
        const path = `/articles/${restCreateTarget.articleId}/claims`;
        // As a careful script does: naming the version it read, so that a newer one refuses the claim (409).
        await restCall({ baseUrl: fx.baseUrl, token: tokens[client], method: "POST", path, body: { ...span, versionId: restCreateTarget.versionId }, expected: 201 });
      },
      rawCreate: async () => {
        const i = rawCount++ % todo.length;
        await rawCreateClaim(pool, { articleId: rawCreateTarget.articleId, versionId: rawCreateTarget.versionId, userId, ...todo[i], quote: quotes[i] });
      },
      actionStatus: async (client, n) => {
        const claim = owned(actionClaims, client, n);
        const status = NEXT_STATUS[claim.status];
        const args = [{ claimId: claim.id, revision: claim.revision, status }];
        const data = expectOk((await callAction({ baseUrl: fx.baseUrl, cookie, articleId: statusTarget.articleId, id: setStatus, args })).answer);
        Object.assign(claim, { revision: data.revision as number, status });
      },
      restStatus: async (client, n) => {
        const claim = owned(restClaims, client, n);
        const status = NEXT_STATUS[claim.status];
        const body = { revision: claim.revision, status };
        const data = await restCall<{ revision: number }>({ baseUrl: fx.baseUrl, token: tokens[client], method: "PATCH", path: `/claims/${claim.id}`, body, expected: 200 });
        Object.assign(claim, { revision: data.revision, status });
      },
      // The framework's floor, for reading the figures above: an /api/v1 answer (a JSON 404) that touches no database.
      floor: async () => {
        const { status } = await httpRequest(`${fx.baseUrl}/api/v1/no-such-endpoint`, { method: "GET", headers: {}, body: "" });
        if (status !== 404) throw new Error(`The floor request answered ${status}, not 404.`);
      },
      rawStatus: async (client, n) => {
        const claim = owned(rawClaims, client, n);
        const status = NEXT_STATUS[claim.status];
        const revision = await rawSetStatus(pool, { articleId: rawStatusTarget.articleId, claimId: claim.id, revision: claim.revision, userId, status, before: claim.status });
        if (revision === null) throw new Error("Raw status update found a newer revision: the benchmark's bookkeeping is wrong.");
        Object.assign(claim, { revision, status });
      },
    },
  };
}

const rows = (what: string, run: LoadRun): BenchResult[] => [
  {
    figure: `${what}, ${CLIENTS} clients: p95 (p50 ${round(run.p50)}, p99 ${round(run.p99)} ms; median of ${RUNS})`,
    value: round(run.p95),
    unit: "ms",
    target: `< ${P95_BUDGET_MS} ms`,
    pass: run.p95 < P95_BUDGET_MS,
  },
  {
    figure: `${what}, ${CLIENTS} clients: throughput (median of ${RUNS})`,
    value: Math.round(run.perSecond),
    unit: "writes/s",
    target: `≥ ${RATE_BUDGET} writes/s`,
    pass: run.perSecond >= RATE_BUDGET,
  },
];

const ratioRow = (what: string, path: string, app: LoadRun, raw: LoadRun): BenchResult => {
  // Closed loop: time per write is the inverse of throughput, so this is also the ratio of mean latencies.
  const ratio = raw.perSecond / app.perSecond;
  return {
    figure: `${what}: ${path} ÷ raw SQL, time per write (${Math.round(app.perSecond)} vs ${Math.round(raw.perSecond)} writes/s)`,
    value: round(ratio, 2),
    unit: "×",
    target: `≤ ${RATIO_BUDGET}×`,
    pass: ratio <= RATIO_BUDGET,
  };
};

type Cpu = { server: number; database: number; load: number };

/** CPU used so far (ms) by the web server, the database server and this process (the load generator, raw SQL's pg). */
function cpuNow(fx: BenchFixture): Cpu | null {
  const server = treeCpuMs(fx.serverPid);
  const database = treeCpuMs(fx.databasePid);
  const own = process.cpuUsage();
  return server === null || database === null ? null : { server, database, load: (own.user + own.system) / 1000 };
}

/** CPU per write, for the log: it leaves out time the shared machine's host gave to others, which throughput cannot. */
function cpuLine(name: string, samples: Cpu[]): string {
  if (samples.length === 0) return `${name} n/a`;
  const m = (key: keyof Cpu) => round(median(samples.map((s) => s[key])), 2);
  return `${name} ${m("server")} + ${m("database")} + ${m("load")} = ${round(median(samples.map((s) => s.server + s.database + s.load)), 2)} ms`;
}

export default async function serverWritesBench(): Promise<BenchResult[]> {
  const fx = await benchFixture();
  const pool = new Pool({ connectionString: fx.databaseUrl, max: CLIENTS });
  try {
    const { paths, answerBytes } = await setUp(fx, pool);
    const runs: Record<PathName, LoadRun[]> = { actionCreate: [], restCreate: [], rawCreate: [], actionStatus: [], restStatus: [], rawStatus: [], floor: [] };
    // A short warm-up of every path (JIT, connection pools), then the paths in turn within each run.
    for (const request of Object.values(paths)) await closedLoop({ clients: CLIENTS, perClient: 2, request });
    const cpu: Record<PathName, Cpu[]> = { actionCreate: [], restCreate: [], rawCreate: [], actionStatus: [], restStatus: [], rawStatus: [], floor: [] };
    for (let run = 0; run < RUNS; run++) {
      for (const [name, request] of Object.entries(paths) as [PathName, Paths[PathName]][]) {
        const before = cpuNow(fx);
        const done = await closedLoop({ clients: CLIENTS, perClient: PER_CLIENT, request });
        const after = cpuNow(fx);
        runs[name].push(done);
        if (before && after) {
          const per = (key: keyof Cpu) => (after[key] - before[key]) / done.requests;
          cpu[name].push({ server: per("server"), database: per("database"), load: per("load") });
        }
      }
    }
    for (const [name, list] of Object.entries(runs)) {
      console.log(`server-writes: ${name}: ${list.map((r) => `p50 ${round(r.p50)} p95 ${round(r.p95)} p99 ${round(r.p99)} ms ${Math.round(r.perSecond)}/s`).join(" | ")}`);
    }
    const names = Object.keys(cpu) as PathName[];
    console.log(`server-writes: CPU per write, web server + database + load generator (median of ${RUNS}): ${names.map((name) => cpuLine(name, cpu[name])).join(" | ")}`);
    const floor = medianRun(runs.floor);
    console.log(`server-writes: floor, a request with no database work through the same server: p50 ${round(floor.p50)} p95 ${round(floor.p95)} ms, ${Math.round(floor.perSecond)} requests/s`);
    console.log(`server-writes: REST API with one token per client, rate limit raised to ${BENCH_API_RATE_LIMIT.toLocaleString("en")}/min per token (${machineLoad()})`);
    const m = Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, medianRun(list)])) as Record<PathName, LoadRun>;
    return [
      ...rows("create claim, server action over HTTP", m.actionCreate),
      ...rows("status update, server action over HTTP", m.actionStatus),
      ...rows("create claim, REST API (POST start/end/versionId)", m.restCreate),
      ...rows("status update, REST API (PATCH status + revision)", m.restStatus),
      ratioRow("create claim", "server action", m.actionCreate, m.rawCreate),
      ratioRow("status update", "server action", m.actionStatus, m.rawStatus),
      ratioRow("create claim", "REST API", m.restCreate, m.rawCreate),
      ratioRow("status update", "REST API", m.restStatus, m.rawStatus),
      {
        figure: "server action answer size (create claim): the value only, no page re-render",
        value: answerBytes(),
        unit: "bytes",
        target: `< ${ANSWER_BUDGET_BYTES.toLocaleString("en")} bytes`,
        pass: answerBytes() < ANSWER_BUDGET_BYTES,
      },
    ];
  } finally {
    closeHttpClients();
    await pool.end();
  }
}
