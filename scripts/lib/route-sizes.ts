// First-load JavaScript per route of the last `next build`: Next.js writes each route's
// uncompressed size and its chunks to .next/diagnostics/route-bundle-stats.json; the gzip size
// (what a browser downloads) is the sum of each chunk gzipped here.
import fs from "node:fs";
import zlib from "node:zlib";

export const ROUTE_STATS = ".next/diagnostics/route-bundle-stats.json";

export interface RouteSize {
  route: string;
  raw: number;
  gzip: number;
}

/** Every route of the last build, in its order; null when no build has written the stats. */
export function routeSizes(): RouteSize[] | null {
  if (!fs.existsSync(ROUTE_STATS)) return null;
  const stats = JSON.parse(fs.readFileSync(ROUTE_STATS, "utf8")) as {
    route: string;
    firstLoadUncompressedJsBytes: number;
    firstLoadChunkPaths: string[];
  }[];
  return stats.map((entry) => ({
    route: entry.route,
    raw: entry.firstLoadUncompressedJsBytes,
    gzip: entry.firstLoadChunkPaths.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(f)).length, 0),
  }));
}

/** Bytes as the docs write them: kibibytes, whole. */
export const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
