// Colour is not the only sign on the map (issue 13): every occupancy band and building state has its own pattern
// (one of each set may be plain), the footprints carry it, the style draws it over the colour, and the tiles are
// real, repeating marks.
import { describe, expect, it } from 'vitest';
import type { MapBuilding, MapFeatures } from '../../shared/map-views';
import { OCCUPANCY_BANDS, STATUS_CLASSES } from '../../renderer/map/layers/colors';
import { buildSources } from '../../renderer/map/layers/features';
import {
  marked,
  OCCUPANCY_PATTERNS,
  PATTERN_KINDS,
  PATTERN_SIZE,
  patternImageId,
  patternOfImageId,
  patternPixels,
  STATUS_PATTERNS,
} from '../../renderer/map/layers/patterns';
import { buildStyle } from '../../renderer/map/layers/style';
import { NO_FILTERS } from '../../renderer/map/layers/filters';

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [116.34, 39.94],
      [116.341, 39.94],
      [116.341, 39.941],
      [116.34, 39.941],
      [116.34, 39.94],
    ],
  ],
};
const building = (id: string, occupancy: number | null, delivered: boolean): MapBuilding => ({
  id,
  zoneId: 'z1',
  parkId: null,
  name: { zh: id, en: id },
  isThemeBuilding: false,
  status: 'operational',
  delivered,
  deliveryDate: delivered ? '2022-01-01' : null,
  floorsAbove: 5,
  footprint: square,
  providedM2: 100,
  leasedM2: 0,
  reservedM2: 0,
  availableM2: 100,
  pipelineM2: 0,
  occupancy,
  uses: ',office,',
});

describe('map patterns', () => {
  it('give each band and each state its own pattern, at most one plain per set', () => {
    for (const set of [OCCUPANCY_BANDS.map((b) => OCCUPANCY_PATTERNS[b.key]), STATUS_CLASSES.map((c) => STATUS_PATTERNS[c])]) {
      expect(new Set(set).size).toBe(set.length);
      expect(set.filter((p) => p === null).length).toBeLessThanOrEqual(1);
    }
  });

  it('draw tiles that are neither empty nor full, differ from each other and repeat without a seam', () => {
    const tiles = PATTERN_KINDS.map((k) => Array.from(patternPixels(k)).join(','));
    expect(new Set(tiles).size).toBe(PATTERN_KINDS.length);
    for (const kind of PATTERN_KINDS) {
      const px = patternPixels(kind);
      expect(px.length).toBe(PATTERN_SIZE * PATTERN_SIZE * 4);
      const alphas = Array.from({ length: PATTERN_SIZE * PATTERN_SIZE }, (_, i) => px[i * 4 + 3]);
      expect(alphas.some((a) => a === 0)).toBe(true);
      expect(alphas.some((a) => (a ?? 0) > 0)).toBe(true);
      // Seamless: the mark rule gives the same at x and x + size (and y), i.e. the tile is one period.
      for (let y = 0; y < PATTERN_SIZE; y += 1) {
        for (let x = 0; x < PATTERN_SIZE; x += 1) {
          expect(marked(kind, x + PATTERN_SIZE, y)).toBe(marked(kind, x, y));
          expect(marked(kind, x, y + PATTERN_SIZE)).toBe(marked(kind, x, y));
        }
      }
    }
    expect(patternOfImageId(patternImageId('dots'))).toBe('dots');
    expect(patternOfImageId('dots')).toBeNull();
    expect(patternOfImageId('pattern-stars')).toBeNull();
  });

  it('put the band\u2019s and the state\u2019s pattern on the footprints, and draw the chosen colouring\u2019s over the colour', () => {
    const data: MapFeatures = {
      asOf: '2025-12-31',
      zones: [],
      parks: [],
      buildings: [building('low', 0.2, true), building('full', 0.99, true), building('pipe', null, false)],
    };
    const props = new Map(buildSources(data, 'en').buildings.features.map((f) => [f.properties?.id, f.properties]));
    expect(props.get('low')).toMatchObject({ occupancyPattern: 'pattern-diagonal', statusPattern: '' });
    expect(props.get('full')).toMatchObject({ occupancyPattern: '', statusPattern: '' });
    expect(props.get('pipe')).toMatchObject({ occupancyPattern: 'pattern-cross', statusPattern: 'pattern-diagonal' });
    for (const mode of ['status', 'occupancy'] as const) {
      const style = buildStyle({
        baseUrl: 'app://park/',
        basemap: { kind: 'none', source: '' },
        localTiles: null,
        colourMode: mode,
        threeD: false,
        filters: NO_FILTERS,
        selectedId: '',
      });
      const ids = style.layers.map((l) => l.id);
      expect(ids.indexOf('buildings-pattern')).toBe(ids.indexOf('buildings-fill') + 1);
      const layer = style.layers.find((l) => l.id === 'buildings-pattern');
      expect(layer && 'paint' in layer ? layer.paint : null).toEqual({
        'fill-pattern': ['get', mode === 'status' ? 'statusPattern' : 'occupancyPattern'],
      });
    }
  });
});
