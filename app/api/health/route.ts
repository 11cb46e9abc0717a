import { databaseHealthy } from "@/db/health";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const GET = handle(endpoints.health, async () =>
  (await databaseHealthy())
    ? json(200, { status: "ok", db: "ok" } as const)
    : json(503, { status: "degraded", db: "unavailable" } as const),
);
