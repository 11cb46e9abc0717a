import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";
import { AGENTS } from "@/lib/domain/agents";

export const GET = handle(endpoints.listAgents, () => json(200, { agents: AGENTS }));
