/**
 * Rows an import phase reads or writes at a time: large enough that a query's own cost is
 * shared by many rows, small enough for one CloudBase request (an `$in` of ids, a page).
 */
export const BATCH = 500
