// Schema 4: the lease index by unit also holds the dates, kind, area and tenant, so what is active on each unit
// at D (the roll-up's SQL path, the vacancy list) is read from the index alone without visiting the wide lease
// rows. It replaces lease_unit(unit_id, start_date), a prefix of it, so no query loses an index.
export const migration004 = `
CREATE INDEX lease_unit_active ON lease(unit_id, start_date, end_date, terminated_on, kind, area_m2, tenant_id);
DROP INDEX lease_unit;
`;
