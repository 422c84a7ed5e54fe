// The accounting and list benchmarks on the --large sample (2,000 buildings, 100,000 units, 150,000 leases), each
// timed in alternation with its plain reference (bench/plain-sql.ts) on the same connection.
import { openDatabase } from '../electron/main/db/connection';
import { LIST_REPOS } from '../electron/main/db/repos';
import { rollupView } from '../electron/main/services/accounting/rollup';
import { inventoryIndex } from '../electron/main/services/accounting/snapshot';
import { buildSnapshot } from '../electron/main/db/repos/inventory-snapshot';
import { trajectory } from '../electron/main/services/accounting/trajectory';
import { median, ratio, timeIt, timePair } from './measure';
import { plainRollup, plainUnitSearch } from './plain-sql';

export const AS_OF = '2025-12-31';
const PAST_DUE = '2026-06-30';
import { stackingPlan } from '../electron/main/services/accounting/stacking';

export async function accountingBench(file: string): Promise<Record<string, number>> {
  const db = openDatabase(file);
  try {
    const plain = plainRollup(db);
    // The CLI's one-shot path first, as in a fresh process: no snapshot built and its garbage not yet on the heap.
    const [rollupSql, plainB] = await timePair(
      () => rollupView(db, { asOf: AS_OF, by: 'zone' }, 'sql'),
      () => plain(AS_OF),
    );
    // A whole snapshot, as every edit used to cost before the snapshot was patched from the write.
    const builds: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const start = performance.now();
      buildSnapshot(db);
      builds.push(performance.now() - start);
    }
    inventoryIndex(db);
    const [rollup, plainA] = await timePair(
      () => rollupView(db, { asOf: AS_OF, by: 'zone' }),
      () => plain(AS_OF),
    );
    // Past the target's due date the view also states the result at that date (issue 10, item 2), kept per snapshot.
    const pastDue = await timeIt(() => rollupView(db, { asOf: PAST_DUE, by: 'zone' }));
    // A stacking plan's legend is the roll-up for its building (issue 10, item 1).
    const tallest = (db.prepare('SELECT id FROM building ORDER BY floors_above DESC LIMIT 1').get() as { id: string }).id;
    const stacking = await timeIt(() => stackingPlan(db, tallest, AS_OF));
    const traj = await timeIt(() => trajectory(db, {}));
    const points = trajectory(db, {}).points.length;
    const unitsPage = await timeIt(() => LIST_REPOS.unit.list(db, { sortBy: 'areaM2', sortDir: 'desc', offset: 50_000, limit: 100 }));
    const like = plainUnitSearch(db);
    const [search, likeSearch] = await timePair(
      () => LIST_REPOS.unit.list(db, { search: '1201', limit: 100 }),
      () => like('1201'),
    );
    const [searchShort, likeShort] = await timePair(
      () => LIST_REPOS.unit.list(db, { search: '金融', limit: 100 }),
      () => like('金融'),
      5,
    );
    return {
      plain_sql_ms_median: plainA.medianMs,
      rollup_ms_median: rollup.medianMs,
      rollup_ratio_vs_sql: ratio(rollup, plainA),
      rollup_sql_path_ms_median: rollupSql.medianMs,
      rollup_sql_path_plain_sql_ms_median: plainB.medianMs,
      rollup_sql_path_ratio_vs_sql: ratio(rollupSql, plainB),
      rollup_snapshot_build_ms_median: median(builds),
      rollup_past_due_ms_median: pastDue.medianMs,
      rollup_past_due_ratio_vs_rollup: ratio(pastDue, rollup),
      stacking_plan_ms_median: stacking.medianMs,
      trajectory_ms_median: traj.medianMs,
      trajectory_points: points,
      trajectory_ratio_vs_rollup: ratio(traj, rollup),
      units_list_page_ms_median: unitsPage.medianMs,
      units_search_ms_median: search.medianMs,
      units_search_plain_like_ms_median: likeSearch.medianMs,
      units_search_ratio_vs_like: ratio(search, likeSearch),
      units_search_short_term_ms_median: searchShort.medianMs,
      units_search_short_term_plain_like_ms_median: likeShort.medianMs,
    };
  } finally {
    db.close();
  }
}
