// Mirage stress run: the test suites on a machine whose CPUs are all busy (issue 13).
// Starts one busy-loop process per CPU (two by default: the 2-CPU machine the README's timings are for), then runs the
// unit suite twice in a row and the browser suite once (build + Playwright) while they spin. A test that only passes
// when the machine is idle fails here. The hogs are stopped however the run ends: success, failure, Ctrl-C, or this
// process being killed (each hog checks its parent and leaves when it is gone).
// Usage: npm run test:stress            (MIRAGE_PORT=<port> npm run test:stress to serve the browser tests elsewhere)
//        STRESS_HOGS=4 npm run test:stress   another number of busy loops
//        npm run test:stress -- --unit-only | --e2e-only   one half (the unit runs, or build and browser suite)
// Prints each run's duration and the load average around it; exits 1 when any run fails.
import { spawn } from "node:child_process";
import { loadavg } from "node:os";

const HOGS = Number(process.env.STRESS_HOGS ?? 2);
const ARGS = process.argv.slice(2);
const UNIT = [
  { name: "unit suite, run 1", command: ["npx", "vitest", "run"] },
  { name: "unit suite, run 2", command: ["npx", "vitest", "run"] },
];
const E2E = [
  { name: "build", command: ["npx", "vite", "build"] },
  { name: "browser suite", command: ["npx", "playwright", "test"], needs: "build" },
];
const STEPS = ARGS.includes("--unit-only") ? UNIT : ARGS.includes("--e2e-only") ? E2E : [...UNIT, ...E2E];

// Spins in 100 ms slices; between slices it leaves if its parent has gone (killed with no chance to clean up).
const HOG_SOURCE = `
const parent = process.ppid;
const alive = () => { if (process.ppid !== parent) return false; try { process.kill(parent, 0); return true; } catch { return false; } };
const spin = () => { const end = Date.now() + 100; while (Date.now() < end) {} if (alive()) setImmediate(spin); else process.exit(0); };
spin();
`;

const hogs = [];
let current = null;

function startHogs() {
  for (let i = 0; i < HOGS; i++) hogs.push(spawn(process.execPath, ["-e", HOG_SOURCE], { stdio: "ignore" }));
  console.log(`stress: ${HOGS} busy-loop processes started (pids ${hogs.map((h) => h.pid).join(", ")})`);
}

function stopHogs() {
  for (const hog of hogs.splice(0)) if (hog.exitCode === null && hog.signalCode === null) hog.kill("SIGKILL");
}

/** Each run is its own process group (npx → npm → vitest → workers): stopping the run stops all of it. */
function stopAll(signal) {
  if (current && current.exitCode === null) {
    try {
      process.kill(-current.pid, signal);
    } catch {
      current.kill(signal);
    }
  }
  stopHogs();
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function run(command) {
  return new Promise((resolve) => {
    const [bin, ...args] = command;
    current = spawn(bin, args, { stdio: "inherit", detached: true });
    current.on("error", (error) => {
      console.error(`stress: could not start ${bin}: ${error.message}`);
      resolve(1);
    });
    current.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    console.error(`\nstress: ${signal}, stopping the run and the busy loops`);
    stopAll(signal);
    process.exit(130);
  });
}
process.on("exit", stopHogs);
process.on("uncaughtException", (error) => {
  console.error(error);
  stopAll("SIGTERM");
  process.exit(1);
});

const results = [];
try {
  startHogs();
  for (const step of STEPS) {
    const blocked = step.needs && results.find((r) => r.name === step.needs && r.code !== 0);
    if (blocked) {
      results.push({ name: step.name, code: 1, ms: 0, note: `skipped: ${step.needs} failed` });
      continue;
    }
    const loadBefore = load();
    console.log(`\nstress: ${step.name}: ${step.command.join(" ")} (load average ${loadBefore})`);
    const started = performance.now();
    const code = await run(step.command);
    const ms = performance.now() - started;
    results.push({ name: step.name, code, ms, note: `load ${loadBefore} → ${load()}` });
    console.log(`stress: ${step.name} ${code === 0 ? "passed" : `FAILED (exit ${code})`} in ${seconds(ms)}`);
  }
} finally {
  stopHogs();
}

console.log(`\nstress: results with ${HOGS} busy loops running (load average: 1, 5, 15 min)`);
for (const r of results) console.log(`  ${r.code === 0 ? "pass" : "FAIL"}  ${r.name.padEnd(18)} ${seconds(r.ms).padStart(8)}  ${r.note}`);
const failed = results.filter((r) => r.code !== 0);
console.log(failed.length === 0 ? "stress: every run passed" : `stress: ${failed.length} of ${results.length} runs failed`);
process.exit(failed.length === 0 ? 0 : 1);
