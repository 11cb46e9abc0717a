/**
 * The worklist's columns that a screen below 1280 px leaves out: the dose bars (they are on the
 * patient page, one tap away; an agent near, at or over its limit is said in words in the alerts
 * column instead, worklist-rows.tsx LimitStanding). Here, apart,
 * for the table's head on the server (worklist-table.tsx) and its rows in the browser (worklist-rows.tsx).
 */
export const WIDE_ONLY = "hidden xl:table-cell";
