// The patient self-report contract of docs/api.md ("Patient self-report"), status by
// status: the invitation (201, 401 without a session, 403 for pharmacist and admin), the public
// questionnaire (200, 404, 410 used or expired, 429 after ten unknown codes), the answers (201,
// 400), the list, the `self-report` alert, the exam that records which report it saw, the audit.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { selfReportComparison } from "@/db/reads/self-reports";
import { testSql } from "@/lib/testing/sql";
import { CODE_ALPHABET, QUESTIONS } from "@/lib/self-report-questions";
import { today } from "@/lib/dates";
import { ApiClient, signedIn, useTempDatabase } from "@/lib/testing/api";
import { normalExam } from "@/lib/testing/exam-body";
import { calmAnswers } from "@/lib/testing/self-report-body";

let cleanup: () => void;
let nurse: ApiClient;
let oncologist: ApiClient;
const patientClient = new ApiClient();

beforeAll(async () => {
  cleanup = useTempDatabase();
  nurse = await signedIn("nurse");
  oncologist = await signedIn("oncologist");
});
afterAll(() => cleanup());
// Tests without a proxy share one client ("direct"): each starts with no unknown codes counted.
beforeEach(async () => {
  await testSql("DELETE FROM self_report_failures").run();
});

const calm = calmAnswers();

let seq = 0;
/** A patient whose FOLFOX course runs today (cycle 1 today, five more planned). */
async function patientOnTreatment() {
  const patient = await nurse.post("/api/patients", {
    mrn: `SELF-${++seq}-${Date.now()}`,
    familyName: "Nakamura",
    givenName: "Aiko",
    birthDate: "1958-07-02",
    sex: "female",
    heightCm: 160,
    weightKg: 58,
    diagnosis: "Secret diagnosis",
  });
  expect(patient.status).toBe(201);
  const id = patient.body.patient.id as string;
  const course = await oncologist.post(`/api/patients/${id}/courses`, {
    name: "FOLFOX",
    startDate: today(),
    cycleLengthDays: 14,
    cycles: 6,
    agents: [{ agent: "oxaliplatin", dose: 85, unit: "mg/m2" }],
  });
  expect(course.status, JSON.stringify(course.body)).toBe(201);
  return { id, cycleId: course.body.course.cycles[0].id as string };
}

async function invite(patientId: string): Promise<string> {
  const res = await nurse.post(`/api/patients/${patientId}/self-report-invitations`);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.invitation.code;
}

describe("the invitation", () => {
  it("201: a code of 8 characters without look-alikes, valid 30 minutes, with its address and QR code", async () => {
    const { id } = await patientOnTreatment();
    const before = Date.now();
    const res = await oncologist.post(`/api/patients/${id}/self-report-invitations`);
    expect(res.status).toBe(201);
    const { code, expiresAt, url, qrSvg } = res.body.invitation;
    expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{8}$`));
    expect(CODE_ALPHABET).not.toMatch(/[0O1IL]/);
    const validMs = Date.parse(expiresAt) - before;
    expect(validMs).toBeGreaterThan(29.9 * 60_000);
    expect(validMs).toBeLessThanOrEqual(30 * 60_000 + 1000);
    expect(url).toBe(`http://localhost/report/${code}`);
    expect(qrSvg).toMatch(/^<svg[^>]*viewBox/);
  });

  it("gives the address on the host the clinician's browser used, which the patient's tablet can reach", async () => {
    const { id } = await patientOnTreatment();
    const res = await oncologist.call("POST", `/api/patients/${id}/self-report-invitations`, undefined, {
      headers: { host: "10.0.4.12:3000" },
    });
    expect(res.status).toBe(201);
    expect(res.body.invitation.url).toBe(`http://10.0.4.12:3000/report/${res.body.invitation.code}`);
  });

  it("codes differ and only their hashes are stored", async () => {
    const { id } = await patientOnTreatment();
    const codes = await Promise.all(Array.from({ length: 20 }, () => invite(id)));
    expect(new Set(codes).size).toBe(20);
    const dump = JSON.stringify(await testSql("SELECT * FROM self_report_invitations").all());
    const audit = JSON.stringify(await testSql("SELECT * FROM audit_log").all());
    for (const code of codes) {
      expect(dump).not.toContain(code);
      expect(audit).not.toContain(code);
    }
  });

  it("401 without a session, 403 for the pharmacist and the admin, 404 for an unknown patient", async () => {
    const { id } = await patientOnTreatment();
    const path = `/api/patients/${id}/self-report-invitations`;
    expect((await new ApiClient().post(path)).status).toBe(401);
    expect((await (await signedIn("pharmacist")).post(path)).status).toBe(403);
    expect((await (await signedIn("admin")).post(path)).status).toBe(403);
    expect((await nurse.post("/api/patients/no-such-patient/self-report-invitations")).status).toBe(404);
  });
});

