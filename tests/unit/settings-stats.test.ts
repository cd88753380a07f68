import { describe, expect, it } from 'vitest';
import { isoWeek, lastWeeks, recordStat, sanitizeStats, STATS_WEEKS_KEPT, weeklyTotals } from '../../src/settings/stats';

const day = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12).getTime();

describe('ISO weeks', () => {
  it.each([
    [day(2026, 1, 1), '2026-W01'], // Thursday
    [day(2025, 12, 29), '2026-W01'], // Monday of week 1 of 2026
    [day(2027, 1, 1), '2026-W53'], // Friday; 2026 has 53 weeks
    [day(2021, 1, 3), '2020-W53'],
    [day(2024, 12, 30), '2025-W01'],
    [day(2026, 3, 15), '2026-W11'], // Sunday
    [day(2026, 3, 16), '2026-W12'], // Monday
  ])('%s is %s', (time, week) => {
    expect(isoWeek(time)).toBe(week);
  });

  it('lists the last weeks oldest first, ending this week', () => {
    const weeks = lastWeeks(day(2026, 1, 8), 3);
    expect(weeks).toEqual(['2025-W52', '2026-W01', '2026-W02']);
  });
});

describe('recordStat', () => {
  const now = day(2026, 3, 16);

  it('counts shown and accepted per category and week, without changing its input', () => {
    const empty = {};
    let stats = recordStat(empty, 'judging', 'shown', now);
    stats = recordStat(stats, 'judging', 'shown', now);
    stats = recordStat(stats, 'judging', 'accepted', now);
    stats = recordStat(stats, 'minimizing', 'shown', now);
    expect(empty).toEqual({});
    expect(stats).toEqual({ '2026-W12': { judging: { shown: 2, accepted: 1 }, minimizing: { shown: 1, accepted: 0 } } });
  });

  it('keeps only recent weeks', () => {
    const old = { '2024-W01': { judging: { shown: 5, accepted: 5 } } };
    const stats = recordStat(old, 'judging', 'shown', now);
    expect(Object.keys(stats)).toEqual(['2026-W12']);
    expect(STATS_WEEKS_KEPT).toBeGreaterThanOrEqual(12);
  });

  it('stores nothing but numbers', () => {
    const stats = recordStat({}, 'labeling', 'accepted', now);
    const leaves = JSON.stringify(stats).match(/"[^"]+"/g) ?? [];
    expect(leaves.every((s) => /^"(\d{4}-W\d{2}|labeling|shown|accepted)"$/.test(s))).toBe(true);
  });
});

describe('stats reading and totals', () => {
  it('sanitizes stored stats', () => {
    expect(
      sanitizeStats({ '2026-W01': { judging: { shown: 3.7, accepted: -1 }, bogus: { shown: 1 } }, nonsense: {}, '2026-W02': 5 }),
    ).toEqual({ '2026-W01': { judging: { shown: 3, accepted: 0 } } });
    expect(sanitizeStats(null)).toEqual({});
  });

  it('totals per week for all categories or one, with zeros for empty weeks', () => {
    const stats = {
      '2026-W01': { judging: { shown: 3, accepted: 1 }, labeling: { shown: 2, accepted: 2 } },
    };
    expect(weeklyTotals(stats, ['2026-W01', '2026-W02'])).toEqual([
      { week: '2026-W01', shown: 5, accepted: 3 },
      { week: '2026-W02', shown: 0, accepted: 0 },
    ]);
    expect(weeklyTotals(stats, ['2026-W01'], 'labeling')).toEqual([{ week: '2026-W01', shown: 2, accepted: 2 }]);
  });
});
