"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ApiSite } from "@/db/reads/sites";
import type { PublicUser } from "@/db/reads/users";
import { ROLES, type Role } from "@/lib/domain/codes";
import { siteLabel } from "@/lib/domain/sites";
import { api, ApiRequestError } from "@/lib/client/api";
import { ChangeOnRequest } from "./change-on-request";
import { DisableOnRequest } from "./disable-on-request";
import { ResetPassword } from "./reset-password";
import { NewUserForm } from "./new-user-form";

type UserChange = { id: string; version: number; role?: Role; disabled?: boolean; password?: string; siteId?: string };

/** What a saved change did, in words: "role now pharmacist", "password reset". */
function changeWords(change: UserChange, sites: readonly ApiSite[]): string {
  if (change.role) return `role now ${change.role}`;
  if (change.siteId) {
    const site = sites.find((s) => s.id === change.siteId);
    return `home site now ${site ? siteLabel(site) : change.siteId}`;
  }
  if (change.password) return "password reset";
  // Disabling also ends every session the user had, in the same write (db/commands/users.ts).
  return change.disabled ? "disabled; their sessions have ended and they can no longer sign in" : "enabled";
}

/**
 * The users as the server page read them; after a change the page is read again (router.refresh)
 * rather than kept in a client query, so the page loads no query observer (docs/benchmarks.md,
 * "Route budgets"). With one site, no site column (docs/sites.md).
 */
export function UserAdmin({
  users,
  currentUserId,
  sites,
}: {
  users: PublicUser[];
  currentUserId: string;
  sites: readonly ApiSite[];
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; refused: boolean } | null>(null);
  const who = (id: string) => {
    const user = users.find((u) => u.id === id);
    return user ? `${user.displayName} (${user.username})` : "The user";
  };
  const update = useMutation({
    mutationFn: ({ id, ...body }: UserChange) => api("PATCH /api/users/{id}", { params: { id }, body }),
    onSuccess: ({ user }, change) =>
      setMessage({ text: `${user.displayName} (${user.username}): ${changeWords(change, sites)}.`, refused: false }),
    onError: (e, change) => {
      // A refused password is said on its field, in the row that stays open (ResetPassword).
      if (change.password) return;
      const reason =
        e instanceof ApiRequestError
          ? [e.body.message, ...Object.values(e.body.fields ?? {})].join(" ")
          : "Could not reach the server.";
      setMessage({ text: `${who(change.id)}: not changed. ${reason}`, refused: true });
    },
    onSettled: () => router.refresh(),
  });
  // Only the row being saved waits: the others' buttons stay live.
  const saving = update.isPending ? update.variables.id : null;

  return (
    <div className="flex flex-col gap-6">
      {/* One live region for both, so each is read out; a refusal is boxed and says "not changed". */}
      <p
        aria-live="polite"
        className={
          message?.refused
            ? "rounded-md border-2 border-red-700 bg-red-50 px-3 py-2 text-sm text-slate-900"
            : "text-sm text-slate-800"
        }
      >
        {message?.text}
      </p>
      <div className="relative overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Users</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                Username
              </th>
              <th scope="col" className="px-3 py-2">
                Name
              </th>
              <th scope="col" className="px-3 py-2">
                Role
              </th>
              {sites.length > 1 && (
                <th scope="col" className="px-3 py-2">
                  Home site
                </th>
              )}
              <th scope="col" className="px-3 py-2">
                Status
              </th>
              <th scope="col" className="px-3 py-2">
                Actions
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-slate-200">
                <td className="px-3 py-2 font-mono">{u.username}</td>
                <td className="px-3 py-2">{u.displayName}</td>
                <td className="px-3 py-2">
                  <ChangeOnRequest
                    label={{ list: `Role of ${u.username}`, change: `Change ${u.username}'s role` }}
                    value={u.role}
                    options={ROLES.map((r) => ({ value: r, text: r }))}
                    disabled={u.id === currentUserId}
                    busy={saving === u.id}
                    onSave={(role) => update.mutate({ id: u.id, version: u.version, role })}
                  />
                </td>
                {sites.length > 1 && (
                  <td className="px-3 py-2">
                    <ChangeOnRequest
                      label={{ list: `Home site of ${u.username}`, change: `Move ${u.username}` }}
                      value={u.siteId}
                      options={sites.map((site) => ({ value: site.id, text: siteLabel(site) }))}
                      busy={saving === u.id}
                      onSave={(siteId) => update.mutate({ id: u.id, version: u.version, siteId })}
                    />
                  </td>
                )}
                <td className="px-3 py-2">{u.disabled ? "Disabled" : "Active"}</td>
                <td className="flex gap-2 px-3 py-2">
                  <DisableOnRequest
                    user={u}
                    disabled={u.id === currentUserId}
                    busy={saving === u.id}
                    onSave={(disabled) => update.mutate({ id: u.id, version: u.version, disabled })}
                  />
                  <ResetPassword
                    username={u.username}
                    busy={saving === u.id}
                    onSet={(password) => update.mutateAsync({ id: u.id, version: u.version, password })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* A refresh that fails leaves the last list on screen. */}
      <NewUserForm onCreated={() => router.refresh()} />
    </div>
  );
}
