import { recordDose } from "@/db/commands/doses";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const POST = handle(endpoints.recordDose, async ({ user, params, body }) =>
  json(201, await recordDose(user.id, params.id, body)),
);
