import { markAssessmentInError } from "@/db/commands/assessments";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const POST = handle(endpoints.assessmentInError, async ({ user, params, body }) =>
  json(200, { assessment: await markAssessmentInError(user.id, params.id, body.reason) }),
);
