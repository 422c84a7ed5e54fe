// Schema 2: indexes for the list sorts a manager uses most on large files (units by area, leases by dates,
// buildings by delivery, leases ending or terminated soon), so a sorted window of 100,000 units or 150,000 leases is read from an index.
export const migration002 = `
CREATE INDEX unit_area ON unit(area_m2);
CREATE INDEX lease_start ON lease(start_date);
CREATE INDEX lease_end ON lease(end_date);
CREATE INDEX building_delivery ON building(delivery_date);
CREATE INDEX lease_terminated ON lease(terminated_on);
`;
