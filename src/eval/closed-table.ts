// The by-shape table of closed-question results (pure, so it can be tested on hand-made rows).
import { SHAPES, tallyShapes } from './closed-shapes';
import type { Table } from './table';

export interface ClosedRow {
  text: string;
  closed: boolean;
  flagged: boolean;
}

export function closedShapeTable(rows: readonly ClosedRow[]): Table {
  const counts = tallyShapes(rows);
  const total = { found: 0, missed: 0, falsePositive: 0, open: 0 };
  const line = (name: string, c: typeof total) => [
    name,
    String(c.found + c.missed),
    String(c.found),
    String(c.missed),
    String(c.open),
    String(c.falsePositive),
  ];
  const body = SHAPES.map((s) => {
    const c = counts[s];
    total.found += c.found;
    total.missed += c.missed;
    total.falsePositive += c.falsePositive;
    total.open += c.open;
    return line(s, c);
  });
  return {
    title: 'AnnoMI closed-question results by question shape',
    head: ['shape', 'closed', 'found', 'missed', 'open', 'open flagged'],
    rows: [...body, line('all', total)],
  };
}
