import { NotFoundError } from "@/db/errors";
import { decideOnAgent } from "@/db/commands/course-agents";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";
import { isAgentCode } from "@/lib/domain/agents";

export const POST = handle(endpoints.decideOnAgent, async ({ user, params, body }) => {
  const agent = params.agent;
  if (!isAgentCode(agent)) throw new NotFoundError(`The agent ${agent}`);
  return json(201, await decideOnAgent(user.id, params.id, agent, body));
});
