// The CLI through its real entry (bin/attune.mjs), as a moderator would run it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, ['bin/attune.mjs', ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const dir = mkdtempSync(join(tmpdir(), 'attune-cli-'));

// Each case starts a Node process; generous timeouts because CI machines are shared.
describe('attune check', { timeout: 60_000 }, () => {
  it('reads standard input, prints linter lines and exits 1 when flagged', () => {
    const r = run(['check'], 'Calm down, it is not a big deal.\n');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^<stdin>:1:1 {2}dismissing {2}.+ {2}-> .+$/m);
    expect(r.out).toMatch(/^<stdin>:1:12 {2}minimizing {2}/m);
  });

  it('exits 0 with no output when nothing is flagged', () => {
    const r = run(['check'], 'That sounds really hard. How are you feeling about it?\n');
    expect(r).toMatchObject({ code: 0, out: '' });
  });

  it('gives line and column within files', () => {
    const file = join(dir, 'reply.txt');
    writeFileSync(file, 'Hi there.\nThanks for writing.  Just get over it.\n');
    const r = run(['check', file]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${file}:2:22  dismissing`);
  });

  it('exits 2 with a clear message on an unreadable file or bad usage', () => {
    expect(run(['check', join(dir, 'missing.txt')])).toMatchObject({ code: 2, err: expect.stringContaining('not found') });
    expect(run(['check', '--categories', 'nonsense'], '')).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown category: nonsense'),
    });
    expect(run(['lint'], '')).toMatchObject({ code: 2, err: expect.stringContaining('unknown command') });
    expect(run(['check', '--sensitivity'], '')).toMatchObject({ code: 2, err: expect.stringContaining('needs a value') });
  });

  it('honours --categories and --sensitivity', () => {
    const text = 'Calm down. Are you okay?\n';
    expect(run(['check', '--categories', 'closed-question'], text).out).not.toContain('dismissing');
    expect(run(['check', '--format', 'json', '--sensitivity', 'gentle'], text).out).not.toContain('"severity":"medium"');
  });

  it('prints one JSON object for --format json', () => {
    const r = run(['check', '--format', 'json'], 'Are you okay?');
    const parsed = JSON.parse(r.out).replies[0];
    expect(parsed.findings[0]).toMatchObject({ category: 'closed-question', start: 0, end: 12, text: 'Are you okay' });
    expect(parsed.signals).toHaveProperty('explores');
  });

  it('keeps the --jsonl contract: one line out per line in, errors per line, in order', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Just get over it.' }),
      'not json',
      JSON.stringify({ id: 'c', note: 'no text' }),
      JSON.stringify({ id: 'd', text: 'Thank you for sharing this with me.' }),
    ].join('\n');
    const r = run(['check', '--jsonl', '-'], input);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({
      id: 'a',
      findings: [expect.objectContaining({ category: 'dismissing' })],
      signals: expect.any(Object),
    });
    expect(lines[1]).toMatchObject({ id: null, error: expect.stringContaining('not valid JSON') });
    expect(lines[2]).toMatchObject({ id: 'c', error: expect.stringContaining('no "text"') });
    expect(lines[3]).toMatchObject({ id: 'd', findings: [] });
    expect(r.code).toBe(1);
  });

  it('handles the whole dev corpus', () => {
    const r = run(['check', '--jsonl', '../shared/corpus/dev.jsonl']);
    if (r.err.includes('not found')) return expect(r.code).toBe(2); // corpus absent outside the workspace
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(100);
    for (const l of lines) expect(l.error).toBeUndefined();
  });
});
