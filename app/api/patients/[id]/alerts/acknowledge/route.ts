import { acknowledgeAlerts } from "@/db/commands/alerts";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const POST = handle(endpoints.acknowledgeAlerts, async ({ user, params, body }) =>
  json(201, await acknowledgeAlerts(user.id, params.id, body)),
);
