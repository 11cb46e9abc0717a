// `npm run check`: lint, formatting and types in two lanes, one per core. Each is one
// single-threaded process: ESLint takes about 2.6 CPU-minutes with its type-aware rules, tsc about
// 1.6 and Prettier about 0.3. So ESLint runs alone in one lane while tsc and then Prettier run in
// the other, and the check takes ESLint's time instead of the sum (or ESLint's and Prettier's, as
// `npm run lint` runs them). Each one's output is printed whole when it ends, not interleaved; the
// exit code is non-zero if any fails.
//
// `npm run check -- --build` (as `npm test` runs it) also builds the app for the browser tests, in
// the second lane after Prettier: that lane was idle for the last third of ESLint's time, and the
// build's compile then shares the cores with ESLint's end instead of running after it.
import { spawn } from "node:child_process";

function run(script: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "-s", script], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) => {
      process.stdout.write(`\n> npm run ${script}: ${code === 0 ? "passed" : `failed (${code})`}\n${output}`);
      resolve(code ?? 1);
    });
  });
}

/** The lane's scripts one after another, each run even if one before it failed, so every failure shows. */
async function lane(scripts: string[]): Promise<number[]> {
  const codes: number[] = [];
  for (const script of scripts) codes.push(await run(script));
  return codes;
}

process.env.NEXT_TELEMETRY_DISABLED = "1";
const build = process.argv.includes("--build") ? ["build"] : [];
const codes = (await Promise.all([lane(["lint:code"]), lane(["typecheck", "lint:format", ...build])])).flat();
process.exit(codes.every((code) => code === 0) ? 0 : 1);
