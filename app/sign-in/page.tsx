import type { Metadata } from "next";
import { returnPath } from "@/lib/access/pages";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

/** Sign-in, which then opens the page that sent here (`next`, when it is one of the app's pages), else the role's home. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-300 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-semibold text-brand-800">CIPN Watch</h1>
        <p className="mb-6 mt-1 text-sm text-slate-700">
          Neuropathy monitoring for the infusion unit. Sign in to continue.
        </p>
        <SignInForm next={returnPath(typeof next === "string" ? next : null)} />
      </div>
    </main>
  );
}