describe("the questionnaire behind a code", () => {
  it("200: the questions and the given name, nothing else about the patient", async () => {
    const { id } = await patientOnTreatment();
    const code = await invite(id);
    const res = await patientClient.get(`/api/self-report/${code}`);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(["givenName", "questions"]);
    expect(res.body.givenName).toBe("Aiko");
    expect(res.body.questions).toEqual(JSON.parse(JSON.stringify(QUESTIONS)));
    const text = JSON.stringify(res.body);
    for (const secret of ["Nakamura", "SELF-", "1958", "Secret", id]) expect(text).not.toContain(secret);
  });

  it("takes the code as a patient may type it: lower case, with spaces", async () => {
    const { id } = await patientOnTreatment();
    const code = await invite(id);
    const typed = `${code.slice(0, 4)} ${code.slice(4)}`.toLowerCase();
    expect((await patientClient.get(`/api/self-report/${encodeURIComponent(typed)}`)).status).toBe(200);
  });

  it("201 once; the same code then answers 410, for reading and for sending", async () => {
    const { id } = await patientOnTreatment();
    const code = await invite(id);
    const sent = await patientClient.post(`/api/self-report/${code}`, { answers: calm });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body).toEqual({ received: true });
    const again = await patientClient.post(`/api/self-report/${code}`, { answers: calm });
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe("gone");
    expect((await patientClient.get(`/api/self-report/${code}`)).status).toBe(410);
  });

  it("410 after 30 minutes", async () => {
    const { id } = await patientOnTreatment();
    const code = await invite(id);
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 30 * 60_000 + 1000);
      const res = await patientClient.get(`/api/self-report/${code}`);
      expect(res.status).toBe(410);
      expect(res.body.error.message).toMatch(/expired/);
    } finally {
      vi.useRealTimers();
    }
  });

  describe("a questionnaire opened in time may be sent for 30 minutes from its opening (docs/api.md)", () => {
    /** Runs `then` with the clock `minutes` past `start`. */
    async function minutesAfter<T>(start: number, minutes: number, then: () => Promise<T>): Promise<T> {
      vi.useFakeTimers({ toFake: ["Date"] });
      try {
        vi.setSystemTime(start + minutes * 60_000);
        return await then();
      } finally {
        vi.useRealTimers();
      }
    }

    it("opened at 20 minutes and sent at 45, past the issue's 30: 201, and a reload at 45 opens it again", async () => {
      const { id } = await patientOnTreatment();
      const start = Date.now();
      const code = await invite(id);
      expect((await minutesAfter(start, 20, () => patientClient.get(`/api/self-report/${code}`))).status).toBe(200);
      expect((await minutesAfter(start, 45, () => patientClient.get(`/api/self-report/${code}`))).status).toBe(200);
      const sent = await minutesAfter(start, 45, () =>
        patientClient.post(`/api/self-report/${code}`, { answers: calm }),
      );
      expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    });

    it("opened at 5 minutes, opened again at 29: the window still ends at 35, so a Send then is 410", async () => {
      const { id } = await patientOnTreatment();
      const start = Date.now();
      const code = await invite(id);
      await minutesAfter(start, 5, () => patientClient.get(`/api/self-report/${code}`));
      expect((await minutesAfter(start, 29, () => patientClient.get(`/api/self-report/${code}`))).status).toBe(200);
      const late = await minutesAfter(start, 35.1, () =>
        patientClient.post(`/api/self-report/${code}`, { answers: calm }),
      );
      expect(late.status).toBe(410);
      expect(late.body.error.message).toBe("This code has expired. Ask the nurse for a new one.");
      expect(Number(await testSql("SELECT count(*) FROM self_reports WHERE patient_id = ?").value(id))).toBe(0);
    });

    it("never opened: neither opens nor sends after 30 minutes", async () => {
      const { id } = await patientOnTreatment();
      const start = Date.now();
      const code = await invite(id);
      expect((await minutesAfter(start, 30.1, () => patientClient.get(`/api/self-report/${code}`))).status).toBe(410);
      const sent = await minutesAfter(start, 30.1, () =>
        patientClient.post(`/api/self-report/${code}`, { answers: calm }),
      );
      expect(sent.status).toBe(410);
    });

    it("stamps the first opening once; the database refuses to move it", async () => {
      const { id } = await patientOnTreatment();
      const start = Date.now();
      const code = await invite(id);
      await minutesAfter(start, 5, () => patientClient.get(`/api/self-report/${code}`));
      await minutesAfter(start, 10, () => patientClient.get(`/api/self-report/${code}`));
      const opened = await testSql("SELECT opened_at FROM self_report_invitations WHERE patient_id = ?").column(id);
      expect(opened).toEqual([new Date(start + 5 * 60_000).toISOString()]);
      await expect(
        testSql("UPDATE self_report_invitations SET opened_at = ? WHERE patient_id = ?").run(
          new Date(start + 20 * 60_000).toISOString(),
          id,
        ),
      ).rejects.toThrow(/only opened_at may change/);
    });
  });

  it("404 for an unknown or malformed code", async () => {
    for (const code of ["AAAAAAAA", "0OIL1234", "x", "' OR 1=1 --"]) {
      const res = await patientClient.get(`/api/self-report/${encodeURIComponent(code)}`);
      expect(res.status, code).toBe(404);
      expect(res.body.error.code).toBe("not_found");
    }
  });

  it("400 naming the field for answers out of range, and the code stays usable", async () => {
    const { id } = await patientOnTreatment();
    const code = await invite(id);
    const bad = await patientClient.post(`/api/self-report/${code}`, {
      answers: { ...calm, numbness: { feet: 5, hands: 0 }, comment: "x".repeat(2001) },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(
      expect.arrayContaining(["answers.numbness.feet", "answers.comment"]),
    );
    expect((await patientClient.post(`/api/self-report/${code}`, { answers: calm })).status).toBe(201);
  });

  it("429 after ten unknown codes from one client within 10 minutes, for that client only", async () => {
    process.env.TRUST_PROXY = "1";
    try {
      const { id } = await patientOnTreatment();
      const code = await invite(id);
      const guesser = new ApiClient();
      const from = (address: string, path: string) =>
        guesser.call("GET", path, undefined, { headers: { "x-forwarded-for": address } });
      for (let i = 0; i < 10; i++) expect((await from("203.0.113.9", `/api/self-report/WRONG${i}AA`)).status).toBe(404);
      const blocked = await from("203.0.113.9", `/api/self-report/${code}`);
      expect(blocked.status).toBe(429);
      expect(blocked.body.error.code).toBe("rate_limited");
      expect((await from("198.51.100.7", `/api/self-report/${code}`)).status).toBe(200);
      vi.useFakeTimers({ toFake: ["Date"] });
      try {
        vi.setSystemTime(Date.now() + 10 * 60_000 + 1000);
        expect((await from("203.0.113.9", `/api/self-report/${code}`)).status).not.toBe(429);
      } finally {
        vi.useRealTimers();
      }
    } finally {
      delete process.env.TRUST_PROXY;
    }
  });

  it("a used code says the answers were received and to hand the device back, and nothing of the patient", async () => {
    const { id } = await patientOnTreatment();
    const code = await invite(id);
    expect((await patientClient.post(`/api/self-report/${code}`, { answers: calm })).status).toBe(201);
    const reloaded = await patientClient.get(`/api/self-report/${code}`);
    expect(reloaded.status).toBe(410);
    expect(reloaded.body).toEqual({
      error: {
        code: "gone",
        message: "Your answers have been received. You can hand the device back to the nurse.",
      },
    });
  });

  it("counts only unknown codes toward the limit: a used or expired code that exists is no guess", async () => {
    process.env.TRUST_PROXY = "1";
    try {
      const { id } = await patientOnTreatment();
      const tablet = (method: "GET" | "POST", code: string) =>
        patientClient.call(method, `/api/self-report/${code}`, method === "POST" ? { answers: calm } : undefined, {
          headers: { "x-forwarded-for": "203.0.113.20" },
        });
      const used = await invite(id);
      expect((await tablet("POST", used)).status).toBe(201);
      const expired = await invite(id);
      const fresh = await invite(id);
      for (let i = 0; i < 12; i++) expect((await tablet("GET", used)).status).toBe(410);
      expect((await tablet("POST", used)).status).toBe(410);
      vi.useFakeTimers({ toFake: ["Date"] });
      try {
        vi.setSystemTime(Date.now() + 30 * 60_000 + 1000);
        for (let i = 0; i < 12; i++) expect((await tablet("GET", expired)).status).toBe(410);
      } finally {
        vi.useRealTimers();
      }
      expect(Number(await testSql("SELECT count(*) FROM self_report_failures").value())).toBe(0);
      expect((await tablet("GET", fresh)).status).toBe(200);
      // Guesses still count, from the same tablet: ten unknown codes lock it.
      for (let i = 0; i < 10; i++) expect((await tablet("GET", `WRONG${i}AA`)).status).toBe(404);
      expect((await tablet("GET", fresh)).status).toBe(429);
    } finally {
      delete process.env.TRUST_PROXY;
    }
  });

  it("audits every use: opened, sent and refused", async () => {
    const { id } = await patientOnTreatment();
    const code = await invite(id);
    await patientClient.get(`/api/self-report/${code}`);
    await patientClient.post(`/api/self-report/${code}`, { answers: calm });
    await patientClient.get(`/api/self-report/${code}`);
    const actions = await testSql(
      "SELECT action FROM audit_log WHERE patient_id = ? AND action LIKE 'self-report%' ORDER BY id",
    ).column(id);
    expect(actions).toEqual([
      "self-report-invitation.create",
      "self-report.open",
      "self-report.submit",
      "self-report.create",
      "self-report.refused",
    ]);
  });
});

