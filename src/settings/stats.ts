// Weekly counts of nudges shown and suggestions accepted, per category. Numbers only: no text,
// no sites, no times finer than an ISO week.
import { CATEGORIES, type Category } from '../engine/types';

export interface StatCount {
  shown: number;
  accepted: number;
}
export type WeekStats = Partial<Record<Category, StatCount>>;
/** ISO week ("2026-W07") -> counts. */
export type Stats = Record<string, WeekStats>;
export type StatEvent = 'shown' | 'accepted';

/** How many weeks are kept; the chart shows 12. */
export const STATS_WEEKS_KEPT = 26;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** ISO 8601 week of the local date of `time`, e.g. "2026-W01" (weeks start Monday; week 1 holds a Thursday). */
export function isoWeek(time: number): string {
  const local = new Date(time);
  const date = new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
  const day = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - day);
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The last `count` ISO weeks ending with the week of `now`, oldest first. */
export function lastWeeks(now: number, count: number): string[] {
  const weeks: string[] = [];
  for (let i = count - 1; i >= 0; i--) weeks.push(isoWeek(now - i * WEEK_MS));
  return weeks;
}

/** Returns new stats with one event counted, dropping weeks older than STATS_WEEKS_KEPT. Pure. */
export function recordStat(stats: Stats, category: Category, event: StatEvent, now: number): Stats {
  const week = isoWeek(now);
  const current = stats[week]?.[category] ?? { shown: 0, accepted: 0 };
  const next: Stats = { ...stats, [week]: { ...stats[week], [category]: { ...current, [event]: current[event] + 1 } } };
  const keep = new Set(lastWeeks(now, STATS_WEEKS_KEPT));
  for (const key of Object.keys(next)) if (!keep.has(key)) delete next[key];
  return next;
}

/** Reads stored stats defensively: anything not a count is dropped. */
export function sanitizeStats(raw: unknown): Stats {
  const stats: Stats = {};
  if (!raw || typeof raw !== 'object') return stats;
  for (const [week, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!/^\d{4}-W\d{2}$/.test(week) || !value || typeof value !== 'object') continue;
    const clean: WeekStats = {};
    for (const category of CATEGORIES) {
      const c = (value as Record<string, unknown>)[category] as Partial<StatCount> | undefined;
      if (!c || typeof c !== 'object') continue;
      const shown = Number.isFinite(c.shown) ? Math.max(0, Math.floor(c.shown as number)) : 0;
      const accepted = Number.isFinite(c.accepted) ? Math.max(0, Math.floor(c.accepted as number)) : 0;
      clean[category] = { shown, accepted };
    }
    stats[week] = clean;
  }
  return stats;
}

export interface WeekTotal {
  week: string;
  shown: number;
  accepted: number;
}

/** Totals per week for the chart: all categories, or one. */
export function weeklyTotals(stats: Stats, weeks: readonly string[], category?: Category): WeekTotal[] {
  return weeks.map((week) => {
    const entry = stats[week] ?? {};
    const cats = category ? [category] : CATEGORIES;
    let shown = 0;
    let accepted = 0;
    for (const c of cats) {
      shown += entry[c]?.shown ?? 0;
      accepted += entry[c]?.accepted ?? 0;
    }
    return { week, shown, accepted };
  });
}
