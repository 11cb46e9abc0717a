import { worklist } from "@/db/reads/worklist";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";
import { today } from "@/lib/dates";

export const GET = handle(endpoints.worklist, async ({ query }) =>
  json(200, await worklist(query.date ?? today(), query)),
);
