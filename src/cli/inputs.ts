// What the moderator named on the command line, turned into files to read and replies to check.
// A path that cannot be read is reported in plain words and the run goes on with the others.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One reply to check: the whole file, or one line of it with --lines. */
export interface Reply {
  file: string;
  /** 1-based line of the file where the reply starts. */
  line: number;
  text: string;
  /** The id of a --jsonl record. */
  id?: unknown;
}

/** Files Attune itself wrote with --fix; never read back as canned replies. */
export const FIXED_SUFFIX = '.attune.txt';

function why(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'not found';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'EISDIR') return 'is a folder: pass its files or use --recursive';
  return `cannot be read (${code ?? (err as Error).message})`;
}

/** Reads a file's text, or says in plain words why not. */
export function readText(path: string): { text: string } | { problem: string } {
  try {
    return { text: readFileSync(path, 'utf8') };
  } catch (err) {
    return { problem: `${path}: ${why(err)}` };
  }
}

/** The files behind the named paths, in a stable order; folders only with `recursive`. */
export function listFiles(paths: readonly string[], recursive: boolean, ext: readonly string[]): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  const walk = (folder: string) => {
    let entries: string[];
    try {
      entries = readdirSync(folder).sort();
    } catch (err) {
      problems.push(`${folder}: ${why(err)}`);
      return;
    }
    for (const name of entries) {
      const path = join(folder, name);
      let isFolder: boolean;
      try {
        isFolder = statSync(path).isDirectory();
      } catch {
        continue; // a dangling link inside a folder is not something the moderator named
      }
      if (isFolder) {
        if (!name.startsWith('.') && name !== 'node_modules') walk(path);
      } else if (ext.some((e) => name.toLowerCase().endsWith(e)) && !name.endsWith(FIXED_SUFFIX)) files.push(path);
    }
  };
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (err) {
      problems.push(`${path}: ${why(err)}`);
      continue;
    }
    if (!isFolder) files.push(path);
    else if (recursive) walk(path);
    else problems.push(`${path}: is a folder: pass its files or use --recursive`);
  }
  return { files, problems };
}

/** A file's replies: the whole text, or each non-blank line with `lines`. */
export function splitReplies(file: string, text: string, lines: boolean): Reply[] {
  if (!lines) return [{ file, line: 1, text }];
  return text
    .split('\n')
    .map((t, i) => ({ file, line: i + 1, text: t.replace(/\r$/, '') }))
    .filter((r) => r.text.trim() !== '');
}