describe("the self-reports on the clinic's side", () => {
  it("lists them newest first, to clinicians only", async () => {
    const { id } = await patientOnTreatment();
    await patientClient.post(`/api/self-report/${await invite(id)}`, { answers: calm });
    await patientClient.post(`/api/self-report/${await invite(id)}`, {
      answers: { ...calm, pain: 3, comment: "Fine" },
    });
    const res = await (await signedIn("pharmacist")).get(`/api/patients/${id}/self-reports`);
    expect(res.status).toBe(200);
    expect(res.body.selfReports.map((r: any) => r.pain)).toEqual([3, 2]);
    expect(res.body.selfReports[0]).toMatchObject({ reportedOn: today(), comment: "Fine", numbness: calm.numbness });
    expect((await (await signedIn("admin")).get(`/api/patients/${id}/self-reports`)).status).toBe(403);
    expect((await new ApiClient().get(`/api/patients/${id}/self-reports`)).status).toBe(401);
  });

  it("raises self-report (warning) for the running course's agent: pain 7, a rise of 2, a fall; once per report", async () => {
    const { id } = await patientOnTreatment();
    const alertsOf = async () =>
      (await nurse.get(`/api/patients/${id}/alerts`)).body.alerts.filter((a: any) => a.kind === "self-report");
    await patientClient.post(`/api/self-report/${await invite(id)}`, { answers: { ...calm, pain: 6 } });
    expect(await alertsOf()).toEqual([]);
    await patientClient.post(`/api/self-report/${await invite(id)}`, { answers: { ...calm, pain: 7 } });
    let raised = await alertsOf();
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ severity: "warning", agent: "oxaliplatin", status: "open" });
    expect(raised[0].message).toContain("pain 7 of 10");
    await patientClient.post(`/api/self-report/${await invite(id)}`, {
      answers: { ...calm, tingling: { feet: 3, hands: 1 } },
    });
    raised = await alertsOf();
    expect(raised).toHaveLength(2);
    expect(raised.map((a: any) => a.message).join()).toContain("tingling in the feet up from 1 to 3 of 4");
    await patientClient.post(`/api/self-report/${await invite(id)}`, { answers: { ...calm, falls: 1 } });
    expect(await alertsOf()).toHaveLength(3);
    // A later write re-evaluates the record and neither raises nor resolves them again.
    await nurse.post(`/api/patients/${id}/assessments`, { ...normalExam(), assessedOn: today() });
    expect((await alertsOf()).map((a: any) => a.status)).toEqual(["open", "open", "open"]);
  });

  it("the exam records which self-report it saw; another patient's is refused", async () => {
    const { id, cycleId } = await patientOnTreatment();
    await patientClient.post(`/api/self-report/${await invite(id)}`, { answers: calm });
    const [report] = (await nurse.get(`/api/patients/${id}/self-reports`)).body.selfReports;
    const exam = { ...normalExam(), cycleId, assessedOn: today() };
    const saved = await nurse.post(`/api/patients/${id}/assessments`, { ...exam, selfReportId: report.id });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(saved.body.assessment.selfReportId).toBe(report.id);
    // The nurse's own values are stored as entered, whatever the patient said.
    expect(saved.body.assessment.symptoms).toEqual(normalExam().symptoms);
    // The patient page sets the report beside that exam, naming where the two differ.
    const [row] = await selfReportComparison(id);
    expect(row).toMatchObject({ patientWorst: 1, nurseGrade: 0, examSawIt: true });
    expect(row!.disagreements).toEqual([
      { field: "numbness", patient: 1, nurse: 0 },
      { field: "tingling", patient: 1, nurse: 0 },
      { field: "pain", patient: 2, nurse: 0 },
      { field: "coldDysesthesia", patient: true, nurse: false },
    ]);
    const other = await patientOnTreatment();
    const refused = await nurse.post(`/api/patients/${other.id}/assessments`, {
      ...exam,
      cycleId: other.cycleId,
      selfReportId: report.id,
    });
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body.error.fields)).toEqual(["selfReportId"]);
  });

  it("sets a report two exams saw beside the later one", async () => {
    const { id, cycleId } = await patientOnTreatment();
    await patientClient.post(`/api/self-report/${await invite(id)}`, { answers: calm });
    const [report] = (await nurse.get(`/api/patients/${id}/self-reports`)).body.selfReports;
    const exam = { ...normalExam(), cycleId, assessedOn: today(), selfReportId: report.id };
    const first = { ...exam, symptoms: { ...exam.symptoms, numbness: 2, tingling: 2 }, sensoryGrade: 2 };
    expect((await nurse.post(`/api/patients/${id}/assessments`, first)).status).toBe(201);
    const again = { ...exam, symptoms: { ...exam.symptoms, numbness: 1, tingling: 1, pain: 2 }, sensoryGrade: 1 };
    expect((await nurse.post(`/api/patients/${id}/assessments`, again)).status).toBe(201);
    const [row] = await selfReportComparison(id);
    expect(row).toMatchObject({ nurseGrade: 1, examSawIt: true });
    expect(row!.disagreements.map((d) => d.field)).toEqual(["coldDysesthesia"]);
  });

  it("sets a report that no exam saw beside the day's latest exam, not its first", async () => {
    const { id, cycleId } = await patientOnTreatment();
    const exam = { ...normalExam(), cycleId, assessedOn: today() };
    const first = { ...exam, symptoms: { ...exam.symptoms, numbness: 2, tingling: 2 }, sensoryGrade: 2 };
    expect((await nurse.post(`/api/patients/${id}/assessments`, first)).status).toBe(201);
    const again = { ...exam, symptoms: { ...exam.symptoms, numbness: 1, tingling: 1, pain: 2 }, sensoryGrade: 1 };
    expect((await nurse.post(`/api/patients/${id}/assessments`, again)).status).toBe(201);
    await patientClient.post(`/api/self-report/${await invite(id)}`, { answers: calm });
    const [row] = await selfReportComparison(id);
    expect(row).toMatchObject({ nurseGrade: 1, examSawIt: false });
    expect(row!.disagreements.map((d) => d.field)).toEqual(["coldDysesthesia"]);
  });
});
