// `npm run bench`: every benchmark in one run, printed and written to bench/results.json.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { accountingBench } from './accounting.bench';
import { largeSamplePath } from './large-db';

const file = largeSamplePath();
const results: Record<string, unknown> = {
  measured_at: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', node: process.version, load_avg_1m: os.loadavg()[0] },
  sample: 'large (2,000 buildings, 100,000 units, 150,000 leases)',
  ...(await accountingBench(file)),
  ...(await (await import('./session.bench')).sessionBench(file)),
  ...(await (await import('./map.bench')).mapBench(file)),
  ...(await (await import('./dashboard.bench')).dashboardBench(file)),
  ...(await (await import('./sheets.bench')).sheetsBench(file)),
  ...(await (await import('./survey.bench')).surveyBench(file)),
  ...(await (await import('./report.bench')).reportBench(file)),
};
for (const [key, value] of Object.entries(results)) {
  if (typeof value !== 'object') console.log(`${key.padEnd(32)} ${value}`);
}
writeFileSync(path.join(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('written to bench/results.json');
