import { listAssessments } from "@/db/reads/assessments";
import { recordAssessment } from "@/db/commands/assessments";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const GET = handle(endpoints.listAssessments, async ({ params }) =>
  json(200, { assessments: await listAssessments(params.id) }),
);

export const POST = handle(endpoints.recordAssessment, async ({ user, params, body }) =>
  json(201, await recordAssessment(user.id, params.id, body)),
);
