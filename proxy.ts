import { NextResponse, type NextRequest } from "next/server";
import { mayOpen, pageOf, refusedLanding, signInLanding } from "@/lib/access/pages";
import { isPublicPath, methodsFor } from "@/lib/api/route-methods";
import { apiError, unknownApiPath } from "@/lib/api/respond";
import { sessionCookieName, userForToken } from "@/lib/auth/session";

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

const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

function secure(response: Response, csp: string): Response {
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "no-referrer");
  response.headers.set("X-Frame-Options", "DENY");
  // The app needs none of these; a page that could be made to ask gets a refusal from the browser.
  response.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  return response;
}

/**
 * Security headers on every response, and the API's answers to what no endpoint defines: a path
 * no endpoint has gets 404 (any method, any caller); a method its path does not define gets 401
 * for an anonymous caller on a signed-in path (before anything else), else 405, in the one error
 * shape. A page of the page table (lib/access/pages.ts) sends nobody signed in to sign-in and a
 * role it does not list to its home, before the page renders. Authorization itself is checked
 * again in every handler and page, never here alone.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const { pathname } = request.nextUrl;
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    const allowed = methodsFor(pathname);
    if (!allowed) return secure(unknownApiPath(), csp);
    if (!allowed.includes(request.method as (typeof allowed)[number])) {
      if (!isPublicPath(pathname)) {
        const user = await userForToken(request.cookies.get(sessionCookieName(request.headers, request.url))?.value);
        if (!user) return secure(apiError("unauthenticated", "Sign in to continue."), csp);
      }
      const response = apiError("method_not_allowed", `This route allows ${allowed.join(", ")}.`);
      response.headers.set("Allow", allowed.join(", "));
      return secure(response, csp);
    }
  }
  const page = pageOf(pathname);
  if (page) {
    const user = await userForToken(request.cookies.get(sessionCookieName(request.headers, request.url))?.value);
    const landing = !user
      ? signInLanding(`${pathname}${request.nextUrl.search}`)
      : mayOpen(user.role, page)
        ? null
        : refusedLanding(user.role);
    if (landing) return secure(NextResponse.redirect(new URL(landing, request.url)), csp);
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return secure(NextResponse.next({ request: { headers: requestHeaders } }), csp);
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
