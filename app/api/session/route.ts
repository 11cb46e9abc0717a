import { endpoints } from "@/lib/api/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";
import { clearedSessionCookie, endSession, sessionToken } from "@/lib/auth/session";
import { signIn } from "@/lib/auth/sign-in";
import { toPublicUser } from "@/db/users";

export const POST = handle(endpoints.signIn, async ({ req, body }) => signIn(req, body));

export const GET = handle(endpoints.currentSession, ({ user }) => json(200, { user: toPublicUser(user) }));

export const DELETE = handle(endpoints.signOut, async ({ req, user }) => {
  await endSession(sessionToken(req)!, user.id);
  return new Response(null, { status: 204, headers: { "Set-Cookie": clearedSessionCookie(req) } });
});
