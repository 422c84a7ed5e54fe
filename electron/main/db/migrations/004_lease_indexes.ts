// Schema 4: lease indexes shaped for the reads that scan leases on large files:
// - by unit, with dates, kind, area and tenant: what is active on each unit at D (the roll-up's SQL path, the
//   vacancy list) is read from the index alone, without visiting the wide lease rows; replaces lease_unit;
// - by termination, then end date: "still open but past its end" (the data-quality panel) is one range in end-date
//   order, so its first 200 and its count come straight from the index; replaces lease_terminated.
// Each replaced index is a prefix of its replacement, so no query loses an index.
export const migration004 = `
CREATE INDEX lease_unit_active ON lease(unit_id, start_date, end_date, terminated_on, kind, area_m2, tenant_id);
DROP INDEX lease_unit;
CREATE INDEX lease_terminated_end ON lease(terminated_on, end_date);
DROP INDEX lease_terminated;
`;
