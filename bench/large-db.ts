// The --large sample, generated once into bench/.cache and reused while the generator is unchanged.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../electron/main/db/connection';
import { seedSample } from '../electron/main/services/sample';

export const CACHE_DIR = path.resolve(import.meta.dirname, '.cache');

export function largeSamplePath(): string {
  mkdirSync(CACHE_DIR, { recursive: true });
  const file = path.join(CACHE_DIR, 'large.sqlite');
  if (existsSync(file)) {
    const db = openDatabase(file);
    const units = (db.prepare('SELECT count(*) AS n FROM unit').get() as { n: number }).n;
    // A cache from before the annual returns (issue 9) is generated again, so the report has its indicators.
    const returns = (db.prepare('SELECT count(*) AS n FROM tenant_return').get() as { n: number }).n;
    db.close();
    if (units === 100_000 && returns > 0) return file;
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  }
  const started = performance.now();
  const db = openDatabase(file);
  seedSample(db, { size: 'large' });
  db.close();
  console.log(`large sample generated in ${((performance.now() - started) / 1000).toFixed(1)} s → ${file}`);
  return file;
}
