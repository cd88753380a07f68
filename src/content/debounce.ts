// Runs `run` once typing pauses for `waitMs`. Timers are injectable so the logic is testable without a clock.
export interface Debouncer {
  /** (Re)start the wait. */
  schedule(): void;
  /** Run now if a run is pending. */
  flush(): void;
  cancel(): void;
  readonly pending: boolean;
}

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createDebouncer(run: () => void, waitMs: number, timers: Timers = realTimers): Debouncer {
  let handle: unknown = null;
  const fire = () => {
    handle = null;
    run();
  };
  return {
    schedule() {
      if (handle !== null) timers.clear(handle);
      handle = timers.set(fire, waitMs);
    },
    flush() {
      if (handle === null) return;
      timers.clear(handle);
      fire();
    },
    cancel() {
      if (handle !== null) timers.clear(handle);
      handle = null;
    },
    get pending() {
      return handle !== null;
    },
  };
}
