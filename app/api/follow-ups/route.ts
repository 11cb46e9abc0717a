import { followUpsDue } from "@/db/reads/after-treatment";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";
import { shiftDay, today } from "@/lib/dates";

/** Without a period: the last 90 days (what is overdue) to four weeks ahead. */
export const GET = handle(endpoints.listFollowUps, async ({ query }) => {
  const from = query.from ?? shiftDay(today(), -90);
  const to = query.to ?? shiftDay(today(), 28);
  return json(200, { from, to, followUps: await followUpsDue(from, to) });
});
