// Parses `attune` arguments. Usage errors throw UsageError (exit code 2).
import { CATEGORIES, SENSITIVITIES, SEVERITIES, type Category, type Sensitivity, type Severity } from '../engine/types';
import { closest } from './closest';

export class UsageError extends Error {}

export const FORMATS = ['text', 'json', 'jsonl', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface CheckArgs {
  files: string[];
  jsonl: string | null;
  /** Null when not given: the default depends on the input (text, or the --jsonl line contract). */
  format: Format | null;
  categories?: Category[];
  sensitivity: Sensitivity;
  summary: boolean;
  failOn: Severity | null;
  pack: string | null;
  /** Each line of a text file is one reply. */
  lines: boolean;
  recursive: boolean;
  /** File endings read inside folders with --recursive. */
  ext: string[];
  fix: boolean;
  dryRun: boolean;
  inPlace: boolean;
}

export type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'check'; args: CheckArgs };

export const USAGE = `usage: attune check [options] [FILE|FOLDER...]   check files (or standard input when none)
       attune check --jsonl FILE|-                  one {"id","text"} object a line in, one result a line out
       attune --help | --version
input:
  --recursive             check the files inside folders (with --ext, default .txt,.md)
  --ext .txt,.md          file endings to read inside folders
  --lines                 each line of a file is one reply (canned replies, one a line)
  --jsonl FILE|-          JSON lines input, one {"id","text"} a line
output:
  --format FORMAT         text (default) | json (one document) | jsonl (one reply a line) | csv (one finding a row)
  --summary               counts per category and per file, and the share of replies with any nudge
                          (on standard error with --format csv or jsonl, so the output stays clean)
  --fail-on LEVEL         exit 1 only for findings of this severity or higher: high | medium | low
team settings:
  --pack FILE             a rule pack exported from Attune's options: team rules, ignored phrases, categories
  --categories a,b        only these categories (${CATEGORIES.join(', ')})
  --sensitivity LEVEL     gentle | standard | thorough (default standard)
rewriting:
  --fix                   write each finding's first fitting suggestion into FILE.attune.txt
  --dry-run               with --fix: print a unified diff instead of writing
  --in-place              with --fix: overwrite FILE itself
exit: 0 nothing flagged, 1 something flagged, 2 usage error or an unreadable path (the others are still checked)`;

const VALUE_FLAGS = ['--jsonl', '--format', '--categories', '--sensitivity', '--fail-on', '--pack', '--ext'] as const;
const SWITCHES = ['--summary', '--lines', '--recursive', '--fix', '--dry-run', '--in-place', '--help', '-h'] as const;
const KNOWN = [...VALUE_FLAGS, ...SWITCHES];

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (allowed.includes(value as T)) return value as T;
  const hint = closest(value, allowed);
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}"${hint ? `; did you mean ${hint}?` : ''})`);
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
}

export function parseCommand(argv: string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('missing command');
  if (command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command === '--version' || command === '-v') return { kind: 'version' };
  if (command !== 'check') {
    const hint = closest(command, ['check', 'help', '--help', '--version']);
    throw new UsageError(`unknown command "${command}"${hint ? ` (did you mean ${hint}?)` : ''}`);
  }
  if (rest.includes('--help') || rest.includes('-h')) return { kind: 'help' };
  return { kind: 'check', args: parseCheck(rest) };
}

function parseCheck(rest: string[]): CheckArgs {
  const args: CheckArgs = {
    files: [],
    jsonl: null,
    format: null,
    sensitivity: 'standard',
    summary: false,
    failOn: null,
    pack: null,
    lines: false,
    recursive: false,
    ext: ['.txt', '.md'],
    fix: false,
    dryRun: false,
    inPlace: false,
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag = arg, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s) : [arg];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = rest[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--jsonl') args.jsonl = value();
    else if (flag === '--format') args.format = oneOf('--format', value(), FORMATS);
    else if (flag === '--categories') {
      const wanted = list(value());
      const bad = wanted.filter((c) => !CATEGORIES.includes(c as Category));
      if (bad.length) {
        const hint = closest(bad[0]!, CATEGORIES);
        throw new UsageError(
          `unknown categor${bad.length > 1 ? 'ies' : 'y'}: ${bad.join(', ')}${hint ? ` (did you mean ${hint}?)` : ''} (known: ${CATEGORIES.join(', ')})`,
        );
      }
      args.categories = wanted as Category[];
    } else if (flag === '--sensitivity') args.sensitivity = oneOf('--sensitivity', value(), SENSITIVITIES);
    else if (flag === '--fail-on') args.failOn = oneOf('--fail-on', value(), SEVERITIES);
    else if (flag === '--pack') args.pack = value();
    else if (flag === '--ext') {
      args.ext = list(value()).map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase());
      if (!args.ext.length) throw new UsageError('--ext needs at least one ending, e.g. --ext .txt,.md');
    } else if (flag === '--summary') args.summary = true;
    else if (flag === '--lines') args.lines = true;
    else if (flag === '--recursive' || flag === '-r') args.recursive = true;
    else if (flag === '--fix') args.fix = true;
    else if (flag === '--dry-run') args.dryRun = true;
    else if (flag === '--in-place') args.inPlace = true;
    else if (arg.startsWith('-') && arg !== '-') {
      const hint = closest(flag, KNOWN);
      throw new UsageError(`unknown option ${flag}${hint ? ` (did you mean ${hint}?)` : ''}`);
    } else args.files.push(arg);
  }
  if (args.jsonl !== null && args.files.length) throw new UsageError('--jsonl takes one input; do not also name files');
  if ((args.dryRun || args.inPlace) && !args.fix) throw new UsageError(`${args.dryRun ? '--dry-run' : '--in-place'} goes with --fix`);
  if (args.dryRun && args.inPlace) throw new UsageError('--dry-run and --in-place do not go together: pick one');
  if (args.fix && args.jsonl !== null) throw new UsageError('--fix works on text files, not --jsonl');
  return args;
}
