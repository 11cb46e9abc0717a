import type { Metadata } from "next";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-300 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-semibold text-brand-800">CIPN Watch</h1>
        <p className="mb-6 mt-1 text-sm text-slate-700">
          Neuropathy monitoring for the infusion unit. Sign in to continue.
        </p>
        <SignInForm />
      </div>
    </main>
  );
}
