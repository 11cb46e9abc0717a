import { endpoints, type Method } from "./endpoints";

const patterns = Object.values(endpoints).map((e) => ({
  method: e.method,
  isPublic: e.access === "public",
  regex: new RegExp(`^${e.path.replace(/[.]/g, "\\.").replace(/\{\w+\}/g, "[^/]+")}$`),
}));

/** The methods the API defines for a path, or null when no endpoint has that path. */
export function methodsFor(pathname: string): Method[] | null {
  const methods = patterns.filter((p) => p.regex.test(pathname)).map((p) => p.method);
  return methods.length ? methods : null;
}

/** Whether a path serves anyone without a session (sign-in, health, a patient's self-report). */
export function isPublicPath(pathname: string): boolean {
  return patterns.some((p) => p.isPublic && p.regex.test(pathname));
}
