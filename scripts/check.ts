// `npm run check`: lint and typecheck side by side. Each is one single-threaded process (ESLint
// about 2.6 CPU-minutes with its type-aware rules and Prettier, tsc about 1.6), so on a machine
// with two cores they take the longer one's time instead of the sum. Each one's output is
// printed whole when it ends, not interleaved; the exit code is non-zero if either fails.
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

const codes = await Promise.all(["lint", "typecheck"].map(run));
process.exit(codes.every((code) => code === 0) ? 0 : 1);
