// `attune check`: the engine as a linter for drafts and canned replies.
import { readFileSync, writeFileSync } from 'node:fs';
import { createIncrementalAnalyzer, type AnalyzeOptions, type Category } from '../engine';
import { CATEGORIES, SEVERITIES, type Finding } from '../engine/types';
import { type CheckArgs, type Format, parseCommand, USAGE, UsageError } from './args';
import { unifiedDiff } from './diff';
import { type Analyse, fixText } from './fix';
import { type Checked, CSV_HEADER, csvRow, csvRows, record, textLines } from './format';
import { FIXED_SUFFIX, listFiles, readText, type Reply, splitReplies } from './inputs';
import { loadPack } from './pack';
import { summarise, summaryLines } from './summary';
import { VERSION } from './version';

export interface Io {
  stdin: () => string;
  out: (line: string) => void;
  err: (line: string) => void;
}

const nodeIo: Io = {
  stdin: () => readFileSync(0, 'utf8'),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Runs the command and returns its exit code. */
export function main(argv: string[], io: Io = nodeIo): number {
  try {
    const command = parseCommand(argv);
    if (command.kind === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (command.kind === 'version') {
      io.out(`attune ${VERSION}`);
      return 0;
    }
    return check(command.args, io);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`attune: ${err.message}`);
    io.err('run "attune --help" for the options');
    return 2;
  }
}

/** The engine options from --pack, --categories and --sensitivity; a refused pack is a usage error. */
function analyzeOptions(args: CheckArgs): AnalyzeOptions {
  let options: AnalyzeOptions = { sensitivity: args.sensitivity };
  let categories: readonly Category[] | undefined = args.categories;
  if (args.pack !== null) {
    const read = readText(args.pack);
    if ('problem' in read) throw new UsageError(`--pack ${read.problem}`);
    const pack = loadPack(read.text);
    if (!pack.ok) throw new UsageError(`--pack ${args.pack} refused: ${pack.error}`);
    options = { ...options, ...pack.options };
    // The team's switched-off categories stay off even when --categories names them.
    if (pack.off.length) categories = (categories ?? CATEGORIES).filter((c) => !pack.off.includes(c));
  }
  return categories ? { ...options, categories } : options;
}

function check(args: CheckArgs, io: Io): number {
  const options = analyzeOptions(args);
  // One analyzer for the run: a sentence repeated across canned replies is parsed once.
  const analyzer = createIncrementalAnalyzer(options);
  const analyse = (text: string) => analyzer.update(text);
  const problems: string[] = [];
  const problem = (message: string) => {
    problems.push(message);
    io.err(`attune: ${message}`);
  };

  if (args.fix) return fix(args, analyse, io, problem, () => problems.length);

  const sources: { file: string; text: string; jsonl: boolean }[] = [];
  if (args.jsonl !== null) {
    const text = args.jsonl === '-' ? io.stdin() : readText(args.jsonl);
    if (typeof text === 'string') sources.push({ file: '<stdin>', text, jsonl: true });
    else if ('text' in text) sources.push({ file: args.jsonl, text: text.text, jsonl: true });
    else problem(text.problem);
  } else if (!args.files.length) sources.push({ file: '<stdin>', text: io.stdin(), jsonl: false });
  else {
    const listed = listFiles(args.files, args.recursive, args.ext);
    for (const p of listed.problems) problem(p);
    for (const file of listed.files) {
      const read = readText(file);
      if ('problem' in read) problem(read.problem);
      else sources.push({ file, text: read.text, jsonl: false });
    }
  }

  // --jsonl without --format keeps its contract: one line out per line in, errors in line.
  const format: Format | 'jsonl-contract' = args.format ?? (args.jsonl !== null ? 'jsonl-contract' : 'text');
  const all: Checked[] = [];
  const jsonErrors: Record<string, unknown>[] = [];
  if (format === 'csv') io.out(csvRow(CSV_HEADER));
  const emit = (reply: Reply) => {
    const result = analyse(reply.text);
    const c: Checked = { ...reply, findings: result.findings, signals: result.signals };
    all.push(c);
    if (format === 'text') for (const line of textLines(c)) io.out(line);
    else if (format === 'jsonl') io.out(JSON.stringify(record(c)));
    else if (format === 'jsonl-contract') io.out(JSON.stringify({ id: c.id ?? null, findings: c.findings, signals: c.signals }));
    else if (format === 'csv') for (const row of csvRows(c)) io.out(row);
  };
  for (const source of sources) {
    if (!source.jsonl) {
      for (const reply of splitReplies(source.file, source.text, args.lines)) emit(reply);
      continue;
    }
    for (const entry of jsonlReplies(source.file, source.text)) {
      if (!('error' in entry)) emit(entry);
      else if (format === 'jsonl-contract') io.out(JSON.stringify(entry.error));
      else if (format === 'json') jsonErrors.push(entry.error);
      else problem(`${source.file}:${entry.error.line}: ${entry.error.error}`);
    }
  }

  const summary = args.summary ? summarise(all) : undefined;
  if (format === 'json') {
    io.out(
      JSON.stringify({
        replies: all.map(record),
        ...(jsonErrors.length ? { errors: jsonErrors } : {}),
        problems,
        ...(summary ? { summary } : {}),
      }),
    );
  } else if (summary) {
    // Machine-readable formats keep stdout clean; the overview goes to the terminal.
    const write = format === 'text' ? io.out : io.err;
    if (format === 'text' && all.some((c) => c.findings.length || c.signals.nudge)) write('');
    for (const line of summaryLines(summary)) write(line);
  }
  if (problems.length) return 2;
  return all.some((c) => failing(c.findings, args)) ? 1 : 0;
}

/** Whether findings fail the run: any finding, or with --fail-on one at that severity or higher. */
function failing(findings: readonly Finding[], args: CheckArgs): boolean {
  const limit = args.failOn ? SEVERITIES.indexOf(args.failOn) : SEVERITIES.length - 1;
  return findings.some((f) => SEVERITIES.indexOf(f.severity) <= limit);
}

type JsonlEntry = Reply | { error: { id: unknown; line: number; error: string } };

function jsonlReplies(file: string, input: string): JsonlEntry[] {
  const entries: JsonlEntry[] = [];
  for (const [i, line] of input.split('\n').entries()) {
    if (!line.trim()) continue;
    let r: { id?: unknown; text?: unknown };
    try {
      r = JSON.parse(line);
    } catch (err) {
      entries.push({ error: { id: null, line: i + 1, error: `line ${i + 1} is not valid JSON: ${(err as Error).message}` } });
      continue;
    }
    const id = r && typeof r === 'object' ? (r.id ?? null) : null;
    if (!r || typeof r !== 'object' || typeof r.text !== 'string')
      entries.push({ error: { id, line: i + 1, error: `line ${i + 1} has no "text" string` } });
    else entries.push({ file, line: i + 1, text: r.text, id });
  }
  return entries;
}

/** --fix: rewrite each file (each line with --lines) and write the copy, the file, or a diff. */
function fix(args: CheckArgs, analyse: Analyse, io: Io, problem: (m: string) => void, problemCount: () => number): number {
  const fixOne = (text: string): { text: string; left: number; applied: number } => {
    if (!args.lines) {
      const r = fixText(text, analyse);
      return { text: r.text, left: r.skipped.length, applied: r.applied.length };
    }
    let [left, applied] = [0, 0];
    const out = text.split('\n').map((line) => {
      if (!line.trim()) return line;
      const cr = line.endsWith('\r') ? '\r' : '';
      const r = fixText(line.slice(0, line.length - cr.length), analyse);
      [left, applied] = [left + r.skipped.length, applied + r.applied.length];
      return r.text + cr;
    });
    return { text: out.join('\n'), left, applied };
  };
  let remaining = false;
  if (!args.files.length) {
    if (args.inPlace) throw new UsageError('--in-place needs files; standard input has nowhere to go back to');
    const before = io.stdin();
    const after = fixOne(before);
    remaining ||= after.left > 0;
    if (args.dryRun) for (const line of unifiedDiff(before, after.text, '<stdin>', '<stdin> (fixed)')) io.out(line);
    else io.out(after.text.replace(/\n$/, ''));
    return remaining ? 1 : 0;
  }
  const listed = listFiles(args.files, args.recursive, args.ext);
  for (const p of listed.problems) problem(p);
  for (const file of listed.files) {
    const read = readText(file);
    if ('problem' in read) {
      problem(read.problem);
      continue;
    }
    const after = fixOne(read.text);
    remaining ||= after.left > 0;
    const target = args.inPlace ? file : file + FIXED_SUFFIX;
    if (args.dryRun) for (const line of unifiedDiff(read.text, after.text, file, target)) io.out(line);
    else if (after.applied > 0 || args.inPlace) {
      if (after.text !== read.text || !args.inPlace) writeFileSync(target, after.text);
      io.out(
        `${target}: ${after.applied} rewrite${after.applied === 1 ? '' : 's'}${after.left ? `, ${after.left} left as written (no suggestion fitted)` : ''}`,
      );
    } else if (after.left) io.out(`${file}: nothing rewritten, ${after.left} left as written (no suggestion fitted)`);
  }
  if (problemCount()) return 2;
  return remaining ? 1 : 0;
}
