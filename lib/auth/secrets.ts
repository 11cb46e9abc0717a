import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "@/db/client";
import { usesPostgres } from "@/db/dialect";

interface Secrets {
  /** Signs the device cookie that lets a browser an account signed in on keep its own throttle. */
  deviceKey: string;
}

const cache = new Map<string, Secrets>();

/**
 * Where the secrets are: SECRETS_PATH, else `secrets.json` beside the SQLite database; on
 * PostgreSQL, `data/secrets.json` (app servers that share one database share this file's contents:
 * docs/deploy.md).
 */
function secretsPath(): string {
  if (process.env.SECRETS_PATH) return path.resolve(process.env.SECRETS_PATH);
  return path.join(usesPostgres() ? path.resolve("data") : path.dirname(databasePath()), "secrets.json");
}

/**
 * The app's secrets: made by whichever runs first (the app or the command line), readable by the
 * owner only (0600), in a directory only the owner may enter, and never in the repository.
 */
export function secrets(): Secrets {
  const file = secretsPath();
  const known = cache.get(file);
  if (known) return known;
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
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
