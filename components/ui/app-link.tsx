"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * A link between the app's pages that fetches its page ahead only when it is reached for (the
 * pointer over it, or the keyboard's focus on it), not for being on the screen. With Next.js's
 * default every link in view is fetched ahead: each page view sent about twenty requests for the
 * navigation's pages, each one rendered by the server (docs/benchmarks.md, "Throttled device (web vitals)", its pages fetched ahead).
 * Every link of app/ and components/ is one of these (tests/architecture/links.test.ts).
 */
export function AppLink({ href, ...props }: Omit<ComponentProps<typeof Link>, "prefetch" | "href"> & { href: string }) {
  const router = useRouter();
  const fetchAhead = () => router.prefetch(href);
  return <Link {...props} href={href} prefetch={false} onMouseEnter={fetchAhead} onFocus={fetchAhead} />;
}
