// Each open alert as an active Flag: its kind as the code, its message as the code's text.
import type { BundleEntry, Flag } from "@medplum/fhirtypes";
import type { Alert } from "@/db/schema";
import { ALERT_SEVERITY_EXTENSION, IDENTIFIER, SYSTEM } from "./codes";
import { fullUrlFor } from "./ids";
import { patientRef } from "./references";

export function alertFlag(alert: Alert, patientUrl: string): BundleEntry<Flag> {
  return {
    fullUrl: fullUrlFor(`Flag/${alert.id}`),
    resource: {
      resourceType: "Flag",
      identifier: [{ system: IDENTIFIER.alert, value: alert.id }],
      // R4 Flag has no priority of its own; the app's severity (critical, warning, info) rides here.
      extension: [{ url: ALERT_SEVERITY_EXTENSION, valueCode: alert.severity }],
      status: "active",
      // Every alert is about a neurotoxic agent: "drug" is R4's category for flags about medications.
      category: [{ coding: [{ system: SYSTEM.flagCategory, code: "drug", display: "Drug" }] }],
      code: { coding: [{ system: SYSTEM.alertKind, code: alert.kind }], text: alert.message },
      subject: patientRef(patientUrl),
      period: { start: alert.raisedAt },
    },
  };
}
