import type { BundleEntry, Patient as FhirPatient } from "@medplum/fhirtypes";
import type { Patient } from "@/db/schema";
import { IDENTIFIER, SYSTEM } from "./codes";
import { patientUrl } from "./references";

/** The app's sex codes are R4's administrative gender codes, one for one. */
export function patientResource(p: Patient): BundleEntry<FhirPatient> {
  return {
    fullUrl: patientUrl(p.id),
    resource: {
      resourceType: "Patient",
      identifier: [
        {
          use: "usual",
          type: { coding: [{ system: SYSTEM.identifierType, code: "MR", display: "Medical record number" }] },
          system: IDENTIFIER.mrn,
          value: p.mrn,
        },
      ],
      name: [{ family: p.familyName, given: [p.givenName] }],
      gender: p.sex,
      birthDate: p.birthDate,
    },
  };
}
