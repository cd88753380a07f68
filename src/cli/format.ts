// How findings are written out: linter lines, JSON, CSV. Locations are 1-based line and column in the file.
import type { Finding, Nudge, Signals } from '../engine/types';
import type { Reply } from './inputs';

export interface Checked extends Reply {
  findings: Finding[];
  signals: Signals;
}

/** The 1-based line and column in the file of an offset in the reply. */
export function locate(reply: Reply, offset: number): { line: number; col: number } {
  const before = reply.text.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  return { line: reply.line + newlines, col: offset - before.lastIndexOf('\n') };
}

/** `FILE:LINE:COL  category  "flagged words"  why  -> first suggestion` */
export function findingLine(reply: Reply, f: Finding): string {
  const { line, col } = locate(reply, f.start);
  return `${reply.file}:${line}:${col}  ${f.category}  "${f.text}"  ${f.message}  -> ${f.suggestions[0] ?? ''}`;
}

/** A message-level nudge: about the whole reply, so it points at the reply's start. */
export function nudgeLine(reply: Reply, n: Nudge): string {
  const { line, col } = locate(reply, n.at);
  return `${reply.file}:${line}:${col}  nudge  ${n.message}  -> start with "${(n.insert[0] ?? '').trim()}"`;
}

export function textLines(c: Checked): string[] {
  const lines = c.findings.map((f) => findingLine(c, f));
  if (c.signals.nudge) lines.push(nudgeLine(c, c.signals.nudge));
  return lines;
}

/** One reply as a JSON-ready record (the --format jsonl line, and an entry of --format json). */
export function record(c: Checked): Record<string, unknown> {
  return { file: c.file, line: c.line, ...(c.id !== undefined ? { id: c.id } : {}), findings: c.findings, signals: c.signals };
}

export const CSV_HEADER = ['file', 'line', 'col', 'category', 'rule', 'severity', 'phrase', 'message', 'suggestion'];

/** RFC 4180: quote a field holding a comma, quote or line break; double inner quotes. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(fields: readonly (string | number)[]): string {
  return fields.map(csvField).join(',');
}

/** One row per finding; a message-level nudge is a row of category "nudge" with no phrase. */
export function csvRows(c: Checked): string[] {
  const rows = c.findings.map((f) => {
    const { line, col } = locate(c, f.start);
    return csvRow([c.file, line, col, f.category, f.rule, f.severity, f.text, f.message, f.suggestions[0] ?? '']);
  });
  const n = c.signals.nudge;
  if (n) {
    const { line, col } = locate(c, n.at);
    rows.push(csvRow([c.file, line, col, 'nudge', n.rule, '', '', n.message, (n.insert[0] ?? '').trim()]));
  }
  return rows;
}
