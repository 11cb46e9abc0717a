"use client";
import { createContext, useContext } from "react";

// The clinic's time zone for components that render in the browser, whose own zone may differ:
// the server reads CLINIC_TIME_ZONE and the clinic layout hands it down (lib/dates.ts writes times).
const ClinicZone = createContext<string | null>(null);

export function ClinicZoneProvider({ zone, children }: { zone: string; children: React.ReactNode }) {
  return <ClinicZone.Provider value={zone}>{children}</ClinicZone.Provider>;
}

/** The clinic's IANA time zone, as the server knows it. */
export function useClinicZone(): string {
  const zone = useContext(ClinicZone);
  if (zone === null) throw new Error("useClinicZone needs a ClinicZoneProvider above it");
  return zone;
}
