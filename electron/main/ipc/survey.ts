// Survey packages: prepare and merge in the office, record in survey mode, photos and cancelling in both.
// Long work reports `progress` (kinds 'survey-prepare' / 'survey-merge') under the task id the caller chose.
import { createBackup } from '../services/backup';
import { applySurvey, decideSurvey, inspectSurvey } from '../services/survey/merge';
import { preparePackage } from '../services/survey/prepare';
import { addPhoto, observe, surveyBuilding, surveyInfo } from '../services/survey/record';
import { officePhotosOf, openDiscrepancies, openDiscrepancyCount } from '../db/repos/survey-office';
import { photosOf } from '../db/repos/survey-package';
import { cancelTask, startTask } from '../services/survey/tasks';
import { previewFromPackage } from '../services/survey/photos';
import type { Session } from '../session';
import type { SurveyChannel } from '../../../shared/survey/contract';
import type { PartialHandlers } from './types';

function progress(s: Session, taskId: string, kind: 'survey-prepare' | 'survey-merge') {
  return (done: number, total: number) => s.emit('progress', { taskId, kind, done, total, finished: done >= total });
}

async function asTask<T>(
  s: Session,
  id: string | undefined,
  kind: 'survey-prepare' | 'survey-merge',
  work: (task: ReturnType<typeof startTask>, report: (d: number, t: number) => void) => Promise<T>,
): Promise<T> {
  const task = startTask(id);
  const report = progress(s, task.id, kind);
  try {
    return await work(task, report);
  } finally {
    report(1, 1);
    task.end();
  }
}

export const surveyHandlers: PartialHandlers<SurveyChannel> = {
  'survey:prepare': ({ scope, surveyor, out, taskId }, s) =>
    asTask(s, taskId, 'survey-prepare', (task, onProgress) => preparePackage(s.db, s.dbPath, { scope, surveyor, out, task, onProgress })),
  'survey:inspect': ({ file }, s) => inspectSurvey(s.db, file),
  'survey:decide': ({ file, decisions }, s) => decideSurvey(s.db, file, decisions),
  'survey:apply': async ({ file, resolve, taskId }, s) => {
    const result = await asTask(s, taskId, 'survey-merge', (task, onProgress) =>
      applySurvey({ db: s.db, dbPath: s.dbPath, backup: async () => (await createBackup(s, 'manual')).file }, file, {
        resolve,
        task,
        onProgress,
      }),
    );
    if (result.batchId) s.emit('data-changed', { reason: 'edit' });
    return result;
  },
  'survey:cancel': ({ taskId }) => ({ cancelled: cancelTask(taskId) }),
  'survey:photo-preview': ({ file, sha256 }) => previewFromPackage(file, sha256) ?? { mime: '', dataBase64: '' },
  'survey:photos': ({ entity, id }, s) => (s.kind === 'survey' ? photosOf(s.db, entity, id) : officePhotosOf(s.db, entity, id)),
  'survey:discrepancies': (_input, s) =>
    s.kind === 'survey' ? { count: 0, rows: [] } : { count: openDiscrepancyCount(s.db), rows: openDiscrepancies(s.db, 200) },
  'survey:info': (_input, s) => surveyInfo(s.db, s.dbPath),
  'survey:building': ({ buildingId }, s) => surveyBuilding(s.db, buildingId),
  'survey:observe': (input, s) => {
    const saved = observe(s.db, input);
    s.emit('data-changed', { reason: 'edit' });
    return saved;
  },
  'survey:photo-add': (input, s) => {
    const saved = addPhoto(s.db, input);
    s.emit('data-changed', { reason: 'edit' });
    return saved;
  },
};
