import { listAlerts } from "@/db/reads/alerts";
import { getPatient } from "@/db/reads/patients";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const GET = handle(endpoints.listPatientAlerts, async ({ params, query }) => {
  await getPatient(params.id);
  return json(200, { alerts: await listAlerts({ patientId: params.id, status: query.status }) });
});
