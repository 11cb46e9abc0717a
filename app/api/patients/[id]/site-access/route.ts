import { breakGlass } from "@/db/commands/sites";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";
import { sessionTag, sessionToken } from "@/lib/auth/session";

export const POST = handle(endpoints.breakGlass, async ({ req, user, params, body }) =>
  // handle() has found the session: its token is there.
  json(201, { access: await breakGlass(user, params.id, sessionTag(sessionToken(req)!), body.reason) }),
);
