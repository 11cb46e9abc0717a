import { readAlertAnalytics } from "@/db/commands/analytics";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { csvFile, json } from "@/lib/api/respond";
import { toCsv } from "@/lib/csv";
import { shiftDay, today } from "@/lib/dates";

const COLUMNS = [
  "kind",
  "agent",
  "raised",
  "per_100_assessments",
  "acknowledged",
  "proceed_share",
  "median_hours_to_decision",
  "p90_hours_to_decision",
  "entered_in_error_share",
  "rule_to_revisit",
];

/** Without a period: the last 365 days to today. */
export const GET = handle(endpoints.alertAnalytics, async ({ req, user, query }) => {
  const to = query.to ?? today();
  const from = query.from ?? shiftDay(to, -364);
  const report = await readAlertAnalytics(user.id, from, to);
  if (!(req.headers.get("accept") ?? "").includes("text/csv")) return json(200, report);
  const revisit = new Set(report.revisit.map((r) => `${r.kind} ${r.agent}`));
  const rows = report.rows.map((r) => [
    r.kind,
    r.agent,
    r.raised,
    r.per100Assessments,
    r.acknowledged,
    r.proceedShare,
    r.medianHoursToDecision,
    r.p90HoursToDecision,
    r.enteredInErrorShare,
    revisit.has(`${r.kind} ${r.agent}`),
  ]);
  return csvFile(toCsv(COLUMNS, rows), `alert-analytics-${from}-to-${to}.csv`);
});
