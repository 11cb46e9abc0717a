import { listDoses } from "@/db/reads/doses";
import { getPatient } from "@/db/reads/patients";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const GET = handle(endpoints.listDoses, async ({ params }) => {
  await getPatient(params.id);
  return json(200, { doses: await listDoses(params.id) });
});
