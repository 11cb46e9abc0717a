import { describe, expect, it } from "vitest";
import { ROLES } from "./codes";
import type { SignatureFacts } from "./signoff";
import { awaitsRole, awaitsSigner, missingAgreements, planComesIntoForce } from "./signoff";

const agreed = (role: SignatureFacts["role"]): SignatureFacts => ({ role, meaning: "agreed" });
const authored = (role: SignatureFacts["role"]): SignatureFacts => ({ role, meaning: "authored" });

describe("planComesIntoForce: an oncologist and a nurse or a pharmacist have signed it agreed", () => {
  it.each<[string, SignatureFacts[], boolean]>([
    ["no signature: not in force", [], false],
    ["an oncologist alone: not in force", [agreed("oncologist")], false],
    ["two oncologists are not enough", [agreed("oncologist"), agreed("oncologist")], false],
    ["an oncologist and a nurse: in force", [agreed("oncologist"), agreed("nurse")], true],
    ["a pharmacist and an oncologist: in force", [agreed("pharmacist"), agreed("oncologist")], true],
    ["a nurse and a pharmacist without an oncologist: not in force", [agreed("nurse"), agreed("pharmacist")], false],
    ["the oncologist only authored it: not in force", [authored("oncologist"), agreed("nurse")], false],
    ["the nurse only authored it: not in force", [agreed("oncologist"), authored("nurse")], false],
    ["an admin does not count for the second signature", [agreed("oncologist"), agreed("admin")], false],
    [
      "authored signatures count for nothing, agreed ones decide",
      [authored("oncologist"), agreed("oncologist"), authored("pharmacist"), agreed("pharmacist")],
      true,
    ],
  ])("%s", (_title, signatures, inForce) => {
    expect(planComesIntoForce(signatures)).toBe(inForce);
  });
});

describe("missingAgreements: what a draft still waits for", () => {
  it.each<[string, SignatureFacts[], string[]]>([
    ["no signature: both", [], ["oncologist", "nurse-or-pharmacist"]],
    ["an oncologist agreed: a nurse or pharmacist", [agreed("oncologist")], ["nurse-or-pharmacist"]],
    ["a nurse agreed: an oncologist", [agreed("nurse")], ["oncologist"]],
    ["an oncologist only authored it: both", [authored("oncologist")], ["oncologist", "nurse-or-pharmacist"]],
    ["an admin's signature meets nothing", [agreed("admin")], ["oncologist", "nurse-or-pharmacist"]],
    ["a pharmacist and an oncologist agreed: nothing", [agreed("pharmacist"), agreed("oncologist")], []],
  ])("%s", (_title, signatures, missing) => {
    expect(missingAgreements(signatures)).toEqual(missing);
  });
});

describe("awaitsRole: whom a draft still waits for", () => {
  it.each<[string, SignatureFacts[], SignatureFacts["role"][]]>([
    ["no signature: every clinical role", [], ["nurse", "oncologist", "pharmacist"]],
    ["an oncologist agreed: a nurse or a pharmacist", [agreed("oncologist")], ["nurse", "pharmacist"]],
    ["a pharmacist agreed: an oncologist only", [agreed("pharmacist")], ["oncologist"]],
    [
      "an oncologist only authored it: still every clinical role",
      [authored("oncologist")],
      ["nurse", "oncologist", "pharmacist"],
    ],
    ["an admin's agreement meets nothing", [agreed("admin")], ["nurse", "oncologist", "pharmacist"]],
    ["in force: no one", [agreed("oncologist"), agreed("nurse")], []],
  ])("%s", (_title, signatures, roles) => {
    expect(ROLES.filter((role) => awaitsRole(signatures, role))).toEqual(roles);
  });
});

describe("awaitsSigner: whether a draft waits for this one person", () => {
  const nurse = { id: "u-nurse", role: "nurse" as const };
  it("waits for a nurse who has not signed while a nurse's or a pharmacist's agreement is missing", () => {
    expect(awaitsSigner([{ ...agreed("oncologist"), userId: "u-onc" }], nurse)).toBe(true);
  });
  it("does not ask again someone who signed, even only as its author", () => {
    expect(awaitsSigner([{ ...authored("nurse"), userId: nurse.id }], nurse)).toBe(false);
  });
  it("does not wait for a role whose agreement is already given", () => {
    expect(awaitsSigner([{ ...agreed("pharmacist"), userId: "u-ph" }], nurse)).toBe(false);
  });
});
