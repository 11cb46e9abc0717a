import { listAudit } from "@/db/audit-log";
import { actionInWords, changesText } from "@/components/admin/audit-words";
import { endpoints } from "@/lib/api/endpoints";
import { handle } from "@/lib/api/handler";
import { toCsv } from "@/lib/csv";
import { formatDateTime } from "@/lib/dates";

const HEADER = ["when", "who", "username", "action", "action_code", "patient", "mrn", "changes"];

export const GET = handle(endpoints.exportAudit, async ({ query }) => {
  const rows = (await listAudit(query)).map((e) => [
    formatDateTime(e.at),
    e.userName ?? "the system",
    e.username,
    actionInWords(e),
    e.action,
    e.patientName,
    e.mrn,
    changesText(e),
  ]);
  return new Response(toCsv(HEADER, rows), {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="audit-trail.csv"',
      "Cache-Control": "no-store",
    },
  });
});
