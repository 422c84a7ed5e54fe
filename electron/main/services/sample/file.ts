// A sample database written as a new file at a path (the CLI's `sample`): generated beside the target under a
// temporary name and renamed over it only when complete, all while holding the target's write lock, so the path
// holds either the old file or the new complete one at every instant and no running app is written over.
import { renameSync } from 'node:fs';
import type { EntityName } from '../../../../shared/enums';
import { openDatabase } from '../../db/connection';
import { rowCounts } from '../../db/repos/counts';
import { requireWriteLock } from '../../db/write-lock';
import { creatingName, removeCompanions, removeDbFiles } from '../db-files';
import { onFile } from '../fs-errors';
import { seedSample, type SampleSize } from './index';

/** Named points of the generation, for fault injection in tests. */
export type SampleFileStep = 'locked' | 'generated' | 'closed' | 'renamed';

export interface SampleFileOptions {
  size: SampleSize;
  onProgress?: (done: number, total: number) => void;
  fault?: (step: SampleFileStep) => void;
}

export function writeSampleFile(target: string, opts: SampleFileOptions): Record<EntityName, number> {
  const lock = requireWriteLock(target, 'cli');
  const partial = creatingName(target, String(process.pid));
  try {
    opts.fault?.('locked');
    removeDbFiles(partial);
    let counts: Record<EntityName, number>;
    try {
      const db = openDatabase(partial);
      try {
        seedSample(db, { size: opts.size, onProgress: opts.onProgress });
        counts = rowCounts(db);
        opts.fault?.('generated');
      } finally {
        db.close();
      }
      opts.fault?.('closed');
      removeCompanions(target);
      onFile(target, () => renameSync(partial, target));
      opts.fault?.('renamed');
    } catch (err) {
      removeDbFiles(partial);
      throw err;
    }
    return counts;
  } finally {
    lock.release();
  }
}
