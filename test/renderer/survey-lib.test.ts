// The survey route (with a package path that has slashes, spaces and CJK) and bytes → base64 in slices.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../renderer/lib/base64';
import { formatHash, parseHash, routes } from '../../renderer/lib/routes';

describe('survey route', () => {
  it('round-trips with and without a package to merge', () => {
    for (const route of [
      routes.survey(),
      routes.survey('/home/li/现场 核查/2026-05-01 #1.parksurvey'),
      routes.survey('C:\\\\data\\\\p.parksurvey'),
    ]) {
      expect(parseHash(formatHash(route))).toEqual(route);
    }
    expect(formatHash(routes.survey())).toBe('#/survey');
    expect(parseHash('#/survey/extra')).toEqual({ screen: 'inventory', tab: 'buildings', view: { kind: 'list' } });
  });
});

describe('bytesToBase64', () => {
  it('equals Node’s encoding for any bytes, also beyond one slice', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
      { numRuns: 60 },
    );
  });
});
