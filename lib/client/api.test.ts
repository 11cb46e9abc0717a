// The typed client builds the request the endpoint table names: method, path with its encoded
// parameters, query and JSON body; an error answer throws with the server's message and fields.
import { afterEach, describe, expect, it, vi } from "vitest";
import { api, ApiRequestError } from "./api";

function answering(status: number, body: unknown) {
  const fetch = vi.fn(() => Promise.resolve(new Response(body === null ? null : JSON.stringify(body), { status })));
  vi.stubGlobal("fetch", fetch);
  return fetch;
}
afterEach(() => vi.unstubAllGlobals());

describe("api", () => {
  it("fills the path's parameters, encoded, and sends the body as JSON with the method", async () => {
    const fetch = answering(200, { patient: { id: "p 1" } });
    const answer = await api("PATCH /api/patients/{id}", { params: { id: "p 1/x" }, body: { version: 2 } });
    expect(answer.patient.id).toBe("p 1");
    expect(fetch).toHaveBeenCalledWith("/api/patients/p%201%2Fx", {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: '{"version":2}',
      credentials: "same-origin",
    });
  });

  it("puts the query's given values in the search string, and needs no options where none are due", async () => {
    const fetch = answering(200, { users: [] });
    await api("GET /api/users");
    await api("GET /api/worklist", { query: { date: "2026-12-01", q: "" } });
    expect(fetch.mock.calls.map((c) => (c as unknown[])[0])).toEqual(["/api/users", "/api/worklist?date=2026-12-01"]);
  });

  it("throws the error shape's message and fields", async () => {
    answering(400, { error: { code: "invalid", message: "Some fields are not valid.", fields: { mrn: "Required." } } });
    const failure = api("POST /api/patients", {
      body: {
        mrn: "",
        familyName: "A",
        givenName: "B",
        birthDate: "1970-01-01",
        sex: "female",
        heightCm: 170,
        weightKg: 70,
      },
    });
    await expect(failure).rejects.toThrow(ApiRequestError);
    await expect(failure).rejects.toMatchObject({ status: 400, body: { fields: { mrn: "Required." } } });
  });
});
