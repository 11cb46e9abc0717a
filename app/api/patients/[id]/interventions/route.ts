import { listInterventions } from "@/db/reads/interventions";
import { recordIntervention } from "@/db/commands/interventions";
import { getPatient } from "@/db/reads/patients";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const GET = handle(endpoints.listInterventions, async ({ params }) => {
  await getPatient(params.id);
  return json(200, { interventions: await listInterventions(params.id) });
});

export const POST = handle(endpoints.recordIntervention, async ({ user, params, body }) =>
  json(201, await recordIntervention(user.id, params.id, body)),
);
