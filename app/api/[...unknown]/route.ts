import { readCookie, SESSION_COOKIE, userForToken } from "@/lib/auth/session";
import { apiError } from "@/lib/api/respond";

/** Any other /api path: 401 for an anonymous caller, else 404, in the one error shape. */
async function unknownRoute(req: Request): Promise<Response> {
  const user = await userForToken(readCookie(req.headers.get("cookie"), SESSION_COOKIE));
  if (!user) return apiError("unauthenticated", "Sign in to continue.");
  return apiError("not_found", "There is no such API route.");
}

export const GET = unknownRoute;
export const POST = unknownRoute;
export const PUT = unknownRoute;
export const PATCH = unknownRoute;
export const DELETE = unknownRoute;
