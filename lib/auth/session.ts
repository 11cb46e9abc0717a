import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { createSession, revokeSession, liveSessionUser } from "@/db/sessions";
import type { User } from "@/db/schema";

export const SESSION_COOKIE = "cipn_session";

function minutesFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** 30 idle minutes and 12 hours in all, unless configured otherwise. */
export function sessionLimits() {
  return {
    idleMs: minutesFromEnv("SESSION_IDLE_MINUTES", 30) * 60_000,
    absoluteMs: minutesFromEnv("SESSION_MAX_MINUTES", 12 * 60) * 60_000,
  };
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return undefined;
}

export async function userForToken(token: string | undefined): Promise<User | null> {
  if (!token || token.length > 200) return null;
  return liveSessionUser(hashToken(token), sessionLimits());
}

export async function startSession(user: User): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await createSession(hashToken(token), user);
  return token;
}

export async function endSession(token: string, userId: string): Promise<void> {
  await revokeSession(hashToken(token), userId);
}

function isHttps(req: Request): boolean {
  return req.headers.get("x-forwarded-proto") === "https" || new URL(req.url).protocol === "https:";
}

export function sessionCookie(req: Request, token: string): string {
  const maxAge = Math.floor(sessionLimits().absoluteMs / 1000);
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${isHttps(req) ? "; Secure" : ""}`;
}

export function clearedSessionCookie(req: Request): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${isHttps(req) ? "; Secure" : ""}`;
}
