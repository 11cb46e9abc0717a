import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { AttemptLimits } from "@/db/commands/password-attempts";
import { clientAddress } from "@/lib/api/request";
import { isHttps, readCookie } from "./session";
import { secrets } from "./secrets";

// Password throttling (docs/security.md, "Sign-in"): tries are counted per account and client,
// so one client's failures never block another client's right password; a ceiling per account
// across clients stops guessing spread over many addresses.

/** Sign-in: 10 tries per account and client in 15 minutes, 100 per account in an hour. */
export const SIGN_IN_LIMITS: AttemptLimits = {
  perClient: 10,
  clientWindowMs: 15 * 60_000,
  perAccount: 100,
  accountWindowMs: 60 * 60_000,
};

/** A plan signature's password: its own counter, 10 per account in 15 minutes. */
export const PLAN_SIGNING_LIMITS: AttemptLimits = {
  perClient: 10,
  clientWindowMs: 15 * 60_000,
  perAccount: null,
  accountWindowMs: 15 * 60_000,
};

const DEVICE_COOKIE = "cipn_device";
const DEVICE_MAX_AGE_S = 365 * 24 * 3600;

const deviceCookieName = (req: Request) => (isHttps(req.headers, req.url) ? `__Host-${DEVICE_COOKIE}` : DEVICE_COOKIE);

const sign = (username: string, nonce: string) =>
  createHmac("sha256", secrets().deviceKey).update(`${username.toLowerCase()}\n${nonce}`).digest("base64url");

/**
 * The device cookie (OWASP's "device cookies"): after a right password, the browser gets a
 * signed nonce naming the account. It proves nothing about who types; it lets a browser that
 * has signed in to this account before keep its own counter and pass the per-account ceiling.
 */
export function deviceCookie(req: Request, username: string): string {
  const nonce = randomBytes(16).toString("base64url");
  const https = isHttps(req.headers, req.url);
  return `${deviceCookieName(req)}=${nonce}.${sign(username, nonce)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${DEVICE_MAX_AGE_S}${https ? "; Secure" : ""}`;
}

/** The nonce of a valid device cookie for this account, or null. */
function trustedDevice(req: Request, username: string): string | null {
  const value = readCookie(req.headers.get("cookie"), deviceCookieName(req));
  const [nonce, mac] = value?.split(".") ?? [];
  if (!nonce || !mac) return null;
  const expected = Buffer.from(sign(username, nonce));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? nonce : null;
}

/**
 * Who is trying a password for this account: a browser it signed in on before (`device:`), else
 * the address a trusted proxy reports (`address:`), else `unknown` (all other clients share).
 */
export function signInClient(req: Request, username: string): { client: string; limits: AttemptLimits } {
  const device = trustedDevice(req, username);
  if (device) return { client: `device:${device}`, limits: { ...SIGN_IN_LIMITS, perAccount: null } };
  const address = clientAddress(req);
  return { client: address ? `address:${address}` : "unknown", limits: SIGN_IN_LIMITS };
}
