import { z } from "zod";
import { DOSE_UNITS, RISK_FACTORS, RULE_ACTIONS, SETTINGS } from "@/lib/domain/codes";
import { agentCode } from "./common";

/** 200 with both "ok"; 503 "degraded" when the database does not answer. */
export const Health = z.strictObject({ status: z.enum(["ok", "degraded"]), db: z.enum(["ok", "unavailable"]) });

const basis = z.enum(["label", "FDA and NCI guidance", "literature", "protocol practice", "local practice"]);
const sourced = { basis, source: z.string() };

/** An agent of the library with its figures and where each comes from (docs/clinical-rules.md, "The agent library"). */
export const Agent = z.strictObject({
  code: agentCode,
  name: z.string(),
  agentClass: z.enum([
    "platinum",
    "taxane",
    "vinca alkaloid",
    "proteasome inhibitor",
    "immunomodulatory drug",
    "antibody-drug conjugate",
  ]),
  unit: z.enum(DOSE_UNITS),
  typicalDosing: z.string(),
  typicalRange: z.strictObject({ low: z.number().nullable(), high: z.number() }),
  riskRises: z.string(),
  defaultLimit: z.strictObject({ value: z.number(), ...sourced }).nullable(),
  warnFraction: z.number(),
  /** A fixed figure (`value`), or the dose at a body weight (`atWeightKg`). */
  cap: z
    .strictObject({
      scope: z.enum(["administration-mg", "cycle-mg/m2"]),
      ...sourced,
      text: z.string(),
      value: z.number().optional(),
      atWeightKg: z.number().optional(),
    })
    .nullable(),
  template: z.strictObject({
    rules: z.array(
      z.strictObject({
        minGrade: z.number().int(),
        withPain: z.boolean().optional(),
        action: z.enum(RULE_ACTIONS),
        toDose: z.number().optional(),
        percent: z.number().optional(),
      }),
    ),
    ...sourced,
    explanation: z.string(),
  }),
  doseLevels: z.array(z.strictObject({ from: z.number(), to: z.number(), setting: z.enum(SETTINGS).optional() })),
  acuteSyndromes: z.array(z.string()),
  contraindications: z.array(z.strictObject({ riskFactor: z.enum(RISK_FACTORS), message: z.string() })),
  notes: z.array(z.string()),
});
export const AgentList = z.strictObject({ agents: z.array(Agent) });

/** The FHIR R4 Bundle in outline; each resource is FHIR's own (docs/fhir.md), checked by the FHIR tests. */
export const FhirBundle = z.looseObject({
  resourceType: z.literal("Bundle"),
  type: z.literal("collection"),
  entry: z.array(
    z.looseObject({ fullUrl: z.string().optional(), resource: z.looseObject({ resourceType: z.string() }).optional() }),
  ),
});

/** This API's own OpenAPI 3.1 document, in outline. */
export const OpenApiDocument = z.looseObject({
  openapi: z.literal("3.1.0"),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});

/** A CSV file: a header row, then one row per record. */
export const CsvFile = z.string();
