/**
 * The worklist's columns that a screen below 1280 px leaves out: the dose bars (they are on the
 * patient page, one tap away, and a dose near its limit raises an alert shown here). Here, apart,
 * for the table's head on the server (worklist-table.tsx) and its rows in the browser (worklist-rows.tsx).
 */
export const WIDE_ONLY = "hidden xl:table-cell";
