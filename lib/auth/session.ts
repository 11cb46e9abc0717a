import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { createSession, revokeSession, liveSessionUser } from "@/db/commands/sessions";
import type { User } from "@/db/schema";

export const SESSION_COOKIE = "cipn_session";
/**
 * Behind HTTPS the cookie is `__Host-` prefixed: the browser then keeps it only when it was set
 * Secure, for this host, on Path=/, so a sibling subdomain or a plain-HTTP page cannot plant one.
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

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

/**
 * A cookie's value from a Cookie header. A value that is not valid percent-encoding is no
 * session at all (so 401), never a server error.
 */
export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k !== name) continue;
    try {
      return decodeURIComponent(v.join("="));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Whether the client reached the app over HTTPS (directly, or through a proxy that says so). */
export function isHttps(headers: Headers, url?: string): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return forwarded === "https" || (url !== undefined && new URL(url).protocol === "https:");
}

/** The session cookie's name for this request: only the `__Host-` one is read over HTTPS. */
export function sessionCookieName(headers: Headers, url?: string): string {
  return isHttps(headers, url) ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/** The session token a request carries, if any. */
export function sessionToken(req: Request): string | undefined {
  return readCookie(req.headers.get("cookie"), sessionCookieName(req.headers, req.url));
}

/** A session's name in the audit trail: derived from its token, and leading back to neither. */
export function sessionTag(token: string): string {
  return createHash("sha256")
    .update(`audit:${hashToken(token)}`)
    .digest("hex")
    .slice(0, 16);
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

function cookieHeader(req: Request, value: string, maxAge: number): string {
  const https = isHttps(req.headers, req.url);
  return `${sessionCookieName(req.headers, req.url)}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${https ? "; Secure" : ""}`;
}

export function sessionCookie(req: Request, token: string): string {
  return cookieHeader(req, token, Math.floor(sessionLimits().absoluteMs / 1000));
}

export function clearedSessionCookie(req: Request): string {
  return cookieHeader(req, "", 0);
}
