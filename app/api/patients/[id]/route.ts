import { getPatient } from "@/db/reads/patients";
import { updatePatient } from "@/db/commands/patients";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const GET = handle(endpoints.getPatient, async ({ params }) =>
  json(200, { patient: await getPatient(params.id) }),
);

export const PATCH = handle(endpoints.updatePatient, async ({ user, params, body }) =>
  json(200, { patient: await updatePatient(user.id, params.id, body) }),
);
