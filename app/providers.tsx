"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { ClinicZoneProvider } from "@/components/clinic-zone";

/**
 * Client-side context for the clinic pages: TanStack Query's client, which the forms' writes
 * (useMutation) run under, and the clinic's time zone. Pages read on the server and refresh after
 * a save, so no query is cached here (docs/benchmarks.md, "Route budgets").
 */
export function Providers({ zone, children }: { zone: string; children: React.ReactNode }) {
  const [client] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <ClinicZoneProvider zone={zone}>{children}</ClinicZoneProvider>
    </QueryClientProvider>
  );
}
