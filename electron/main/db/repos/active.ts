// "Active at D" (ARCHITECTURE) in SQL, written once: start ≤ D, end empty or ≥ D, terminated empty or > D.
// shared/rules/leases.ts isActiveOn is the same rule in TypeScript; test/electron/accounting holds them equal.

/** The condition on lease alias `l`; `at` is the SQL parameter for D (e.g. `@d`, or `?` bound three times). */
export function activeAt(at: string, options: { indexStart?: boolean } = {}): string {
  // `+l.start_date` keeps SQLite off the start-date index, for queries better served by another index.
  const start = options.indexStart === false ? '+l.start_date' : 'l.start_date';
  return `(${start} <= ${at} AND (l.end_date IS NULL OR l.end_date >= ${at}) AND (l.terminated_on IS NULL OR l.terminated_on > ${at}))`;
}
