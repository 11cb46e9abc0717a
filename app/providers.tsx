"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { ClinicZoneProvider } from "@/components/clinic-zone";

/** Client-side context for the clinic pages: the query cache and the clinic's time zone. */
export function Providers({ zone, children }: { zone: string; children: React.ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 15_000, retry: 1 } } }));
  return (
    <QueryClientProvider client={client}>
      <ClinicZoneProvider zone={zone}>{children}</ClinicZoneProvider>
    </QueryClientProvider>
  );
}
