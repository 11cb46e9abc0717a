import { getPatient } from "@/db/reads/patients";
import { listPlans } from "@/db/reads/plans";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const GET = handle(endpoints.listPlans, async ({ params }) => {
  await getPatient(params.id);
  return json(200, { plans: await listPlans(params.id) });
});
