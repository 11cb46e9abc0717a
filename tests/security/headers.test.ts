// The security headers of proxy.ts on every kind of response it makes: a page, an API answer, an
// API refusal of an undefined method (which proxy.ts answers itself). The e2e spec checks the
// same headers as the production server sends them.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { useTempDatabase } from "@/lib/testing/api";

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
});
afterAll(() => cleanup());

/** The headers every response must carry, and what the CSP must say. */
function expectSecurityHeaders(headers: Headers): void {
  const csp = headers.get("content-security-policy") ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toContain("form-action 'self'");
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("referrer-policy")).toBe("no-referrer");
  expect(headers.get("x-frame-options")).toBe("DENY");
  expect(headers.get("permissions-policy")).toBe("camera=(), microphone=(), geolocation=(), payment=(), usb=()");
}

describe("proxy.ts", () => {
  it.each([
    ["GET", "/worklist"],
    ["GET", "/sign-in"],
    ["GET", "/api/patients"],
    ["POST", "/api/session"],
    ["DELETE", "/api/patients"],
    ["GET", "/api/no-such-route"],
  ])("%s %s carries the security headers", async (method, path) => {
    const res = await proxy(new NextRequest(`http://localhost${path}`, { method }));
    expectSecurityHeaders(res.headers);
  });

  it("gives each response a nonce of its own", async () => {
    const nonce = async () =>
      /'nonce-([^']+)'/.exec(
        (await proxy(new NextRequest("http://localhost/worklist"))).headers.get("content-security-policy")!,
      )?.[1];
    expect(await nonce()).not.toBe(await nonce());
  });

  it("answers an undefined method with 401 to the anonymous caller, before anything else", async () => {
    const res = await proxy(new NextRequest("http://localhost/api/patients", { method: "DELETE" }));
    expect(res.status).toBe(401);
  });
});
