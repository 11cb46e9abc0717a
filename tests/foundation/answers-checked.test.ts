// The test client parses every answer with its endpoint's response schema (lib/testing/api.ts):
// a body the OpenAPI document does not describe fails the test that received it.
import { describe, expect, it } from "vitest";
import { checkAnswer } from "@/lib/testing/api";

const user = {
  id: "u1",
  username: "ada",
  displayName: "Ada",
  role: "admin",
  siteId: "default",
  disabled: false,
  version: 1,
};

describe("the test client's check of each answer", () => {
  it("passes a body in the endpoint's schema", () => {
    expect(() => checkAnswer("GET", "/api/session", 200, { user }, true)).not.toThrow();
    expect(() => checkAnswer("DELETE", "/api/session", 204, null, false)).not.toThrow();
    expect(() => checkAnswer("GET", "/api/audit.csv", 200, "when,who\n", false)).not.toThrow();
  });

  it("refuses a field the schema does not name, a missing one, and a value outside a closed set", () => {
    expect(() => checkAnswer("GET", "/api/session", 200, { user: { ...user, passwordHash: "x" } }, true)).toThrow(
      /passwordHash/,
    );
    const { role: _role, ...roleless } = user;
    expect(() => checkAnswer("GET", "/api/session", 200, { user: roleless }, true)).toThrow(/role/);
    expect(() => checkAnswer("PATCH", "/api/users/u1", 200, { user: { ...user, role: "chef" } }, true)).toThrow();
  });

  it("refuses a text answer from a JSON endpoint and an error outside the one error shape", () => {
    expect(() => checkAnswer("GET", "/api/users", 200, "users", false)).toThrow(/not JSON/);
    expect(() => checkAnswer("GET", "/api/users", 403, { message: "no" }, true)).toThrow(/error shape/);
    expect(() =>
      checkAnswer("GET", "/api/users", 403, { error: { code: "forbidden", message: "No." } }, true),
    ).not.toThrow();
  });
});
