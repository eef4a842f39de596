import { describe, expect, it } from 'vitest';
import { addMonths } from '../src/dates.js';
import { cadenceOf, hasEnded, windowsOf } from '../src/score/windows.js';

describe('month arithmetic (SPEC §2)', () => {
  it('clamps the day to the month, never overflowing into the next', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 1, -1)).toBe('2026-02-27');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 12, -1)).toBe('2025-02-27');
    expect(addMonths('2024-02-29', 24, -1)).toBe('2026-02-27');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
});

describe('the windows of a Type 2 period', () => {
  it('annual windows run from the period start: s = 2024-02-29 gives 2024-02-29..2025-02-27, then 2025-02-28..2026-02-27', () => {
    expect(windowsOf(cadenceOf('annual'), { start: '2024-02-29', end: '2026-02-27' })).toEqual([
      { start: '2024-02-29', end: '2025-02-27' },
      { start: '2025-02-28', end: '2026-02-27' },
    ]);
  });

  it('a requirement without frequency is periodic with annual windows, the last cut at the period end', () => {
    expect(windowsOf(cadenceOf(undefined), { start: '2025-07-01', end: '2026-12-31' })).toEqual([
      { start: '2025-07-01', end: '2026-06-30' },
      { start: '2026-07-01', end: '2026-12-31' },
    ]);
  });

  it('quarterly windows are calendar quarters, not cut at the period start or end', () => {
    expect(windowsOf(cadenceOf('quarterly'), { start: '2026-02-15', end: '2027-02-14' })).toEqual([
      { start: '2026-01-01', end: '2026-03-31' },
      { start: '2026-04-01', end: '2026-06-30' },
      { start: '2026-07-01', end: '2026-09-30' },
      { start: '2026-10-01', end: '2026-12-31' },
      { start: '2027-01-01', end: '2027-03-31' },
    ]);
  });

  it('monthly and semiannual windows are calendar months and half-years', () => {
    expect(windowsOf(cadenceOf('monthly'), { start: '2026-01-31', end: '2026-03-30' })).toEqual([
      { start: '2026-01-01', end: '2026-01-31' },
      { start: '2026-02-01', end: '2026-02-28' },
      { start: '2026-03-01', end: '2026-03-31' },
    ]);
    expect(windowsOf(cadenceOf('semiannual'), { start: '2026-05-01', end: '2027-04-30' })).toEqual([
      { start: '2026-01-01', end: '2026-06-30' },
      { start: '2026-07-01', end: '2026-12-31' },
      { start: '2027-01-01', end: '2027-06-30' },
    ]);
  });

  it('population requirements (weekly, daily, per-event) are sampled across calendar quarters', () => {
    for (const frequency of ['weekly', 'daily', 'per-event'] as const) {
      expect(cadenceOf(frequency).kind).toBe('population');
      expect(windowsOf(cadenceOf(frequency), { start: '2026-01-01', end: '2026-06-30' })).toHaveLength(2);
    }
  });

  it('a period shorter than one window is its own only window: e before s + n months − 1 day', () => {
    // s = 2026-01-31: plus 3 months is 2026-04-30 (April has 30 days), minus 1 day is 2026-04-29.
    expect(addMonths('2026-01-31', 3, -1)).toBe('2026-04-29');
    expect(windowsOf(cadenceOf('quarterly'), { start: '2026-01-31', end: '2026-04-28' })).toEqual([{ start: '2026-01-31', end: '2026-04-28' }]);
    expect(windowsOf(cadenceOf('quarterly'), { start: '2026-01-31', end: '2026-04-29' })).toHaveLength(2);
    expect(windowsOf(cadenceOf('annual'), { start: '2026-10-01', end: '2026-12-31' })).toEqual([{ start: '2026-10-01', end: '2026-12-31' }]);
    expect(windowsOf(cadenceOf('monthly'), { start: '2026-02-10', end: '2026-03-05' })).toEqual([{ start: '2026-02-10', end: '2026-03-05' }]);
  });

  it('a window has ended when its last day lies in s..E: before s or after E it has not', () => {
    const period = { start: '2026-02-15', end: '2027-02-14' };
    expect(hasEnded({ start: '2026-01-01', end: '2026-03-31' }, period, '2026-03-31')).toBe(true);
    expect(hasEnded({ start: '2026-01-01', end: '2026-03-31' }, period, '2026-03-30')).toBe(false);
    // The last calendar quarter ends after e: it never ends, so it is never judged.
    expect(hasEnded({ start: '2027-01-01', end: '2027-03-31' }, period, '2027-02-14')).toBe(false);
    expect(hasEnded({ start: '2025-10-01', end: '2025-12-31' }, period, '2026-11-30')).toBe(false);
  });
});
