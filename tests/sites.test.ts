// Sites (issue 18, item 5; docs/sites.md): a network's infusion centres. The worklist and the
// alerts show the user's home site by default, with a switch; a patient treated only at other
// sites is refused (403 break_glass_required) until a reason is given, which is audited and opens
// the record for the rest of that session. A single-site install shows none of it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "@/lib/dates";
import { ApiClient, signedIn, TEST_PASSWORD, useTempDatabase } from "@/lib/testing/api";
import { testSql } from "@/lib/testing/sql";

let cleanup: () => void;
let admin: ApiClient;
let mainNurse: ApiClient;
let mainOncologist: ApiClient;
const day = today();

beforeAll(async () => {
  cleanup = useTempDatabase();
  [admin, mainNurse, mainOncologist] = await Promise.all([
    signedIn("admin"),
    signedIn("nurse"),
    signedIn("oncologist"),
  ]);
});
afterAll(() => cleanup());

let mrnCounter = 0;
/** A patient with a FOLFOX course (cycle 1 today) given at the prescriber's site. */
async function patientOf(prescriber: ApiClient, familyName: string) {
  const patient = await prescriber.post("/api/patients", {
    mrn: `SITE-${++mrnCounter}`,
    familyName,
    givenName: "Site",
    birthDate: "1960-05-01",
    sex: "female",
    heightCm: 165,
    weightKg: 62,
  });
  expect(patient.status, JSON.stringify(patient.body)).toBe(201);
  const course = await prescriber.post(`/api/patients/${patient.body.patient.id}/courses`, {
    name: "FOLFOX",
    startDate: day,
    cycleLengthDays: 14,
    cycles: 6,
    agents: [{ agent: "oxaliplatin", dose: 85, unit: "mg/m2" }],
  });
  expect(course.status, JSON.stringify(course.body)).toBe(201);
  return { id: patient.body.patient.id as string, course: course.body.course };
}

