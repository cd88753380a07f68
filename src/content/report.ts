// Errors inside Attune must never break the page or other fields: callers catch them and report here,
// once per kind, so a field that fails on every keystroke does not flood the console.
const reported = new Set<string>();

export function reportOnce(kind: string, error: unknown): void {
  if (reported.has(kind)) return;
  reported.add(kind);
  console.warn(`Attune: ${kind} failed and was skipped for this field; other fields go on.`, error);
}

/** Runs `fn`; on an error reports it (once per kind) and returns `fallback`. */
export function guard<T>(kind: string, fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (error) {
    reportOnce(kind, error);
    return fallback;
  }
}
