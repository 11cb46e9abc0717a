import { NextResponse, type NextRequest } from "next/server";
import { methodsFor } from "@/lib/api/route-methods";
import { apiError } from "@/lib/api/respond";
import { SESSION_COOKIE, userForToken } from "@/lib/auth/session";

const isDev = process.env.NODE_ENV === "development";

function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    // Next's own inline scripts carry this request's nonce; nothing else may run.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // Style attributes (chart geometry, bar widths) need inline styles; scripts never do.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function secure(response: Response, csp: string): Response {
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "no-referrer");
  response.headers.set("X-Frame-Options", "DENY");
  return response;
}

/**
 * Security headers on every response, and the API's answer to a method its path does not
 * define: 401 for an anonymous caller (before anything else), else 405 in the one error shape.
 * Authorization itself is checked in every handler and page, never here alone.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/api/")) {
    const allowed = methodsFor(pathname);
    if (allowed && !allowed.includes(request.method as (typeof allowed)[number])) {
      const user = await userForToken(request.cookies.get(SESSION_COOKIE)?.value);
      if (!user) return secure(apiError("unauthenticated", "Sign in to continue."), csp);
      const response = apiError("method_not_allowed", `This route allows ${allowed.join(", ")}.`);
      response.headers.set("Allow", allowed.join(", "));
      return secure(response, csp);
    }
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return secure(NextResponse.next({ request: { headers: requestHeaders } }), csp);
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
