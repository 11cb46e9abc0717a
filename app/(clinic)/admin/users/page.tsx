import type { Metadata } from "next";
import { listSites } from "@/db/reads/sites";
import { listUsers } from "@/db/reads/users";
import { SitesSection } from "@/components/sites/new-site-form";
import { PageHeader } from "@/components/page-header";
import { RefusedNotice } from "@/components/refused-notice";
import { UserAdmin } from "@/components/admin/user-admin";
import { requirePageUser } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ refused?: string }> }) {
  const me = await requirePageUser("/admin/users");
  const { refused } = await searchParams;
  const [users, sites] = await Promise.all([listUsers(), listSites()]);
  return (
    <>
      <RefusedNotice refused={refused} role={me.role} />
      <PageHeader
        title="Users"
        subtitle="Add staff, change roles, disable accounts and reset passwords. Every change is audited."
      />
      <UserAdmin users={users} currentUserId={me.id} sites={sites} />
      <div className="mt-6">
        <SitesSection sites={sites} />
      </div>
    </>
  );
}
