// The overview a moderator reads first: how many replies need a look, in which categories and files.
import { CATEGORIES } from '../engine/types';
import type { Checked } from './format';

export interface FileCounts {
  file: string;
  replies: number;
  /** Replies with at least one finding or a message-level nudge. */
  nudged: number;
  findings: number;
}

export interface Summary {
  replies: number;
  nudged: number;
  /** nudged / replies, 0 when there are no replies. */
  share: number;
  /** Findings per category, plus `nudge` for message-level nudges; categories with none left out. */
  categories: Record<string, number>;
  files: FileCounts[];
}

export function summarise(checked: readonly Checked[]): Summary {
  const categories = new Map<string, number>();
  const files = new Map<string, FileCounts>();
  let nudged = 0;
  for (const c of checked) {
    const counts = files.get(c.file) ?? { file: c.file, replies: 0, nudged: 0, findings: 0 };
    files.set(c.file, counts);
    counts.replies++;
    counts.findings += c.findings.length;
    const any = c.findings.length > 0 || c.signals.nudge !== undefined;
    if (any) [nudged, counts.nudged] = [nudged + 1, counts.nudged + 1];
    for (const f of c.findings) categories.set(f.category, (categories.get(f.category) ?? 0) + 1);
    if (c.signals.nudge) categories.set('nudge', (categories.get('nudge') ?? 0) + 1);
  }
  const order = [...CATEGORIES, 'nudge'];
  return {
    replies: checked.length,
    nudged,
    share: checked.length ? nudged / checked.length : 0,
    categories: Object.fromEntries(order.filter((c) => categories.has(c)).map((c) => [c, categories.get(c)!])),
    files: [...files.values()],
  };
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export function summaryLines(s: Summary): string[] {
  const width = Math.max(12, ...Object.keys(s.categories).map((c) => c.length), ...s.files.map((f) => f.file.length)) + 2;
  const files = s.files.length === 1 ? '1 file' : `${s.files.length} files`;
  const lines = [
    `summary: ${s.replies} repl${s.replies === 1 ? 'y' : 'ies'} in ${files}; ${s.nudged} (${percent(s.share)}) with any nudge`,
  ];
  if (Object.keys(s.categories).length) {
    lines.push('by category:');
    for (const [c, n] of Object.entries(s.categories)) lines.push(`  ${c.padEnd(width)}${n}`);
  }
  lines.push('by file:');
  for (const f of s.files)
    lines.push(
      `  ${f.file.padEnd(width)}${f.replies} repl${f.replies === 1 ? 'y' : 'ies'}, ${f.nudged} with a nudge, ${f.findings} finding${f.findings === 1 ? '' : 's'}`,
    );
  return lines;
}
