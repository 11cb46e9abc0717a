import { endpoints, type Method } from "./endpoints";

const patterns = Object.values(endpoints).map((e) => ({
  method: e.method,
  regex: new RegExp(`^${e.path.replace(/[.]/g, "\\.").replace(/\{\w+\}/g, "[^/]+")}$`),
}));

/** The methods the API defines for a path, or null when no endpoint has that path. */
export function methodsFor(pathname: string): Method[] | null {
  const methods = patterns.filter((p) => p.regex.test(pathname)).map((p) => p.method);
  return methods.length ? methods : null;
}
