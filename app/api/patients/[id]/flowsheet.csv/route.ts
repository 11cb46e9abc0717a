import { readFlowsheet } from "@/db/commands/export";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { csvFile } from "@/lib/api/respond";
import { toCsv } from "@/lib/csv";

export const GET = handle(endpoints.exportFlowsheet, async ({ user, params }) => {
  const { mrn, header, rows } = await readFlowsheet(user.id, params.id);
  // MRNs are letters, digits and hyphens already; the filename is cleaned anyway, as a header value.
  const filename = `flowsheet-${mrn.replace(/[^A-Za-z0-9-]/g, "_")}.csv`;
  return csvFile(toCsv(header, rows), filename);
});
