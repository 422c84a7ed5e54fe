// Space accounting: the roll-up, trajectory, expiries, vacancies, data quality and stacking plans.
import { expiries, vacancies } from '../services/accounting/expiries';
import { indicators } from '../services/accounting/indicators';
import { quality } from '../services/accounting/quality';
import { rollupView } from '../services/accounting/rollup';
import { stackingPlan } from '../services/accounting/stacking';
import { trajectory } from '../services/accounting/trajectory';
import type { PartialHandlers } from './types';

type AccountingChannel =
  | 'accounting:rollup'
  | 'accounting:trajectory'
  | 'accounting:expiries'
  | 'accounting:vacancies'
  | 'accounting:quality'
  | 'accounting:stacking'
  | 'accounting:indicators';

export const accountingHandlers: PartialHandlers<AccountingChannel> = {
  'accounting:rollup': (input, s) => rollupView(s.db, input),
  'accounting:trajectory': (input, s) => trajectory(s.db, input),
  'accounting:expiries': ({ asOf }, s) => expiries(s.db, asOf),
  'accounting:vacancies': (input, s) => vacancies(s.db, input),
  'accounting:quality': ({ asOf }, s) => quality(s.db, asOf),
  'accounting:stacking': ({ buildingId, asOf }, s) => stackingPlan(s.db, buildingId, asOf),
  'accounting:indicators': (input, s) => indicators(s.db, input),
};
