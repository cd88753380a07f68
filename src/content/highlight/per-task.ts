// Layout read once per task. Underlines are measured in one synchronous stretch of our code (a frame's redraw), in
// which no page script runs and nothing scrolls or reflows the page's fields: what the field and its clipping
// ancestors look like is the same for every finding measured in it, so it is read for the first and reused.

/** `compute`, memoised until the current task's synchronous code (and the microtasks queued so far) has run. */
export function perTask<T>(compute: () => T): () => T {
  let valid = false;
  let value: T;
  return () => {
    if (!valid) {
      value = compute();
      valid = true;
      queueMicrotask(() => {
        valid = false;
      });
    }
    return value;
  };
}
