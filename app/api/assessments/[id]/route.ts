import { amendAssessment } from "@/db/commands/assessments";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const PATCH = handle(endpoints.amendAssessment, async ({ user, params, body }) =>
  json(200, await amendAssessment(user.id, params.id, body)),
);
