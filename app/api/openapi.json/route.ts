import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { openApiDocument } from "@/lib/api/openapi";
import { json } from "@/lib/api/respond";

export const GET = handle(endpoints.openapi, () => json(200, openApiDocument()));
