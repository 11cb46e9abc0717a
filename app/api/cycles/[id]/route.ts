import { updateCycle } from "@/db/commands/courses";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const PATCH = handle(endpoints.updateCycle, async ({ user, params, body }) =>
  json(200, { cycle: await updateCycle(user.id, params.id, body) }),
);
