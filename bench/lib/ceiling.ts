// The server's ceiling on this machine: as many clients as the write load, asking the cheapest
// route there is, GET /api/health (one `SELECT 1` in a read snapshot, no session, no body). No
// write can be answered faster than this, so it bounds the writes per second any change to the
// write path could reach here (docs/benchmarks.md, "Load").
import autocannon from "autocannon";
import { latencySummary } from "./report";

export interface Ceiling {
  perSecond: number;
  p50: number;
  p95: number;
  /** Answers other than 200, connection errors and timeouts: any is a failed run. */
  failed: number;
}

export async function measureCeiling(baseUrl: string, connections: number, durationS: number): Promise<Ceiling> {
  const latencies: number[] = [];
  let not200 = 0;
  const started = Date.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = { url: `${baseUrl}/api/health`, connections, duration: durationS, timeout: 30 };
    const instance = autocannon(options, (error, done) =>
      error ? reject(error instanceof Error ? error : new Error(`autocannon failed: ${String(error)}`)) : resolve(done),
    );
    instance.on("response", (_client, status, _bytes, responseTime) => {
      if (status !== 200) not200++;
      latencies.push(responseTime);
    });
  });
  const { p50, p95 } = latencySummary(latencies);
  return {
    perSecond: latencies.length / ((Date.now() - started) / 1000),
    p50,
    p95,
    failed: not200 + result.errors,
  };
}
