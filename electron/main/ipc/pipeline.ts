// Tenant attraction (招商): the board and list, deals, converting prospects, the forecast, conversion rates, matching.
import type { Channel } from '../../../shared/contract';
import { convertProspect, createDeal, deleteDeal, moveDeal, updateDeal } from '../services/pipeline/deals';
import { matchSpace } from '../services/pipeline/matches';
import { getProbabilities, setProbabilities } from '../services/pipeline/probabilities';
import { conversion, dealDetail, dealsView, forecastView } from '../services/pipeline/views';
import type { Session } from '../session';
import type { PartialHandlers } from './types';

type PipelineChannel = Extract<Channel, `pipeline:${string}`>;

/** Runs a write and tells every window the data changed. */
function edit<T>(s: Session, write: () => T): T {
  const result = write();
  s.emit('data-changed', { reason: 'edit' });
  return result;
}

export const pipelineHandlers: PartialHandlers<PipelineChannel> = {
  'pipeline:deals': (query, s) => dealsView(s.db, query),
  'pipeline:deal': ({ id, asOf }, s) => dealDetail(s.db, id, asOf),
  'pipeline:create-deal': (input, s) => edit(s, () => createDeal(s.db, input)),
  'pipeline:update-deal': ({ id, version, changes }, s) => edit(s, () => updateDeal(s.db, id, version, changes)),
  'pipeline:move-deal': (input, s) => edit(s, () => moveDeal(s.db, input)),
  'pipeline:delete-deal': ({ id, version }, s) => edit(s, () => deleteDeal(s.db, id, version)),
  'pipeline:convert': ({ id, version }, s) => edit(s, () => convertProspect(s.db, id, version)),
  'pipeline:forecast': (input, s) => forecastView(s.db, input),
  'pipeline:conversion': ({ asOf }, s) => conversion(s.db, asOf),
  'pipeline:matches': (input, s) => matchSpace(s.db, input),
  'pipeline:probabilities': (_input, s) => getProbabilities(s.db),
  'pipeline:set-probabilities': (input, s) => edit(s, () => setProbabilities(s.db, input)),
};
