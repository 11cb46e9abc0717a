import { endpoints, type EndpointDef, type Method } from "@/lib/schemas/endpoints";

const patterns = (Object.values(endpoints) as EndpointDef[]).map((def) => ({
  def,
  regex: new RegExp(`^${def.path.replace(/[.]/g, "\\.").replace(/\{\w+\}/g, "[^/]+")}$`),
}));

/** The methods the API defines for a path, or null when no endpoint has that path. */
export function methodsFor(pathname: string): Method[] | null {
  const methods = patterns.filter((p) => p.regex.test(pathname)).map((p) => p.def.method);
  return methods.length ? methods : null;
}

/** Whether a path serves anyone without a session (sign-in, health, a patient's self-report). */
export function isPublicPath(pathname: string): boolean {
  return patterns.some((p) => p.def.access === "public" && p.regex.test(pathname));
}

/** The endpoint that serves this method and path, if any. */
export function endpointFor(method: string, pathname: string): EndpointDef | undefined {
  return patterns.find((p) => p.def.method === method && p.regex.test(pathname))?.def;
}
