import { describe, expect, it } from 'vitest';
import { createDebouncer, type Timers } from '../../src/content/debounce';

function fakeTimers() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    set: (fn, ms) => {
      const id = next++;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clear: (id) => void pending.delete(id as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...pending]) {
      if (t.at <= now) {
        pending.delete(id);
        t.fn();
      }
    }
  };
  return { timers, advance };
}

describe('analysis debouncer', () => {
  it('runs once, 150 ms after typing pauses', () => {
    const { timers, advance } = fakeTimers();
    let runs = 0;
    const d = createDebouncer(() => runs++, 150, timers);
    for (let i = 0; i < 5; i++) {
      d.schedule();
      advance(100);
    }
    expect(runs).toBe(0);
    expect(d.pending).toBe(true);
    advance(50);
    expect(runs).toBe(1);
    expect(d.pending).toBe(false);
  });

  it('flushes a pending run now, and cancel drops it', () => {
    const { timers, advance } = fakeTimers();
    let runs = 0;
    const d = createDebouncer(() => runs++, 150, timers);
    d.flush();
    expect(runs).toBe(0);
    d.schedule();
    d.flush();
    expect(runs).toBe(1);
    d.schedule();
    d.cancel();
    advance(500);
    expect(runs).toBe(1);
  });
});
