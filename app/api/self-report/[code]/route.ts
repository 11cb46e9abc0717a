import { openSelfReport, submitSelfReport } from "@/db/commands/self-reports";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";
import { codeClient } from "@/lib/self-report-link";

// No session here: the code alone reaches this one questionnaire, and nothing else of the clinic.
export const GET = handle(endpoints.openSelfReport, async ({ req, params }) =>
  json(200, await openSelfReport(params.code, codeClient(req))),
);

export const POST = handle(endpoints.submitSelfReport, async ({ req, params, body }) =>
  json(201, await submitSelfReport(params.code, codeClient(req), body.answers)),
);
