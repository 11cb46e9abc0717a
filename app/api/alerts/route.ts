import { listAlerts } from "@/db/reads/alerts";
import { siteShown } from "@/db/reads/sites";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const GET = handle(endpoints.listAlerts, async ({ user, query }) => {
  const site = await siteShown(user.siteId, query.site);
  return json(200, {
    alerts: await listAlerts({
      status: query.status,
      severity: query.severity,
      kind: query.kind,
      siteId: site?.id,
    }),
  });
});
