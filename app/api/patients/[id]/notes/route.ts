import { addNote } from "@/db/commands/notes";
import { listNotes } from "@/db/reads/notes";
import { getPatient } from "@/db/reads/patients";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const GET = handle(endpoints.listNotes, async ({ params }) => {
  await getPatient(params.id);
  return json(200, { notes: await listNotes(params.id) });
});

export const POST = handle(endpoints.addNote, async ({ user, params, body }) =>
  json(201, await addNote(user, params.id, body)),
);
