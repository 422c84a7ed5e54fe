import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate, minDate } from '../../shared/dates';

describe('calendar dates', () => {
  it.each(['2024-02-29', '2025-12-31', '2021-01-01'])('accepts %s', (d) => expect(isIsoDate(d)).toBe(true));
  it.each(['2025-02-29', '2025-13-01', '2025-04-31', '2025-1-01', '20250101', '2025-00-10', ''])('rejects %s', (d) =>
    expect(isIsoDate(d)).toBe(false),
  );
  it('adds days across month and year ends', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
  it('takes the earlier of two optional dates', () => {
    expect(minDate(null, '2025-01-01')).toBe('2025-01-01');
    expect(minDate('2024-01-01', '2025-01-01')).toBe('2024-01-01');
    expect(minDate(null, null)).toBeNull();
  });
});
