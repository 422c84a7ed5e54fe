// The stage probabilities the forecast weighs live deals by: editable defaults kept in the meta table, so they
// travel with the file (like the basemap setting; a setting, not a record, so not in the undo history).
import { DEFAULT_PROBABILITIES, normalizeProbabilities, type StageProbabilities } from '../../../../shared/accounting/pipeline';
import type { Db } from '../../db/connection';
import { getMeta, setMeta } from '../../db/repos/meta';

const KEY = 'setting.pipeline_probabilities';

export function getProbabilities(db: Db): StageProbabilities {
  const stored = getMeta(db, KEY);
  if (stored === null) return { ...DEFAULT_PROBABILITIES };
  try {
    const parsed: unknown = JSON.parse(stored);
    return normalizeProbabilities(typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {});
  } catch {
    return { ...DEFAULT_PROBABILITIES };
  }
}

export function setProbabilities(db: Db, probabilities: StageProbabilities): StageProbabilities {
  const clean = normalizeProbabilities(probabilities);
  setMeta(db, { [KEY]: JSON.stringify(clean) });
  return clean;
}
