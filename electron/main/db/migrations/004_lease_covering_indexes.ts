// Schema 4: lease indexes that hold everything the roll-up's SQL path and the dashboard read of a lease, so
// SQLite answers from the index without visiting the (wide) lease rows:
// - by unit, with dates, kind, area and tenant: what is active on each unit at D (replaces lease_unit);
// - by tenant, with dates and unit: where the new firms lease (replaces lease_tenant).
// The replaced indexes are prefixes of the new ones, so no query loses an index.
export const migration004 = `
CREATE INDEX lease_unit_active ON lease(unit_id, start_date, end_date, terminated_on, kind, area_m2, tenant_id);
DROP INDEX lease_unit;
CREATE INDEX lease_tenant_active ON lease(tenant_id, start_date, end_date, terminated_on, unit_id);
DROP INDEX lease_tenant;
`;
