// Store packages: the shipped Firefox build passes Mozilla's linter with nothing to fix, both builds
// carry package.json's version, and the shipped build exposes no test hook.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const out = join('.output', 'package-check');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

async function buildShipped(browser: 'chrome' | 'firefox'): Promise<string> {
  await run(process.execPath, ['scripts/build-extension.mjs', browser, out], { maxBuffer: 1 << 24 });
  return join(out, browser);
}

const allText = (dir: string): string =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(js|html|json)$/.test(e.name))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');

describe('store packages', { timeout: 300_000 }, () => {
  let firefox = '';
  let chrome = '';
  beforeAll(async () => {
    [firefox, chrome] = await Promise.all([buildShipped('firefox'), buildShipped('chrome')]);
  }, 300_000);

  it('web-ext lint reports no errors and no warnings on the Firefox build', async () => {
    const bin = join('node_modules', '.bin', 'web-ext');
    const { stdout } = await run(bin, ['lint', '--source-dir', firefox, '--output', 'json'], { maxBuffer: 1 << 24 }).catch((e) => e);
    const report = JSON.parse(stdout);
    const problems = [...report.errors, ...report.warnings].map((m: { code: string; message: string }) => `${m.code}: ${m.message}`);
    expect(problems).toEqual([]);
  });

  it('versions come from package.json, with a Gecko id for Firefox', () => {
    const ff = JSON.parse(readFileSync(join(firefox, 'manifest.json'), 'utf8'));
    const cr = JSON.parse(readFileSync(join(chrome, 'manifest.json'), 'utf8'));
    expect(ff.version).toBe(pkg.version);
    expect(cr.version).toBe(pkg.version);
    expect(ff.manifest_version).toBe(2);
    expect(cr.manifest_version).toBe(3);
    expect(ff.browser_specific_settings.gecko.id).toBe('attune@attune.dev');
  });

  it('the shipped build carries no test hook', () => {
    for (const dir of [firefox, chrome]) {
      expect(existsSync(join(dir, 'manifest.json'))).toBe(true);
      expect(allText(dir)).not.toContain('attuneTest');
    }
  });
});
