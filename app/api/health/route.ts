import { databaseHealthy } from "@/db/health";
import { endpoints } from "@/lib/api/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const GET = handle(endpoints.health, async () => {
  const ok = await databaseHealthy();
  return json(ok ? 200 : 503, { status: ok ? "ok" : "degraded", db: ok ? "ok" : "unavailable" });
});
