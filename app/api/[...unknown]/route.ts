import { unknownApiPath } from "@/lib/api/respond";

/** Any other /api path: 404 in the one error shape, for every method and every caller. */
function unknownRoute(): Response {
  return unknownApiPath();
}

export const GET = unknownRoute;
export const HEAD = unknownRoute;
export const POST = unknownRoute;
export const PUT = unknownRoute;
export const PATCH = unknownRoute;
export const DELETE = unknownRoute;
export const OPTIONS = unknownRoute;
