// Styles inside our shadow root only.
import { FAMILIES, FAMILY_COLOURS } from './families';

/** Vertical distance between the waves in the sprite: more than a wave's height, so no row shows in another's box. */
const ROW = 6;

/**
 * One SVG holding every family's wave, one row each (a 6×3 wave at y = 6 × row): each distinct SVG image costs the
 * page an SVG document (~3 ms of style recalc when first drawn), so four families share one image. A mark is 3 px
 * tall and shows exactly its row (the same pixels as a 6×3 image per colour).
 */
function sprite(): string {
  const paths = FAMILIES.map((family, row) => {
    const y = (n: number) => Math.round((n + row * ROW) * 10) / 10;
    return `<path d='M0 ${y(2.2)} Q1.5 ${y(0)} 3 ${y(1.5)} T6 ${y(0.8)}' fill='none' stroke='${FAMILY_COLOURS[family]}' stroke-width='1.3'/>`;
  }).join('');
  const height = FAMILIES.length * ROW;
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' width='6' height='${height}' viewBox='0 0 6 ${height}'>${paths}</svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

const familyRules = FAMILIES.map((family, row) => `.mark.${family} { background-position: left ${-row * ROW}px; }`).join('\n');

export const OVERLAY_CSS = `
:host { all: initial; }
.mirrors { position: fixed; top: 0; left: 0; width: 0; height: 0; overflow: visible; visibility: hidden; }
.mirror { position: fixed; margin: 0; overflow: hidden; border-color: transparent !important; color: transparent; background: none; pointer-events: none; }
.marks { position: fixed; top: 0; left: 0; width: 0; height: 0; overflow: visible; }
.mark, .keep { background-image: ${sprite()}; background-size: 6px ${FAMILIES.length * ROW}px; background-repeat: repeat-x; }
.mark { position: fixed; height: 3px; pointer-events: none; filter: drop-shadow(0 0 0.6px rgba(255,255,255,0.7)); }
/* The keeper (marks.ts): a hidden box that holds the wave image once underlines were drawn. */
.keep { position: fixed; left: 0; top: 0; width: 0; height: 3px; visibility: hidden; pointer-events: none; }
${familyRules}
.badge { position: fixed; width: 18px; height: 18px; border-radius: 9px; border: 1px solid #ffffff; background: #3b82f6;
  color: #ffffff; font: 700 12px/16px system-ui, sans-serif; text-align: center; padding: 0; cursor: pointer;
  pointer-events: auto; box-shadow: 0 1px 3px rgba(0,0,0,0.35); }
.badge:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
.note { position: fixed; padding: 2px 6px; border-radius: 4px; background: #fef3c7; color: #713f12;
  font: 400 11px/1.4 system-ui, sans-serif; pointer-events: none; white-space: nowrap; }
.live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.card { position: fixed; box-sizing: border-box; width: max-content; max-width: min(340px, calc(100vw - 16px)); padding: 12px 14px;
  border-radius: 10px; border: 1px solid #d4d4d8; background: #ffffff; color: #18181b; pointer-events: auto;
  font: 400 13px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; box-shadow: 0 6px 24px rgba(0,0,0,0.18); text-align: left; }
.card .title { display: flex; align-items: center; gap: 6px; font-weight: 650; margin: 0 0 4px; }
.card .dot { width: 8px; height: 8px; border-radius: 4px; flex: none; }
.card .message { margin: 0 0 8px; }
.card .notice { margin: 0 0 8px; padding: 4px 8px; border-radius: 6px; background: #fef3c7; color: #713f12; }
.card .suggestions { display: flex; flex-direction: column; gap: 4px; margin: 0 0 8px; }
.card button { font: inherit; cursor: pointer; }
.card .suggestion { text-align: left; padding: 5px 8px; border-radius: 6px; border: 1px solid #d4d4d8; background: #f4f4f5; color: #18181b; }
.card .suggestion:focus-visible, .card .suggestion.focused { outline: 2px solid #2563eb; outline-offset: 1px; }
.card .actions { display: flex; flex-wrap: wrap; gap: 2px 10px; }
.card .secondary, .card .link { border: none; background: none; padding: 2px 0; color: #52525b; text-decoration: underline; font-size: 12px; }
.card .secondary:focus-visible, .card .link:focus-visible { outline: 2px solid #2563eb; }
/* Last, so the dark rules win over the light ones of the same specificity above. */
@media (prefers-color-scheme: dark) {
  .card { background: #1f1f23; color: #f4f4f5; border-color: #3f3f46; }
  .card .secondary, .card .link { color: #d4d4d8; }
  .card .suggestion { background: #27272a; color: #f4f4f5; border-color: #52525b; }
}
`;
