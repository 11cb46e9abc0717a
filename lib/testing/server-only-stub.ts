// Stands in for `server-only` under vitest, where no React Server Components bundler runs.
export {};
