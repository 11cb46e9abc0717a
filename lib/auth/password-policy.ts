import "server-only";
import fs from "node:fs";
import path from "node:path";
import { InvalidError } from "@/db/errors";
import { hashPassword } from "./password";

// What makes a password of 15 characters or more still easy to guess (NIST SP 800-63B-4 asks a
// verifier to refuse breached and common passwords, repetitive ones and ones derived from the
// account's own names). Length itself is the zod schema's rule (lib/schemas/user.ts).

let common: Set<string> | undefined;

/** lib/auth/common-passwords/README.md says where the list comes from. */
function commonPasswords(): Set<string> {
  common ??= new Set(
    fs
      .readFileSync(
        path.join(/*turbopackIgnore: true*/ process.cwd(), "lib/auth/common-passwords/top-10000.txt"),
        "utf8",
      )
      .split("\n")
      .map((line) => line.trim().toLowerCase())
      .filter(Boolean),
  );
  return common;
}

/** The shortest unit the whole password repeats (the last repeat may be cut short), or null. */
function repeatedUnit(password: string): string | null {
  for (let period = 1; period <= password.length / 2; period++) {
    if ([...password].every((c, i) => c === password[i % period])) return password.slice(0, period);
  }
  return null;
}

/** Words of a display name worth checking: 4 letters or more ("Ada Lovelace" -> "lovelace"). */
const nameParts = (displayName: string) =>
  [displayName.replace(/\s+/g, ""), ...displayName.split(/[\s,.'-]+/)].filter((p) => p.length >= 4);

/** Why this password is refused for this account, or null when it may be used. */
export function passwordProblem(password: string, account: { username: string; displayName: string }): string | null {
  const lower = password.toLowerCase();
  const unit = repeatedUnit(lower);
  if (unit?.length === 1) return "One character repeated is easy to guess: use a few unrelated words.";
  if (unit && unit.length <= 5)
    return `A short pattern repeated ("${unit}"…) is easy to guess: use a few unrelated words.`;
  if (account.username.length >= 3 && lower.includes(account.username.toLowerCase()))
    return "The password contains the username: choose one that does not.";
  if (nameParts(account.displayName).some((part) => lower.includes(part.toLowerCase())))
    return "The password contains the user's name: choose one that does not.";
  if (commonPasswords().has(lower) || (unit !== null && commonPasswords().has(unit)))
    return "This is one of the 10,000 most common passwords (or one repeated): choose another.";
  return null;
}

/** The hash of a password this account may use; a refused one is a 400 naming `password`. */
export async function hashAcceptablePassword(
  password: string,
  account: { username: string; displayName: string },
): Promise<string> {
  const problem = passwordProblem(password, account);
  if (problem) throw new InvalidError({ password: problem });
  return hashPassword(password);
}
