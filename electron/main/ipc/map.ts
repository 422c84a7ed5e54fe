// The map's features at D and its per-database basemap choice.
import { mapFeatures } from '../services/map/features';
import { getBasemap, setBasemap } from '../services/settings';
import type { PartialHandlers } from './types';

export const mapHandlers: PartialHandlers<'map:features' | 'settings:basemap-get' | 'settings:basemap-set'> = {
  'map:features': ({ asOf }, s) => mapFeatures(s.db, asOf),
  'settings:basemap-get': (_input, s) => getBasemap(s.db),
  'settings:basemap-set': (input, s) => setBasemap(s.db, input),
};
