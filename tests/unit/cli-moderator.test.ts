// The moderator's workflow through the real entry (bin/attune.mjs), on real files and folders in a temp dir.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPack } from '../../src/settings/packs';

const run = (args: string[], input = '') => {
  const r = spawnSync(process.execPath, ['bin/attune.mjs', ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const dir = mkdtempSync(join(tmpdir(), 'attune-mod-'));
const canned = join(dir, 'canned');
mkdirSync(join(canned, 'more'), { recursive: true });
writeFileSync(join(canned, 'one.txt'), 'Calm down, it is not a big deal.\nThat must be so heavy. What has been hardest?\n');
writeFileSync(join(canned, 'more', 'two.md'), 'Just get over it.\n');
writeFileSync(join(canned, 'notes.json'), '{"text": "Calm down."}\n');

describe('attune for moderators', { timeout: 60_000 }, () => {
  it('prints usage on stdout and exits 0 for --help, -h, help and check --help; --version from package.json', () => {
    for (const args of [['--help'], ['-h'], ['help'], ['check', '--help']])
      expect(run(args)).toMatchObject({ code: 0, out: expect.stringContaining('usage: attune check') });
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    expect(run(['--version'])).toMatchObject({ code: 0, out: `attune ${version}\n` });
  });

  it('names the closest known option for a typo', () => {
    expect(run(['check', '--summry'])).toMatchObject({ code: 2, err: expect.stringContaining('did you mean --summary?') });
  });

  it('reports a folder and a missing file in plain words, checks the rest, and exits 2 at the end', () => {
    const r = run(['check', canned, join(dir, 'gone.txt'), join(canned, 'one.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('is a folder: pass its files or use --recursive');
    expect(r.err).toContain('gone.txt: not found');
    expect(r.out).toContain('"Calm down"');
  });

  it('walks folders with --recursive, only the --ext endings', () => {
    const r = run(['check', '--recursive', canned]);
    expect(r.out).toContain('two.md:1:1  dismissing  "Just get over it"');
    expect(r.out).not.toContain('notes.json');
    expect(run(['check', '--recursive', '--ext', '.json', canned]).out).not.toContain('two.md');
  });

  it('--lines makes each line one reply; --summary counts categories, files and the nudged share', () => {
    const r = run(['check', '--recursive', '--lines', '--summary', canned]);
    expect(r.out).toMatch(/summary: 3 replies in 2 files; 2 \(66\.7%\) with any nudge/);
    expect(r.out).toMatch(/^ {2}dismissing +2$/m);
  });

  it('--format json is one document over several files; csv is one RFC 4180 row per finding', () => {
    const json = JSON.parse(run(['check', '--recursive', '--format', 'json', '--summary', canned]).out);
    expect(json.replies.map((r: { file: string }) => r.file)).toEqual([join(canned, 'more', 'two.md'), join(canned, 'one.txt')]);
    expect(json.summary.replies).toBe(2);
    const csv = run(['check', '--format', 'csv', join(canned, 'one.txt')])
      .out.trim()
      .split('\n');
    expect(csv[0]).toBe('file,line,col,category,rule,severity,phrase,message,suggestion');
    expect(csv[1]).toMatch(/,1,1,dismissing,dismissing\.[a-z-]+,high,Calm down,/);
    // the message holds a semicolon, the suggestion may hold commas: quoted only when needed
    expect(run(['check', '--format', 'csv'], 'Calm down, "really", it is not a big deal.').out).not.toMatch(/[^"],"[^"]*"[^,"]/);
  });

  it('--fail-on high ignores medium findings', () => {
    const medium = 'Stop overthinking it.';
    expect(run(['check', '--format', 'json'], medium).out).toContain('"severity":"medium"');
    expect(run(['check', '--fail-on', 'high'], medium).code).toBe(0);
    expect(run(['check', '--fail-on', 'medium'], medium).code).toBe(1);
  });

  it('--pack refuses what the options import refuses, in the same words, and applies ignored phrases and switches', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ rules: [{ id: 'nope' }] }));
    const expected = importPack(readFileSync(bad, 'utf8'));
    expect(expected.ok).toBe(false);
    expect(run(['check', '--pack', bad], 'x').err).toContain(expected.ok ? '' : expected.error);
    const pack = join(dir, 'team.json');
    writeFileSync(pack, JSON.stringify({ rules: [], ignoredPhrases: ['calm down'], categories: { minimizing: false } }));
    const r = run(['check', '--pack', pack], 'Calm down, it is not a big deal. Just get over it.');
    expect(r.out).not.toContain('"Calm down"');
    expect(r.out).not.toContain('minimizing');
    expect(r.out).toContain('"Just get over it"');
  });

  it('--fix writes FILE.attune.txt, never the file itself; --dry-run prints a diff; --in-place overwrites', () => {
    const file = join(dir, 'fixme.txt');
    const before = 'Hello.\nJust get over it.\n';
    writeFileSync(file, before);
    const diff = run(['check', '--fix', '--dry-run', file]);
    expect(diff.out).toMatch(/^-Just get over it\.$/m);
    expect(diff.out).toMatch(/^@@ -1,2 \+1,2 @@$/m);
    expect(existsSync(`${file}.attune.txt`)).toBe(false);
    run(['check', '--fix', file]);
    expect(readFileSync(file, 'utf8')).toBe(before);
    const fixed = readFileSync(`${file}.attune.txt`, 'utf8');
    expect(fixed).not.toContain('get over it');
    expect(run(['check'], fixed).out).not.toContain('dismissing');
    run(['check', '--fix', '--in-place', file]);
    expect(readFileSync(file, 'utf8')).toBe(fixed);
  });
});
