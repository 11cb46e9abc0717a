import { listAudit } from "@/db/reads/audit-log";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const GET = handle(endpoints.listAudit, async ({ query }) => json(200, { entries: await listAudit(query) }));
