import { z } from "zod";
import { ALERT_KINDS, ALERT_STATUSES, SEVERITIES } from "@/lib/domain/codes";
import { isoDay } from "./common";

const status = z.enum([...ALERT_STATUSES, "all"]);

export const PatientAlertQuery = z.strictObject({ status: status.default("open") });

export const AlertListQuery = z.strictObject({
  status: status.default("open"),
  severity: z.enum(SEVERITIES).optional(),
  kind: z.enum(ALERT_KINDS as [string, ...string[]]).optional(),
});

export const WorklistQuery = z.strictObject({ date: isoDay.optional() });
