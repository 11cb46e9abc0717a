import { createPatient } from "@/db/commands/patients";
import { listPatients } from "@/db/reads/patients";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const GET = handle(endpoints.listPatients, async ({ query }) =>
  json(200, { patients: await listPatients(query) }),
);

export const POST = handle(endpoints.createPatient, async ({ user, body }) =>
  json(201, { patient: await createPatient(user.id, body) }),
);
