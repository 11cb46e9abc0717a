import "server-only";
import { hash, verify, type Options } from "@node-rs/argon2";

/** argon2id at OWASP's floor: 19 MiB of memory, 2 passes, 1 lane. */
// `Algorithm` is an ambient const enum that isolated modules cannot read: 2 is its Argon2id.
const ARGON2ID = 2 as Options["algorithm"];
const PARAMS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMS);
}

// Verifying against this when the user does not exist keeps the answer's timing the same.
let decoy: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    decoy ??= hashPassword("decoy-password-never-matches");
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
