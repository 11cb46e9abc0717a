import { readPatientExport } from "@/db/commands/export";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";
import { patientBundle } from "@/lib/fhir/bundle";

// FHIR's own JSON media type (R4, "http.html#mime-type"), so a FHIR client knows what it holds.
export const GET = handle(endpoints.exportFhir, async ({ user, params }) =>
  json(200, patientBundle(await readPatientExport(user.id, params.id)), {
    "Content-Type": "application/fhir+json; charset=utf-8",
  }),
);
