// The API's conventions (docs/api.md): one error shape with the right status for each refusal, and a
// refused request changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn, useTempDatabase, type ApiClient } from "@/lib/testing/api";
import { testSql } from "@/lib/testing/sql";
import { patientBody } from "./seed";

const auditRows = () => testSql("SELECT count(*) FROM audit_log").value<number>();

const COURSE = {
  name: "FOLFOX",
  startDate: "2026-01-05",
  cycleLengthDays: 14,
  cycles: 12,
  agents: [{ agent: "oxaliplatin", dose: 85, unit: "mg/m2" }],
};

let cleanup: () => void;
let nurse: ApiClient;
let pharmacist: ApiClient;
let admin: ApiClient;
beforeAll(async () => {
  cleanup = useTempDatabase();
  [nurse, pharmacist, admin] = await Promise.all([signedIn("nurse"), signedIn("pharmacist"), signedIn("admin")]);
});
afterAll(() => cleanup());

describe("API conventions", () => {
  it("answers 413 too_large to a body over 1 MB", async () => {
    const rawBody = JSON.stringify(patientBody({ diagnosis: "x".repeat(1_000_001) }));
    const res = await nurse.call("POST", "/api/patients", undefined, { rawBody });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("too_large");
  });

  it("answers 400 invalid to a body that is not JSON", async () => {
    const res = await nurse.call("POST", "/api/patients", undefined, { rawBody: '{"mrn": "A1",' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid");
  });

  it("answers 400 naming each bad field", async () => {
    const before = await auditRows();
    const res = await nurse.post("/api/patients", patientBody({ mrn: "bad mrn!", heightCm: -1 }));
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({
      code: "invalid",
      message: expect.any(String),
      fields: { mrn: expect.any(String), heightCm: expect.any(String) },
    });
    expect(await auditRows()).toBe(before);
  });

  it("answers 409 to a duplicate MRN, whatever its case", async () => {
    const first = await nurse.post("/api/patients", patientBody({ mrn: "dup-case-1" }));
    expect(first.status).toBe(201);
    const before = await auditRows();
    const again = await nurse.post("/api/patients", patientBody({ mrn: "DUP-CASE-1" }));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("conflict");
    expect(await auditRows()).toBe(before);
    expect((await nurse.get("/api/patients?q=dup-case-1")).body.patients).toHaveLength(1);
  });

  it("finds a name with an apostrophe typed without it, or with the other apostrophe", async () => {
    const res = await nurse.post(
      "/api/patients",
      patientBody({ mrn: "APOS-1", familyName: "O'Neill", givenName: "Siobhan" }),
    );
    expect(res.status).toBe(201);
    for (const q of ["ONeill", "oneill", "O’Neill", "O'Neill", "Siobhan ONeill", "ONeill, Siob"]) {
      const found = (await nurse.get(`/api/patients?q=${encodeURIComponent(q)}`)).body.patients as { mrn: string }[];
      expect(
        found.map((p) => p.mrn),
        q,
      ).toContain("APOS-1");
    }
    // An apostrophe alone is no name: it finds nothing rather than everyone.
    expect((await nurse.get(`/api/patients?q=${encodeURIComponent("'")}`)).body.patients).toEqual([]);
  });

  it("answers 404 to an unknown id", async () => {
    for (const url of ["/api/patients/no-such-patient", "/api/patients/no-such-patient/courses"]) {
      const res = await nurse.get(url);
      expect(res.status, url).toBe(404);
      expect(res.body.error.code).toBe("not_found");
    }
  });

  it("answers 409 to a stale version and overwrites nothing", async () => {
    const { patient } = (await nurse.post("/api/patients", patientBody())).body;
    expect((await nurse.patch(`/api/patients/${patient.id}`, { version: 1, weightKg: 60 })).status).toBe(200);
    const before = await auditRows();

    const stale = await nurse.patch(`/api/patients/${patient.id}`, { version: 1, weightKg: 99 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("conflict");
    // Counted before the read below: the first read of a patient in a session is audited.
    expect(await auditRows()).toBe(before);
    const now = (await nurse.get(`/api/patients/${patient.id}`)).body.patient;
    expect(now).toMatchObject({ weightKg: 60, version: 2 });
  });

  it("answers 403 to a role that may not, and changes nothing", async () => {
    const { patient } = (await nurse.post("/api/patients", patientBody())).body;
    const before = await auditRows();
    const refusals = [
      await pharmacist.post("/api/patients", patientBody()),
      await nurse.post(`/api/patients/${patient.id}/courses`, COURSE),
      await admin.get("/api/patients"),
    ];
    for (const res of refusals) {
      expect(res.status).toBe(403);
      expect(res.body.error).toEqual({ code: "forbidden", message: expect.any(String) });
    }
    expect(await auditRows()).toBe(before);
    expect((await nurse.get(`/api/patients/${patient.id}/courses`)).body.courses).toEqual([]);
  });
});
