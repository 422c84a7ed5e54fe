// Undo/redo and record history.
import { recordHistory, historyState, redo, undo } from '../services/history';
import type { PartialHandlers } from './types';

export const historyHandlers: PartialHandlers<'history:state' | 'history:undo' | 'history:redo' | 'history:record'> = {
  'history:state': (_input, s) => historyState(s.db),
  'history:undo': (_input, s) => {
    const result = undo(s.db);
    s.emit('data-changed', { reason: 'undo' });
    return result;
  },
  'history:redo': (_input, s) => {
    const result = redo(s.db);
    s.emit('data-changed', { reason: 'redo' });
    return result;
  },
  'history:record': ({ entity, id }, s) => recordHistory(s.db, entity, id),
};
