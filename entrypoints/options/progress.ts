// "Your progress": nudges shown and suggestions accepted per week over the last 12 weeks, drawn
// as inline SVG from the local counts, with the same numbers as a table for screen readers.
import { CATEGORIES, type Category } from '../../src/engine/types';
import { categoryKey, t } from '../../src/settings/i18n';
import { lastWeeks, weeklyTotals, type Stats, type WeekTotal } from '../../src/settings/stats';
import { clearStats, loadStats } from '../../src/settings/storage';
import { byId, h } from './context';

const WEEKS = 12;
const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

const weekLabel = (week: string) => week.slice(5); // "2026-W07" -> "W07"

export function drawChart(totals: WeekTotal[]): SVGSVGElement {
  const width = 680;
  const height = 220;
  const left = 36;
  const bottom = 28;
  const top = 10;
  const plotH = height - bottom - top;
  const max = Math.max(1, ...totals.map((w) => Math.max(w.shown, w.accepted)));
  const slot = (width - left) / totals.length;
  const bar = Math.min(18, slot / 2 - 4);
  const shownSum = totals.reduce((n, w) => n + w.shown, 0);
  const acceptedSum = totals.reduce((n, w) => n + w.accepted, 0);

  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'chart-title chart-desc' });
  root.append(
    svg('title', { id: 'chart-title' }, t('progressChartTitle')),
    svg('desc', { id: 'chart-desc' }, t('progressChartDesc', [String(shownSum), String(acceptedSum), String(totals.length)])),
  );
  const y = (v: number) => top + plotH - (v / max) * plotH;
  for (const tick of [0, Math.round(max / 2), max]) {
    root.append(
      svg('line', { class: 'axis', x1: left, x2: width, y1: y(tick), y2: y(tick), 'stroke-dasharray': tick ? '2 3' : '0' }),
      svg('text', { x: left - 6, y: y(tick) + 4, 'text-anchor': 'end' }, String(tick)),
    );
  }
  totals.forEach((w, i) => {
    const x = left + i * slot + slot / 2;
    root.append(
      svg('rect', { class: 'shown', x: x - bar - 1, y: y(w.shown), width: bar, height: top + plotH - y(w.shown) }),
      svg('rect', { class: 'accepted', x: x + 1, y: y(w.accepted), width: bar, height: top + plotH - y(w.accepted) }),
      svg('text', { x, y: height - 8, 'text-anchor': 'middle' }, weekLabel(w.week)),
    );
  });
  return root;
}

function drawTable(table: HTMLTableElement, totals: WeekTotal[]): void {
  table.replaceChildren(
    h('caption', { class: 'visually-hidden' }, t('progressChartTitle')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('progressWeek')),
        h('th', { scope: 'col' }, t('progressShown')),
        h('th', { scope: 'col' }, t('progressAccepted')),
      ),
    ),
    h(
      'tbody',
      {},
      ...totals.map((w) => h('tr', {}, h('th', { scope: 'row' }, w.week), h('td', {}, String(w.shown)), h('td', {}, String(w.accepted)))),
    ),
  );
}

export function setupProgress(): () => Promise<void> {
  const select = byId<HTMLSelectElement>('progress-category');
  const chart = byId('progress-chart');
  const empty = byId('progress-empty');
  const tableWrap = byId('progress-table-wrap');
  const table = byId<HTMLTableElement>('progress-table');
  const clear = byId<HTMLButtonElement>('progress-clear');
  let stats: Stats = {};

  select.append(h('option', { value: '' }, t('progressAllCategories')));
  for (const c of CATEGORIES) select.append(h('option', { value: c }, t(categoryKey(c, 'name'))));

  const draw = () => {
    const weeks = lastWeeks(Date.now(), WEEKS);
    const everything = weeklyTotals(stats, weeks);
    const isNew = everything.every((w) => w.shown === 0 && w.accepted === 0);
    empty.hidden = !isNew;
    select.disabled = isNew;
    tableWrap.hidden = isNew;
    clear.hidden = isNew;
    if (isNew) return chart.replaceChildren();
    const totals = weeklyTotals(stats, weeks, (select.value || undefined) as Category | undefined);
    chart.replaceChildren(
      drawChart(totals),
      h(
        'p',
        { class: 'legend', 'aria-hidden': 'true' },
        h('span', {}, h('span', { class: 'swatch shown' }), t('progressShown')),
        h('span', {}, h('span', { class: 'swatch accepted' }), t('progressAccepted')),
      ),
    );
    drawTable(table, totals);
  };
  select.addEventListener('change', draw);
  clear.addEventListener('click', async () => {
    await clearStats();
    stats = {};
    draw();
    empty.focus();
  });
  empty.tabIndex = -1;

  return async () => {
    stats = await loadStats();
    draw();
  };
}
