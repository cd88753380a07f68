// Parses `attune check` arguments. Usage errors throw UsageError (exit code 2).
import { CATEGORIES, SENSITIVITIES, type Category, type Sensitivity } from '../engine/types';

export class UsageError extends Error {}

export interface CheckArgs {
  files: string[];
  jsonl: string | null;
  format: 'text' | 'json';
  categories?: Category[];
  sensitivity: Sensitivity;
}

export const USAGE = `usage: attune check [FILE...]            check files (or standard input when none)
       attune check --jsonl FILE|-         one {"id","text"} object a line in, one result a line out
options:
  --format text|json      output for a single text (default text)
  --categories a,b        only these categories (${CATEGORIES.join(', ')})
  --sensitivity LEVEL     gentle | standard | thorough (default standard)
exit: 0 nothing flagged, 1 something flagged, 2 usage error or unreadable file`;

export function parseArgs(argv: string[]): CheckArgs {
  const [command, ...rest] = argv;
  if (command !== 'check') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  const args: CheckArgs = { files: [], jsonl: null, format: 'text', sensitivity: 'standard' };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = (): string => {
      const [flag, inline] = arg.split(/=(.*)/s);
      if (inline !== undefined) return inline;
      const next = rest[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    const flag = arg.split('=')[0];
    if (flag === '--jsonl') args.jsonl = value();
    else if (flag === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be text or json (got "${f}")`);
      args.format = f;
    } else if (flag === '--categories') {
      const list = value()
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean);
      const bad = list.filter((c) => !CATEGORIES.includes(c as Category));
      if (bad.length)
        throw new UsageError(`unknown categor${bad.length > 1 ? 'ies' : 'y'}: ${bad.join(', ')} (known: ${CATEGORIES.join(', ')})`);
      args.categories = list as Category[];
    } else if (flag === '--sensitivity') {
      const s = value();
      if (!SENSITIVITIES.includes(s as Sensitivity)) throw new UsageError(`--sensitivity must be one of ${SENSITIVITIES.join(', ')}`);
      args.sensitivity = s as Sensitivity;
    } else if (arg === '-h' || arg === '--help') throw new UsageError('');
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else args.files.push(arg);
  }
  if (args.jsonl !== null && args.files.length) throw new UsageError('--jsonl takes one input; do not also name files');
  return args;
}
