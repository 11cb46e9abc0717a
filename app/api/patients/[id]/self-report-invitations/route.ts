import { issueInvitation } from "@/db/commands/self-reports";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { requestOrigin } from "@/lib/api/request";
import { json } from "@/lib/api/respond";
import { qrSvg, reportUrl } from "@/lib/self-report-link";

export const POST = handle(endpoints.inviteSelfReport, async ({ req, user, params }) => {
  const { invitation } = await issueInvitation(user.id, params.id);
  const url = reportUrl(requestOrigin(req), invitation.code);
  return json(201, { invitation: { ...invitation, url, qrSvg: await qrSvg(url) } });
});
