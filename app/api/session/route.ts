import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json, noContent } from "@/lib/api/respond";
import { clearedSessionCookie, endSession, sessionToken } from "@/lib/auth/session";
import { signIn } from "@/lib/auth/sign-in";
import { toPublicUser } from "@/db/reads/users";

export const POST = handle(endpoints.signIn, async ({ req, body }) => signIn(req, body));

export const GET = handle(endpoints.currentSession, ({ user }) => json(200, { user: toPublicUser(user) }));

// The handler found the user by this session's token, so there is one to end.
export const DELETE = handle(endpoints.signOut, async ({ req, user }) => {
  const token = sessionToken(req);
  if (token) await endSession(token, user.id);
  return noContent({ "Set-Cookie": clearedSessionCookie(req) });
});