/** A user of the role at the site, signed in. */
async function userAt(siteId: string, role: string): Promise<ApiClient> {
  const username = `${role}-at-${siteId.slice(0, 8)}-${++mrnCounter}`;
  const created = await admin.post("/api/users", {
    username,
    displayName: `${role} of ${siteId}`,
    role,
    password: TEST_PASSWORD,
    siteId,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect(created.body.user.siteId).toBe(siteId);
  const client = new ApiClient();
  expect((await client.post("/api/session", { username, password: TEST_PASSWORD })).status).toBe(200);
  return client;
}

describe("a single-site install", () => {
  it("has the default site, everyone in it, and every list unfiltered", async () => {
    const sites = await mainNurse.get("/api/sites");
    expect(sites.body.sites).toEqual([{ id: "default", code: "MAIN", name: "Main infusion centre" }]);
    expect((await mainNurse.get("/api/session")).body.user.siteId).toBe("default");
    const mine = await patientOf(mainOncologist, "Single");
    expect(mine.course.siteId).toBe("default");
    const list = await mainNurse.get(`/api/worklist?date=${day}`);
    expect(list.body.site).toBeNull();
    expect(list.body.patients.map((p: { patientId: string }) => p.patientId)).toContain(mine.id);
    // Whatever a hand-written URL asks, one site has nothing to switch.
    expect((await mainNurse.get(`/api/worklist?date=${day}&site=ELSEWHERE`)).body.site).toBeNull();
    expect((await mainNurse.get(`/api/patients/${mine.id}`)).status).toBe(200);
  });
});

describe("a network of two sites", () => {
  let north: { id: string; code: string; name: string };
  let northNurse: ApiClient;
  let northOncologist: ApiClient;
  let mainPatient: Awaited<ReturnType<typeof patientOf>>;
  let northPatient: Awaited<ReturnType<typeof patientOf>>;

  beforeAll(async () => {
    const created = await admin.post("/api/sites", { code: "NORTH", name: "North infusion centre" });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    north = created.body.site;
    [northNurse, northOncologist] = await Promise.all([userAt(north.id, "nurse"), userAt(north.id, "oncologist")]);
    mainPatient = await patientOf(mainOncologist, "Mainward");
    northPatient = await patientOf(northOncologist, "Northward");
  });

  it("only an admin adds a site; its code is unique in any case, and audited", async () => {
    expect((await mainNurse.post("/api/sites", { code: "EAST", name: "East" })).status).toBe(403);
    expect((await admin.post("/api/sites", { code: "north", name: "Again" })).status).toBe(400);
    expect((await admin.post("/api/sites", { code: "NORTH", name: "Again" })).status).toBe(409);
    const audit = await testSql(
      "SELECT count(*) AS n FROM audit_log WHERE action = 'site.create' AND entity_id = ?",
    ).get<{ n: number }>(north.id);
    expect(audit!.n).toBe(1);
  });

  it("a second site of the same name, whatever its case or spacing, is refused on its name and nothing is added", async () => {
    const siteAudits = async () =>
      (await testSql("SELECT count(*) AS n FROM audit_log WHERE action = 'site.create'").get<{ n: number }>())!.n;
    const [sitesBefore, auditsBefore] = [(await admin.get("/api/sites")).body.sites, await siteAudits()];
    const again = await admin.post("/api/sites", { code: "MAIN2", name: "  main   INFUSION centre " });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("conflict");
    expect(again.body.error.fields).toEqual({
      name: "Main infusion centre (MAIN) has this name: give this centre a name of its own.",
    });
    const sameCode = await admin.post("/api/sites", { code: "NORTH", name: "Another north" });
    expect(sameCode.body.error.fields).toEqual({ code: "North infusion centre (NORTH) has this code." });
    expect((await admin.get("/api/sites")).body.sites).toEqual(sitesBefore);
    expect(await siteAudits()).toBe(auditsBefore);
  });

  it("a site's name holds at most 80 characters", async () => {
    const long = await admin.post("/api/sites", { code: "LONG", name: "A".repeat(81) });
    expect(long.status).toBe(400);
    expect(long.body.error.fields).toEqual({ name: "At most 80 characters." });
    expect((await admin.post("/api/sites", { code: "LONG", name: "B".repeat(80) })).status).toBe(201);
  });

  it("a course is given at its prescriber's site unless it names one", async () => {
    expect(northPatient.course.siteId).toBe(north.id);
    expect(mainPatient.course.siteId).toBe("default");
    const bad = await northOncologist.post(`/api/patients/${northPatient.id}/courses`, {
      name: "Elsewhere",
      startDate: day,
      cycleLengthDays: 21,
      cycles: 1,
      siteId: "no-such-site",
      agents: [{ agent: "paclitaxel", dose: 175, unit: "mg/m2" }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.siteId).toBeDefined();
  });

  it("the worklist shows the home site by default, another site or all on request", async () => {
    const ids = (list: { body: { patients: { patientId: string }[] } }) => list.body.patients.map((p) => p.patientId);
    const own = await northNurse.get(`/api/worklist?date=${day}`);
    expect(own.body.site).toEqual(north);
    expect(ids(own)).toEqual([northPatient.id]);
    const all = await northNurse.get(`/api/worklist?date=${day}&site=all`);
    expect(all.body.site).toBeNull();
    expect(ids(all)).toEqual(expect.arrayContaining([northPatient.id, mainPatient.id]));
    const main = await northNurse.get(`/api/worklist?date=${day}&site=MAIN`);
    expect(ids(main)).toContain(mainPatient.id);
    expect(ids(main)).not.toContain(northPatient.id);
    expect(main.body.patients.every((p: { siteId: string }) => p.siteId === "default")).toBe(true);
    const unknown = await northNurse.get(`/api/worklist?date=${day}&site=SOUTH`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields.site).toBeDefined();
    expect((await northNurse.get(`/api/worklist?date=${day}&site=not a code`)).status).toBe(400);
  });

  it("the alerts show the home site by default, another site or all on request", async () => {
    const patientsOf = (list: { body: { alerts: { patientId: string }[] } }) =>
      new Set(list.body.alerts.map((a) => a.patientId));
    const own = patientsOf(await northNurse.get("/api/alerts"));
    expect(own.has(northPatient.id)).toBe(true);
    expect(own.has(mainPatient.id)).toBe(false);
    const all = patientsOf(await northNurse.get("/api/alerts?site=all"));
    expect(all.has(northPatient.id) && all.has(mainPatient.id)).toBe(true);
    const main = patientsOf(await mainNurse.get("/api/alerts"));
    expect(main.has(mainPatient.id)).toBe(true);
    expect(main.has(northPatient.id)).toBe(false);
  });

  it("another site's patient is refused until a reason is given, then open for the session and audited", async () => {
    const refused = await northNurse.get(`/api/patients/${mainPatient.id}`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("break_glass_required");
    for (const path of ["courses", "assessments", "alerts", "fhir", "flowsheet.csv"])
      expect((await northNurse.get(`/api/patients/${mainPatient.id}/${path}`)).status).toBe(403);
    // A refused read is not a read: no patient.read row.
    const reads = testSql("SELECT count(*) AS n FROM audit_log WHERE action = 'patient.read' AND patient_id = ?");
    expect(await reads.value(mainPatient.id)).toBe(0);

    expect((await northNurse.post(`/api/patients/${mainPatient.id}/site-access`, { reason: "  " })).status).toBe(400);
    const opened = await northNurse.post(`/api/patients/${mainPatient.id}/site-access`, {
      reason: "Covering the main centre's chair 4 today",
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    expect(opened.body.access.reason).toBe("Covering the main centre's chair 4 today");
    expect((await northNurse.get(`/api/patients/${mainPatient.id}`)).status).toBe(200);
    expect((await northNurse.get(`/api/patients/${mainPatient.id}/courses`)).status).toBe(200);

    const rows = await testSql(
      "SELECT user_id, at, after FROM audit_log WHERE action = 'patient.break-glass' AND patient_id = ?",
    ).all<{ user_id: string; at: string; after: string }>(mainPatient.id);
    expect(rows).toHaveLength(1);
    const nurseId = (await northNurse.get("/api/session")).body.user.id;
    expect(rows[0]!.user_id).toBe(nurseId);
    expect(JSON.parse(rows[0]!.after)).toMatchObject({
      accessReason: "Covering the main centre's chair 4 today",
      fromSiteId: north.id,
    });
    // Given again in the same session, the first reason stands and nothing more is written.
    const again = await northNurse.post(`/api/patients/${mainPatient.id}/site-access`, { reason: "Again" });
    expect(again.body.access.reason).toBe("Covering the main centre's chair 4 today");
    expect(
      await testSql("SELECT count(*) AS n FROM cross_site_access WHERE patient_id = ?").get(mainPatient.id),
    ).toEqual({ n: 1 });
  });

  it("the grant is the session's and the user's: another session or colleague is asked again", async () => {
    await northNurse.post(`/api/patients/${northPatient.id}/site-access`, { reason: "not needed" }).then((r) => {
      // The patient is treated here: nothing to break, nothing recorded.
      expect(r.status).toBe(400);
    });
    const colleague = await userAt(north.id, "pharmacist");
    expect((await colleague.get(`/api/patients/${mainPatient.id}`)).status).toBe(403);
    // A second course at the main site (its oncologist opens the record with a reason first):
    // a patient treated at both sites then opens freely at both.
    expect(
      (await mainOncologist.post(`/api/patients/${northPatient.id}/site-access`, { reason: "Second opinion" })).status,
    ).toBe(201);
    await mainOncologist.post(`/api/patients/${northPatient.id}/courses`, {
      name: "Second opinion course",
      startDate: day,
      cycleLengthDays: 21,
      cycles: 1,
      agents: [{ agent: "paclitaxel", dose: 175, unit: "mg/m2" }],
    });
    expect((await mainNurse.get(`/api/patients/${northPatient.id}`)).status).toBe(200);
  });

  it("a record named by its own id (a cycle, a dose) is closed the same way until a reason is given", async () => {
    const nurse = await userAt(north.id, "nurse");
    const cycle = mainPatient.course.cycles[1];
    const patch = await nurse.patch(`/api/cycles/${cycle.id}`, { version: cycle.version, chair: "4" });
    expect(patch.status).toBe(403);
    expect(patch.body.error.code).toBe("break_glass_required");
    const dose = await nurse.post(`/api/cycles/${cycle.id}/doses`, { agent: "oxaliplatin", dose: 85, unit: "mg/m2" });
    expect(dose.status).toBe(403);
    expect(
      await testSql("SELECT count(*) AS n FROM doses WHERE cycle_id = ?").get(cycle.id),
      "a refused dose writes nothing",
    ).toEqual({ n: 0 });
    await nurse.post(`/api/patients/${mainPatient.id}/site-access`, { reason: "Covering chair 4" });
    expect((await nurse.patch(`/api/cycles/${cycle.id}`, { version: cycle.version, chair: "4" })).status).toBe(200);
    // An unknown record is still 404, not a refusal.
    expect((await nurse.patch("/api/cycles/no-such-cycle", { version: 1, chair: "4" })).status).toBe(404);
  });

  it("an admin sets a user's home site, audited; an unknown site is refused", async () => {
    const mainNurseId = (await mainNurse.get("/api/session")).body.user.id as string;
    const users = (await admin.get("/api/users")).body.users as { id: string; version: number; siteId: string }[];
    const target = users.find((u) => u.id === mainNurseId)!;
    expect(target.siteId).toBe("default");
    const moved = await admin.patch(`/api/users/${target.id}`, { version: target.version, siteId: north.id });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.user.siteId).toBe(north.id);
    const bad = await admin.patch(`/api/users/${target.id}`, { version: moved.body.user.version, siteId: "nowhere" });
    expect(bad.status).toBe(400);
    const audit = await testSql(
      "SELECT before, after FROM audit_log WHERE action = 'user.update' AND entity_id = ? ORDER BY id DESC",
    ).get<{ before: string; after: string }>(target.id);
    expect(JSON.parse(audit!.before).siteId).not.toBe(north.id);
    expect(JSON.parse(audit!.after).siteId).toBe(north.id);
  });
});
