// `tsx scripts/check-route-budgets.ts`: after `next build`, every route's first-load JavaScript
// (gzip) must be within its budget in scripts/route-budgets.json, and every route must have one.
// scripts/e2e.ts runs it right after its build, so `npm test` fails when a route grows past it.
import fs from "node:fs";
import { kb, ROUTE_STATS, routeSizes } from "./lib/route-sizes";

const BUDGETS = "scripts/route-budgets.json";

const budgets = JSON.parse(fs.readFileSync(BUDGETS, "utf8")) as { goalKb: number; routes: Record<string, number> };
const sizes = routeSizes();
if (!sizes) {
  console.error(`route budgets: no ${ROUTE_STATS}; run \`next build\` first.`);
  process.exit(1);
}

const problems: string[] = [];
for (const { route, gzip } of sizes) {
  const budgetKb = budgets.routes[route];
  if (budgetKb === undefined) problems.push(`${route} (${kb(gzip)} gzip) has no budget in ${BUDGETS}`);
  else if (gzip > budgetKb * 1024) problems.push(`${route} is ${kb(gzip)} gzip, over its budget of ${budgetKb} kB`);
}
for (const route of Object.keys(budgets.routes)) {
  if (!sizes.some((s) => s.route === route)) problems.push(`${route} is in ${BUDGETS} but not in the build`);
}

const over = sizes.filter((s) => s.gzip > budgets.goalKb * 1024).length;
if (problems.length > 0) {
  console.error(`route budgets: first-load JavaScript (gzip):\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`route budgets: ${sizes.length} routes within budget; ${over} still over the ${budgets.goalKb} kB goal.`);
