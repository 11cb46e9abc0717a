import { createSite } from "@/db/commands/sites";
import { listSites } from "@/db/reads/sites";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const GET = handle(endpoints.listSites, async () => json(200, { sites: await listSites() }));

export const POST = handle(endpoints.createSite, async ({ user, body }) =>
  json(201, { site: await createSite(user.id, body) }),
);
