import { siteShown } from "@/db/reads/sites";
import { worklist } from "@/db/reads/worklist";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";
import { today } from "@/lib/dates";

export const GET = handle(endpoints.worklist, async ({ user, query }) => {
  const site = await siteShown(user.siteId, query.site);
  const list = await worklist(query.date ?? today(), { ...query, siteId: site?.id });
  return json(200, { ...list, site });
});
