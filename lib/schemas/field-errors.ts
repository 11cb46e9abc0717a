import type { z } from "zod/mini";

/** A zod error as one message per field path, the same shape as the API's `fields`. */
export function fieldErrors(error: z.core.$ZodError): Record<string, string> {
  // A Map, then fromEntries: a key such as `__proto__` must come out as a field, not a prototype.
  const fields = new Map<string, string>();
  for (const issue of error.issues) {
    // An unknown key is the bad field itself, not the object that holds it.
    const paths = issue.code === "unrecognized_keys" ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    for (const path of paths) {
      const key = path.join(".") || "body";
      if (!fields.has(key)) fields.set(key, issue.message);
    }
  }
  return Object.fromEntries(fields);
}
