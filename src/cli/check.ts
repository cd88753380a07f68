// `attune check`: the engine as a linter for drafts and canned replies.
import { readFileSync } from 'node:fs';
import { analyze, type AnalysisResult, type AnalyzeOptions, type Finding } from '../engine';
import { parseArgs, USAGE, UsageError, type CheckArgs } from './args';

export interface Io {
  stdin: () => string;
  readFile: (path: string) => string;
  out: (line: string) => void;
  err: (line: string) => void;
}

const nodeIo: Io = {
  stdin: () => readFileSync(0, 'utf8'),
  readFile: (path) => readFileSync(path, 'utf8'),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Runs the command and returns its exit code. */
export function main(argv: string[], io: Io = nodeIo): number {
  let args: CheckArgs;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    if (err.message) io.err(`attune: ${err.message}`);
    io.err(USAGE);
    return 2;
  }
  const options: AnalyzeOptions = { categories: args.categories, sensitivity: args.sensitivity };
  const read = (name: string): string | null => {
    try {
      return name === '-' ? io.stdin() : io.readFile(name);
    } catch (err) {
      io.err(`attune: cannot read ${name}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      return null;
    }
  };

  if (args.jsonl !== null) {
    const input = read(args.jsonl);
    return input === null ? 2 : checkJsonl(input, options, io);
  }
  const inputs = args.files.length ? args.files : ['-'];
  const texts: { name: string; text: string }[] = [];
  for (const name of inputs) {
    const text = read(name);
    if (text === null) return 2;
    texts.push({ name: name === '-' ? '<stdin>' : name, text });
  }
  let flagged = false;
  for (const { name, text } of texts) {
    const result = analyze(text, options);
    if (result.findings.length) flagged = true;
    if (args.format === 'json') io.out(JSON.stringify({ file: name, ...result }));
    else for (const f of result.findings) io.out(formatFinding(name, text, f));
  }
  return flagged ? 1 : 0;
}

function checkJsonl(input: string, options: AnalyzeOptions, io: Io): number {
  let flagged = false;
  for (const [i, line] of input.split('\n').entries()) {
    if (!line.trim()) continue;
    let record: { id?: unknown; text?: unknown };
    try {
      record = JSON.parse(line);
    } catch (err) {
      io.out(JSON.stringify({ id: null, line: i + 1, error: `line ${i + 1} is not valid JSON: ${(err as Error).message}` }));
      continue;
    }
    const id = record && typeof record === 'object' ? (record.id ?? null) : null;
    if (!record || typeof record !== 'object' || typeof record.text !== 'string') {
      io.out(JSON.stringify({ id, line: i + 1, error: `line ${i + 1} has no "text" string` }));
      continue;
    }
    const result: AnalysisResult = analyze(record.text, options);
    if (result.findings.length) flagged = true;
    io.out(JSON.stringify({ id, findings: result.findings, signals: result.signals }));
  }
  return flagged ? 1 : 0;
}

/** `FILE:LINE:COL  category  message  -> first suggestion`, with 1-based line and column. */
export function formatFinding(file: string, text: string, f: Finding): string {
  const before = text.slice(0, f.start);
  const line = before.split('\n').length;
  const col = f.start - before.lastIndexOf('\n');
  return `${file}:${line}:${col}  ${f.category}  ${f.message}  -> ${f.suggestions[0]}`;
}
