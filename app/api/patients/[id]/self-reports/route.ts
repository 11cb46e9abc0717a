import { listSelfReports } from "@/db/reads/self-reports";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const GET = handle(endpoints.listSelfReports, async ({ params }) =>
  json(200, { selfReports: await listSelfReports(params.id) }),
);
