// Parks and buildings: parks are small clusters of grid cells inside their zone, buildings are rotated
// rectangles inside one cell each, so no two footprints overlap and every footprint lies inside its zone.
import names from '../../../../assets/sample/names.json';
import type { BuildingStatus } from '../../../../shared/enums';
import { ZoneGrid, ZONE_SHAPES, polygon } from './geo';
import type { NewId, Planned, PlannedBuilding } from './model';
import { SAMPLE_AS_OF, type SamplePlan } from './plan';
import { Rng, apportion, dayOf, isoOf } from './random';

const STREETS: Record<string, string[]> = names.streets;
const PLACES: Record<string, string[][]> = names.themePlaces;

function deliveryDate(rng: Rng): string | null {
  const kind = rng.weighted([
    ['delivered', 80],
    ['2026', 13],
    ['none', 7],
  ] as const);
  if (kind === 'none') return null;
  const [from, to] = kind === 'delivered' ? ['2021-01-01', '2025-12-31'] : ['2026-01-01', '2026-12-31'];
  return isoOf(rng.int(dayOf(from), dayOf(to)));
}

function statusFor(delivery: string | null, rng: Rng): BuildingStatus {
  if (delivery === null) return 'planned';
  if (delivery > SAMPLE_AS_OF) return rng.chance(0.35) ? 'renovating' : 'planned';
  return 'operational';
}

function floorsAbove(rng: Rng, theme: boolean): number {
  const band = rng.weighted(
    theme
      ? ([
          [[6, 12], 30],
          [[13, 24], 45],
          [[25, 40], 25],
        ] as const)
      : ([
          [[2, 6], 30],
          [[7, 15], 45],
          [[16, 28], 20],
          [[29, 40], 5],
        ] as const),
  );
  return rng.int(band[0], band[1]);
}

/** Keeps names unique: the second "德胜金融港" becomes "德胜金融港 2". */
class NameBook {
  private readonly seen = new Map<string, number>();
  unique(zh: string, en: string): [string, string] {
    const n = (this.seen.get(zh) ?? 0) + 1;
    this.seen.set(zh, n);
    return n === 1 ? [zh, en] : [`${zh} ${n}`, `${en} ${n}`];
  }
}

export function layoutDistrict(
  plan: SamplePlan,
  rng: Rng,
  newId: NewId,
  zones: Planned<'zone'>[],
): { parks: Planned<'park'>[]; buildings: PlannedBuilding[] } {
  const grids = ZONE_SHAPES.map((shape) => new ZoneGrid(shape, plan.cellM));
  const weights = grids.map((g) => g.size);
  const parksPerZone = apportion(plan.parks, weights, plan.parks >= grids.length ? 1 : 0);
  const themePerZone = apportion(plan.themeBuildings, weights);
  const perPark = apportion(
    plan.buildings - plan.themeBuildings,
    Array.from({ length: plan.parks }, () => rng.float(0.6, 1.4)),
    1,
  );
  const maxSide = Math.min(80, Math.floor(plan.cellM * 0.8));
  const parks: Planned<'park'>[] = [];
  const buildings: PlannedBuilding[] = [];
  const book = new NameBook();

  const addBuilding = (
    grid: ZoneGrid,
    zoneId: string,
    cell: Parameters<ZoneGrid['footprint']>[0],
    extra: {
      parkId: string | null;
      nameZh: string;
      nameEn: string;
      labPark: boolean;
    },
  ) => {
    const [a, b] = [rng.int(20, maxSide), rng.int(20, maxSide)];
    const theme = extra.parkId === null;
    const delivery = deliveryDate(rng);
    const efficiency = rng.float(0.72, 0.84);
    const [nameZh, nameEn] = book.unique(extra.nameZh, extra.nameEn);
    buildings.push({
      id: newId(),
      zoneCode: grid.zone.code,
      labPark: extra.labPark,
      floorRentableM2: a * b * efficiency,
      efficiency,
      hasUnits: delivery !== null || rng.chance(0.5),
      draft: {
        zoneId,
        parkId: extra.parkId,
        nameZh,
        nameEn,
        address: `北京市西城区${rng.pick(STREETS[grid.zone.code] ?? ['金融大街'])}${rng.int(1, 199)}号`,
        isThemeBuilding: theme,
        footprint: polygon(grid.footprint(cell, a, b, rng)),
        floorsAbove: floorsAbove(rng, theme),
        floorsBelow: rng.weighted([
          [0, 15],
          [1, 30],
          [2, 35],
          [3, 15],
          [4, 5],
        ] as const),
        grossFloorAreaM2: null,
        declaredRentableM2: null,
        deliveryDate: delivery,
        status: statusFor(delivery, rng),
      },
    });
  };

  let parkIndex = 0;
  grids.forEach((grid, z) => {
    const zone = zones.find((candidate) => candidate.draft.code === grid.zone.code);
    if (!zone) throw new Error(`zone ${grid.zone.code} missing`);
    for (let k = 0; k < (parksPerZone[z] ?? 0); k += 1, parkIndex += 1) {
      const base = names.parks[parkIndex % names.parks.length];
      if (!base) throw new Error('no park names');
      const round = Math.floor(parkIndex / names.parks.length);
      const count = perPark[parkIndex] ?? 1;
      const w = Math.ceil(Math.sqrt(count));
      const h = Math.ceil(count / w);
      const cells = grid.takeBlock(w, h, rng) ?? grid.takeBlock(h, w, rng);
      if (!cells) throw new Error(`sample plan does not fit: no room for a ${w}×${h} park in ${grid.zone.code}`);
      const park: Planned<'park'> = {
        id: newId(),
        draft: {
          zoneId: zone.id,
          nameZh: round ? `${base.zh}（${round + 1}）` : base.zh,
          nameEn: round ? `${base.en} (${round + 1})` : base.en,
          theme: base.theme,
          operator: base.operator,
          boundary: polygon(grid.blockRing(cells, 4)),
        },
      };
      parks.push(park);
      const labPark = names.labParkThemes.includes(base.zh);
      rng
        .shuffle(cells)
        .slice(0, count)
        .forEach((cell, i) => {
          addBuilding(grid, zone.id, cell, {
            parkId: park.id,
            labPark,
            nameZh: `${park.draft.nameZh}${i + 1}号楼`,
            nameEn: `${park.draft.nameEn} Building ${i + 1}`,
          });
        });
    }
    for (let k = 0; k < (themePerZone[z] ?? 0); k += 1) {
      const cell = grid.takeBlock(1, 1, rng)?.[0];
      if (!cell) throw new Error(`sample plan does not fit: no room for a theme building in ${grid.zone.code}`);
      const place = rng.pick(PLACES[grid.zone.code] ?? [['西城', 'Xicheng']]);
      const kind = rng.pick(names.themeKinds);
      addBuilding(grid, zone.id, cell, {
        parkId: null,
        labPark: false,
        nameZh: `${place[0]}${kind[0]}`,
        nameEn: `${place[1]} ${kind[1]}`,
      });
    }
  });
  return { parks, buildings };
}
