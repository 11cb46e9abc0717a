import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "@/db/client";

interface Secrets {
  /** Signs the device cookie that lets a browser an account signed in on keep its own throttle. */
  deviceKey: string;
}

const cache = new Map<string, Secrets>();

/**
 * The app's secrets, in `secrets.json` beside the database: made by whichever runs first (the
 * app or the command line), readable by the owner only (0600), and never in the repository.
 */
export function secrets(): Secrets {
  const file = path.join(path.dirname(databasePath()), "secrets.json");
  const known = cache.get(file);
  if (known) return known;
  try {
    // `wx`: only one process creates it; the others read what it wrote.
    fs.writeFileSync(file, JSON.stringify({ deviceKey: randomBytes(32).toString("base64url") }), {
      flag: "wx",
      mode: 0o600,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const value = JSON.parse(fs.readFileSync(file, "utf8")) as Secrets;
  cache.set(file, value);
  return value;
}
