import { listAudit } from "@/db/reads/audit-log";
import { actionInWords, changesText } from "@/components/admin/audit-words";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { csvFile } from "@/lib/api/respond";
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
  return csvFile(toCsv(HEADER, rows), "audit-trail.csv");
});
