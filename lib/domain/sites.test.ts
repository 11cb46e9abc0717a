import { describe, expect, it } from "vitest";
import { DEFAULT_SITE_ID, SITE_CODE_PATTERN, needsBreakGlass, siteLabel, siteNameKey, siteScope } from "./sites";

describe("siteScope", () => {
  it("shows everything on a single-site install, whatever is asked", () => {
    expect(siteScope(DEFAULT_SITE_ID, undefined, 1)).toEqual({ kind: "all" });
    expect(siteScope(DEFAULT_SITE_ID, { siteId: "north" }, 1)).toEqual({ kind: "all" });
  });
  it("defaults to the user's home site when there are two or more", () => {
    expect(siteScope("north", undefined, 2)).toEqual({ kind: "site", siteId: "north" });
  });
  it("switches to the site asked for, or to every site", () => {
    expect(siteScope("north", { siteId: "south" }, 2)).toEqual({ kind: "site", siteId: "south" });
    expect(siteScope("north", "all", 3)).toEqual({ kind: "all" });
  });
});

describe("needsBreakGlass", () => {
  it("asks for a reason when every course of the patient is at another site", () => {
    expect(needsBreakGlass("north", ["south"])).toBe(true);
    expect(needsBreakGlass("north", ["south", "east"])).toBe(true);
  });
  it("opens freely when one course (of several) is at the user's site", () => {
    expect(needsBreakGlass("north", ["south", "north"])).toBe(false);
  });
  it("opens freely a patient without a course yet", () => {
    expect(needsBreakGlass("north", [])).toBe(false);
  });
});

describe("SITE_CODE_PATTERN", () => {
  it("takes 1 to 16 capitals, digits or hyphens, not starting with a hyphen", () => {
    expect(SITE_CODE_PATTERN.test("N")).toBe(true);
    expect(SITE_CODE_PATTERN.test("NORTH-2")).toBe(true);
    expect(SITE_CODE_PATTERN.test("A".repeat(16))).toBe(true);
    expect(SITE_CODE_PATTERN.test("A".repeat(17))).toBe(false);
    expect(SITE_CODE_PATTERN.test("-N")).toBe(false);
    expect(SITE_CODE_PATTERN.test("north")).toBe(false);
    expect(SITE_CODE_PATTERN.test("")).toBe(false);
  });
});

describe("siteNameKey", () => {
  it("reads names alike whatever their case and spacing", () => {
    expect(siteNameKey("Main infusion centre")).toBe(siteNameKey("main INFUSION centre"));
    expect(siteNameKey("Main infusion centre")).toBe(siteNameKey("  Main   infusion\tcentre "));
  });
  it("keeps names apart that differ by more than that", () => {
    expect(siteNameKey("Main infusion centre")).not.toBe(siteNameKey("Main infusion centre 2"));
    expect(siteNameKey("Main infusion centre")).not.toBe(siteNameKey("Maininfusion centre"));
  });
});

describe("siteLabel", () => {
  it("names the site with its code beside it", () => {
    expect(siteLabel({ name: "Main infusion centre", code: "MAIN" })).toBe("Main infusion centre (MAIN)");
  });
});
