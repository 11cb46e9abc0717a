import { acknowledgeAlert } from "@/db/commands/alerts";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const POST = handle(endpoints.acknowledgeAlert, async ({ user, params, body }) =>
  json(201, await acknowledgeAlert(user.id, params.id, body)),
);
