import { describe, expect, it } from 'vitest';
import { checkUscc, normalizeUscc, usccCheckChar } from '../../shared/uscc';

describe('unified social credit code (GB 32100-2015)', () => {
  // Published example codes whose check characters are known.
  it.each(['91350100M000100Y43', '91110000802100433B'])('accepts %s', (code) => {
    expect(checkUscc(code)).toBeNull();
  });

  it('computes the check character of a known code', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('rejects a wrong check character', () => {
    expect(checkUscc('91350100M000100Y44')).toBe('uscc_checksum');
  });

  it.each([
    ['too short', '91350100M000100Y4'],
    ['too long', '91350100M000100Y433'],
    ['forbidden letter I', '91350100I000100Y43'],
    ['letter in the division code', '9135010AM000100Y43'],
    ['lower case', '91350100m000100y43'],
  ])('rejects the format: %s', (_why, code) => {
    expect(checkUscc(code)).toBe('uscc_format');
  });

  it('normalises case and spaces', () => {
    expect(normalizeUscc(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
  });
});
