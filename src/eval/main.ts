// `npm run eval`: measures the compiled rules on the dev corpus, AnnoMI and EPITOME, with alex as the
// peer baseline; prints the tables and writes docs/quality.md. Exit code 0 even when a target fails:
// this is a measurement, not a gate (use --strict to fail on a missed target).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { alexResults, alexVersion } from './alex-baseline';
import { loadSets, type Loaded } from './datasets';
import { annomiRates, evaluateAnnomi, evaluateDev, evaluateEpitome } from './evaluate';
import { type CheckResult, runInWorkers } from './pool';
import { renderMarkdown, renderText, targets, type Figures } from './report';
import { keepTiersSection } from './tiers-main';

export const USAGE = `usage: npm run eval [-- options]
  --no-alex      skip the alex baseline
  --fresh-alex   ignore alex's cached results and recompute them
  --no-write     print only; leave docs/quality.md alone
  --json         print the figures as JSON instead of tables
  --strict       exit 1 when a done-criteria target fails
  --only SETS    only these sets (dev,heldout,annomi,epitome), e.g. --only dev for a quick look while editing
                 rules; a partial run never writes docs/quality.md`;

export async function main(argv: string[], { root, workerPath }: { root: string; workerPath: string }): Promise<number> {
  const known = ['--no-alex', '--fresh-alex', '--no-write', '--json', '--strict'];
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? (argv[onlyAt + 1] ?? '').split(',').filter(Boolean) : null;
  const rest = onlyAt >= 0 ? argv.filter((_, i) => i !== onlyAt && i !== onlyAt + 1) : argv;
  const unknown = [
    ...rest.filter((a) => !known.includes(a)),
    ...(only ?? []).filter((s) => !['dev', 'heldout', 'annomi', 'epitome'].includes(s)),
  ];
  if (unknown.length || (only && !only.length)) {
    console.error(`eval: unknown option ${unknown.join(' ')}\n${USAGE}`);
    return 2;
  }
  const flag = (name: string) => argv.includes(name);
  const started = Date.now();
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const sets = loadSets(root);
  const skipped: string[] = [];
  const ok = <T>(name: string, set: Loaded<T>, what: string): T[] | null => {
    if (set.ok) return set.rows;
    skipped.push(`${name}: ${set.reason} (${set.path}); skipped ${what}`);
    log(`eval: ${skipped.at(-1)}`);
    return null;
  };
  const wanted = (id: string) => !only || only.includes(id);
  const dev = wanted('dev') ? ok('dev corpus', sets.dev, 'the dev-corpus figures and their targets') : null;
  const heldout = wanted('heldout') ? ok('held-out set', sets.heldout, 'the held-out figures') : null;
  const annomi = wanted('annomi') ? ok('AnnoMI', sets.annomi, 'the AnnoMI figures and their targets') : null;
  const epitome = wanted('epitome') ? ok('EPITOME', sets.epitome, 'the EPITOME figures and their target') : null;

  // One engine pass over every text, split across worker threads.
  const texts = [
    ...(dev ?? []).map((r) => r.text),
    ...(heldout ?? []).map((r) => r.text),
    ...(annomi ?? []).map((r) => r.text),
    ...(epitome ?? []).map((r) => r.response),
  ];
  const progress = (what: string) => (done: number, total: number) => {
    if (process.stderr.isTTY) process.stderr.write(`\r${what}: ${done}/${total}${done === total ? '\n' : ''}`);
  };
  // Each distinct text once: AnnoMI repeats many short utterances ("Okay.", "Mm-hmm.").
  const distinct = [...new Set(texts)];
  const byText = new Map<string, CheckResult>();
  for (const [i, r] of (await runInWorkers(workerPath, 'engine', distinct, progress('attune'))).entries()) byText.set(distinct[i]!, r);
  const engine = texts.map((t) => byText.get(t)!);
  const devEngine = engine.slice(0, dev?.length ?? 0);
  const heldoutEngine = engine.slice(devEngine.length, devEngine.length + (heldout?.length ?? 0));
  const annomiStart = devEngine.length + heldoutEngine.length;
  const annomiEngine = engine.slice(annomiStart, annomiStart + (annomi?.length ?? 0));
  const epitomeEngine = engine.slice(annomiStart + annomiEngine.length);
  const engineSeconds = (Date.now() - started) / 1000;

  const fig: Figures = { skipped };
  if (dev) fig.dev = { engine: evaluateDev(dev, devEngine) };
  if (heldout) fig.heldout = evaluateDev(heldout, heldoutEngine);
  if (annomi) fig.annomi = { n: annomi.length, engine: evaluateAnnomi(annomi, annomiEngine) };
  if (epitome) fig.epitome = { n: epitome.length, signals: evaluateEpitome(epitome, epitomeEngine) };

  // The alex baseline runs on the dev corpus and AnnoMI (EPITOME is about signals, which alex has none of).
  if (flag('--no-alex')) skipped.push('alex baseline: --no-alex given');
  else if (dev || annomi) {
    try {
      fig.alexVersion = alexVersion(root);
      const alexTexts = [...(dev ?? []).map((r) => r.text), ...(annomi ?? []).map((r) => r.text), ...(heldout ?? []).map((r) => r.text)];
      const { results, computed } = await alexResults(root, workerPath, alexTexts, {
        fresh: flag('--fresh-alex'),
        onProgress: progress('alex (first run only)'),
      });
      if (computed) log(`eval: alex checked ${computed} new texts (cached for next time)`);
      if (dev && fig.dev) fig.dev.alex = evaluateDev(dev, results.slice(0, dev.length));
      const annomiEnd = (dev?.length ?? 0) + (annomi?.length ?? 0);
      if (annomi && fig.annomi) fig.annomi.alexRates = annomiRates(annomi, results.slice(dev?.length ?? 0, annomiEnd));
      if (heldout) fig.heldoutAlex = evaluateDev(heldout, results.slice(annomiEnd));
    } catch (err) {
      skipped.push(`alex baseline: ${(err as Error).message}`);
      log(`eval: alex baseline failed: ${(err as Error).message}`);
    }
  }

  const seconds = (Date.now() - started) / 1000;
  if (flag('--json'))
    console.log(JSON.stringify({ ...fig, targets: targets(fig), seconds: { engine: engineSeconds, total: seconds } }, null, 1));
  else console.log(renderText(fig));
  if (only) log('eval: partial run (--only); docs/quality.md left alone');
  else if (!flag('--no-write')) {
    const out = resolve(root, 'docs/quality.md');
    const doc = renderMarkdown(fig, { date: new Date().toISOString().slice(0, 10), rules: ruleCount(root) });
    writeFileSync(out, keepTiersSection(doc, existsSync(out) ? readFileSync(out, 'utf8') : ''));
    log(`eval: wrote docs/quality.md`);
  }
  log(
    `eval: ${texts.length} texts (${distinct.length} distinct) through the engine in ${engineSeconds.toFixed(1)} s; ${seconds.toFixed(1)} s in all`,
  );
  return flag('--strict') && targets(fig).some((t) => t.pass === false) ? 1 : 0;
}

function ruleCount(root: string): number {
  try {
    return (JSON.parse(readFileSync(resolve(root, 'generated/rules.json'), 'utf8')) as { rules: unknown[] }).rules.length;
  } catch {
    return 0;
  }
}
