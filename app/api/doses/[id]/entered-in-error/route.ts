import { markDoseInError } from "@/db/commands/doses";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const POST = handle(endpoints.doseInError, async ({ user, params, body }) =>
  json(200, { dose: await markDoseInError(user.id, params.id, body.reason) }),
);
