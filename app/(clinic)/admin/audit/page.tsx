import type { Metadata } from "next";
import { auditPage } from "@/db/reads/audit-page";
import { PageHeader } from "@/components/page-header";
import { AuditFilters } from "@/components/admin/audit-filters";
import { AuditTable } from "@/components/admin/audit-table";
import { requirePageUser } from "@/lib/auth/page";
import { clinicTimeZone } from "@/lib/dates";
import { AuditQuery } from "@/lib/schemas/user";

export const metadata: Metadata = { title: "Audit trail" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requirePageUser("/admin/audit");
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => v !== ""));
  const parsed = AuditQuery.safeParse(raw);
  const filter = parsed.success ? parsed.data : AuditQuery.parse({});
  const { entries, users } = await auditPage(filter);
  return (
    <>
      <PageHeader
        title="Audit trail"
        subtitle={`Every write and sign-in, who made it and when (${clinicTimeZone()}), with what changed. Append-only.`}
      />
      <AuditFilters users={users} current={filter} invalid={!parsed.success} />
      <AuditTable entries={entries} />
    </>
  );
}
