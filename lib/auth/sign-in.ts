import "server-only";
import type { z } from "zod";
import { recentSignInFailures, recordSignInFailure } from "@/db/sessions";
import type { User } from "@/db/schema";
import { findUserByUsername, toPublicUser } from "@/db/users";
import { clientAddress } from "@/lib/api/request";
import { apiError, json } from "@/lib/api/respond";
import type { SignInInput } from "@/lib/schemas/user";
import { verifyPassword } from "./password";
import { sessionCookie, startSession } from "./session";

/** Failed sign-ins allowed per account and per address in the window before 429. */
const MAX_FAILURES = 10;
const WINDOW_MS = 15 * 60_000;

/** One answer for a wrong password and an unknown user, so the API does not reveal who exists. */
export async function signIn(req: Request, input: z.infer<typeof SignInInput>): Promise<Response> {
  const address = clientAddress(req);
  const failures = await recentSignInFailures(input.username, address, new Date(Date.now() - WINDOW_MS));
  if (failures.account >= MAX_FAILURES || failures.address >= MAX_FAILURES) {
    return apiError("rate_limited", "Too many failed sign-ins. Wait 15 minutes and try again.");
  }
  const user = await findUserByUsername(input.username);
  const ok = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !ok || user.disabled) {
    await recordSignInFailure(input.username, address);
    return apiError("unauthenticated", "The username or password is wrong.");
  }
  const token = await startSession(user);
  return json(200, { user: toPublicUser(user) }, { "Set-Cookie": sessionCookie(req, token) });
}

/**
 * Re-confirms a signed-in user's password (a plan signature): a wrong one counts as a failed
 * sign-in, so a left-open session cannot be used to guess it. Null when it is right.
 */
export async function refusePasswordConfirmation(req: Request, user: User, password: string): Promise<Response | null> {
  const address = clientAddress(req);
  const failures = await recentSignInFailures(user.username, address, new Date(Date.now() - WINDOW_MS));
  if (failures.account >= MAX_FAILURES) {
    return apiError("rate_limited", "Too many wrong passwords. Wait 15 minutes and try again.");
  }
  if (await verifyPassword(user.passwordHash, password)) return null;
  await recordSignInFailure(user.username, address);
  return apiError("forbidden", "The password is wrong; nothing was signed.", { password: "Wrong password." });
}
