// What a request says about where it comes from. Headers a client can forge are believed only
// when a reverse proxy in front overwrites them (TRUST_PROXY=1; docs/security.md, "Sign-in").

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function trustsProxy(): boolean {
  return process.env.TRUST_PROXY === "1";
}

/**
 * The client's address as the trusted proxy reports it: the last `X-Forwarded-For` entry is the
 * one the proxy itself added (earlier entries are whatever the client sent). Null without a
 * trusted proxy: `next start` keeps a client-sent header, so the client would choose it.
 */
export function clientAddress(req: Request): string | null {
  if (!trustsProxy()) return null;
  const forwarded = req.headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || req.headers.get("x-real-ip") || null;
}

/** The host the client addressed: the proxy's `X-Forwarded-Host` when trusted, else `Host`. */
function requestedHost(req: Request): string {
  const forwarded = trustsProxy() ? req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return forwarded || req.headers.get("host") || new URL(req.url).host;
}

/**
 * The origin the client addressed ("http://127.0.0.1:3000" when opened so), for links it is given
 * to open elsewhere (the self-report QR code): the server's own URL names the host it listens as,
 * which a tablet beside the chair cannot reach when that is "localhost". The host is the client's
 * own, shown back only to it.
 */
export function requestOrigin(req: Request): string {
  const forwarded = trustsProxy() ? req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() : undefined;
  const protocol = forwarded === "http" || forwarded === "https" ? `${forwarded}:` : new URL(req.url).protocol;
  return `${protocol}//${requestedHost(req)}`;
}

/**
 * A write sent by another site's page: its `Origin` names another host than the one it was sent
 * to, or the browser says `Sec-Fetch-Site: cross-site`. A request with neither header (a script,
 * an integrator) is not a browser's cross-site request and passes. SameSite cookies alone leave
 * sign-in (no cookie yet) open to another site, hence this check (docs/security.md).
 */
export function isCrossSiteWrite(req: Request): boolean {
  if (SAFE_METHODS.has(req.method)) return false;
  if (req.headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = req.headers.get("origin");
  if (origin === null) return false;
  try {
    return new URL(origin).host !== requestedHost(req);
  } catch {
    // "null" (a sandboxed frame, a data: URL) or garbage: not this app's own origin.
    return true;
  }
}

/**
 * A write's body must be declared JSON: text/plain and form bodies are what another site's page
 * can send without a preflight.
 */
export function hasNonJsonBody(req: Request, expectsBody: boolean): boolean {
  if (SAFE_METHODS.has(req.method)) return false;
  const type = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type === undefined) return expectsBody;
  return type !== "application/json";
}
