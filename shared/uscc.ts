// Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-character alphabet
// (digits and upper-case letters without I, O, Z, S, V); the last is a check character over the first 17.

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type UsccProblem = 'uscc_format' | 'uscc_checksum';

/** The check character for the first 17 characters of a code. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const v = ALPHABET.indexOf(first17.charAt(i));
    if (v < 0) throw new Error(`invalid USCC character at ${i}`);
    sum += v * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** null when valid; otherwise which rule the code breaks. */
export function checkUscc(code: string): UsccProblem | null {
  if (code.length !== 18 || !SHAPE.test(code)) return 'uscc_format';
  return usccCheckChar(code.slice(0, 17)) === code.charAt(17) ? null : 'uscc_checksum';
}

/** Canonical form for storage and comparison: trimmed, upper case. */
export function normalizeUscc(code: string): string {
  return code.trim().toUpperCase();
}
