import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native SQLite and argon2 bindings are loaded by Node at run time, never bundled.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  poweredByHeader: false,
  typedRoutes: false,
  // `npm test` type-checks the whole repository (tests included) with tsc before building, the
  // route types Next.js checks pages and route handlers against included (`npm run typecheck`
  // generates them first with `next typegen`, as a clean clone has none); the build need not do
  // it again.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // CI builds on a clean clone and throws the clone away: writing Turbopack's build cache there
    // cost 10 s of every run and is never read. Elsewhere rebuilds reuse it.
    turbopackFileSystemCacheForBuild: process.env.CI !== "true",
  },
};

export default nextConfig;
