"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/client/api";

export function SignOutButton() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  // Never rejects: a refused or failed DELETE still leaves for the sign-in page.
  async function signOut() {
    setBusy(true);
    await api("DELETE /api/session").catch(() => undefined);
    router.replace("/sign-in");
    router.refresh();
  }
  return (
    <button
      type="button"
      disabled={busy}
      className="min-h-11 whitespace-nowrap rounded-md px-3 text-sm text-white hover:bg-brand-800"
      onClick={() => void signOut()}
    >
      Sign out
    </button>
  );
}
