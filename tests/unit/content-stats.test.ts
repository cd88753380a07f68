// The content script's counters: shown once per finding per field session, accepted on apply, the
// focused field's count only when it changes; and errors reported once per kind.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guard, reportOnce } from '../../src/content/report';
import { type StatMessage, StatsReporter } from '../../src/content/stats';

const finding = (rule: string, text: string, category = 'dismissing' as const) => ({ rule, text, category });

describe('StatsReporter', () => {
  it('counts a finding as shown once per field session, however often it is re-analysed', () => {
    const sent: StatMessage[] = [];
    const stats = new StatsReporter((m) => sent.push(m));
    const field = {};
    stats.shown(field, [finding('a', 'calm down')]);
    stats.shown(field, [finding('a', 'calm down'), finding('b', 'at least', 'minimizing' as never)]);
    stats.shown(field, [finding('a', 'calm down')]);
    expect(sent).toEqual([
      { type: 'attune:stat', category: 'dismissing', event: 'shown' },
      { type: 'attune:stat', category: 'minimizing', event: 'shown' },
    ]);
    // Another field is another session.
    stats.shown({}, [finding('a', 'calm down')]);
    expect(sent).toHaveLength(3);
  });

  it('sends accepted and the count, the count only when it changes', () => {
    const sent: StatMessage[] = [];
    const stats = new StatsReporter((m) => sent.push(m));
    stats.accepted('judging');
    stats.count(2);
    stats.count(2);
    stats.count(0);
    expect(sent).toEqual([
      { type: 'attune:stat', category: 'judging', event: 'accepted' },
      { type: 'attune:count', count: 2 },
      { type: 'attune:count', count: 0 },
    ]);
  });
});

describe('reportOnce / guard', () => {
  afterEach(() => vi.restoreAllMocks());

  it('warns once per kind and returns the fallback', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const boom = () => {
      throw new Error('boom');
    };
    expect(guard('unit-kind-a', boom, 7)).toBe(7);
    expect(guard('unit-kind-a', boom, 8)).toBe(8);
    reportOnce('unit-kind-b', new Error('x'));
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^Attune: unit-kind-a failed/);
  });
});
