import { updateIntervention } from "@/db/commands/interventions";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const PATCH = handle(endpoints.updateIntervention, async ({ user, params, body }) =>
  json(200, { intervention: await updateIntervention(user.id, params.id, body) }),
);
