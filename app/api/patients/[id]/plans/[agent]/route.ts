import { NotFoundError } from "@/db/errors";
import { draftPlan } from "@/db/commands/plans";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";
import { isAgentCode } from "@/lib/domain/agents";

export const PUT = handle(endpoints.draftPlan, async ({ user, params, body }) => {
  const agent = params.agent;
  if (!isAgentCode(agent)) throw new NotFoundError(`The agent ${agent}`);
  return json(201, { plan: await draftPlan(user.id, params.id, agent, body) });
});
