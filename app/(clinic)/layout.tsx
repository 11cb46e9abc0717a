import { AppNav } from "@/components/app-nav";
import { requirePageUser } from "@/lib/auth/page";
import { clinicTimeZone } from "@/lib/dates";
import { Providers } from "../providers";

export default async function ClinicLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  return (
    <Providers zone={clinicTimeZone()}>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      <AppNav user={{ displayName: user.displayName, role: user.role }} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-3">
        {children}
      </main>
    </Providers>
  );
}
