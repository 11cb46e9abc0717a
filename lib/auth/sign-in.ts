import "server-only";
import type { z } from "zod/mini";
import { clearPasswordAttempt, reservePasswordAttempt, type Reservation } from "@/db/commands/password-attempts";
import type { User } from "@/db/schema";
import { findUserByUsername, toPublicUser } from "@/db/reads/users";
import { apiError, json, type Answer } from "@/lib/api/respond";
import type { ErrorResponse } from "@/lib/schemas/responses/common";
import type { UserResponse } from "@/lib/schemas/responses/user";
import type { SignInInput } from "@/lib/schemas/user";
import { verifyPassword } from "./password";
import { sessionCookie, startSession } from "./session";
import { deviceCookie, PLAN_SIGNING_LIMITS, signInClient } from "./throttle";

function rateLimited(refusal: Extract<Reservation, { ok: false }>, what: string): Answer<ErrorResponse> {
  const minutes = Math.ceil(refusal.retryAfterSeconds / 60);
  const response = apiError("rate_limited", `${what} Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  response.headers.set("Retry-After", String(refusal.retryAfterSeconds));
  return response;
}

/**
 * One answer for a wrong password and an unknown user, so the API does not reveal who exists.
 * The try is counted before the password is checked (lib/auth/throttle.ts), and cleared when it
 * was right.
 */
export async function signIn(
  req: Request,
  input: z.infer<typeof SignInInput>,
): Promise<Answer<z.input<typeof UserResponse>> | Answer<ErrorResponse>> {
  const { client, limits } = signInClient(req, input.username);
  const attempt = await reservePasswordAttempt({ purpose: "sign-in", username: input.username, client }, limits);
  if (!attempt.ok) return rateLimited(attempt, "Too many failed sign-ins for this account.");
  const user = await findUserByUsername(input.username);
  const ok = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !ok || user.disabled) return apiError("unauthenticated", "The username or password is wrong.");
  await clearPasswordAttempt(attempt.id);
  const token = await startSession(user);
  const response = json(200, { user: toPublicUser(user) }, { "Set-Cookie": sessionCookie(req, token) });
  response.headers.append("Set-Cookie", deviceCookie(req, user.username));
  return response;
}

/**
 * Re-confirms a signed-in user's password (a plan signature), on a counter of its own: a
 * left-open session cannot be used to guess it, and guessing here never locks the user's
 * sign-in. Null when it is right.
 */
export async function refusePasswordConfirmation(user: User, password: string): Promise<Answer<ErrorResponse> | null> {
  const attempt = await reservePasswordAttempt(
    { purpose: "plan-signing", username: user.username, client: "session" },
    PLAN_SIGNING_LIMITS,
  );
  if (!attempt.ok) return rateLimited(attempt, "Too many wrong passwords; nothing was signed.");
  if (!(await verifyPassword(user.passwordHash, password)))
    return apiError("forbidden", "The password is wrong; nothing was signed.", { password: "Wrong password." });
  await clearPasswordAttempt(attempt.id);
  return null;
}
