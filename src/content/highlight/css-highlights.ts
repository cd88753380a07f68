// Custom Highlight API underlines for contenteditables in the page document: the browser draws them with the text,
// so they follow scrolling and layout for free. ::highlight() rules must be in a stylesheet of that document.
import { FAMILIES, FAMILY_COLOURS, type Family } from './families';

interface HighlightCtor {
  new (...ranges: AbstractRange[]): Set<AbstractRange>;
}

type Registry = Map<string, Set<AbstractRange>>;

function registry(view: Window): { registry: Registry; Highlight: HighlightCtor } | null {
  const css = (view as unknown as { CSS?: { highlights?: Registry } }).CSS;
  const Highlight = (view as unknown as { Highlight?: HighlightCtor }).Highlight;
  if (!css?.highlights || typeof Highlight !== 'function') return null;
  return { registry: css.highlights, Highlight };
}

export function highlightName(family: Family): string {
  return `attune-${family}`;
}

export class CssHighlighter {
  private styleInjected = false;
  private readonly api;

  constructor(private readonly doc: Document) {
    this.api = registry(doc.defaultView ?? window);
  }

  /** Whether text in this field can be underlined with CSS highlights. */
  supports(field: HTMLElement): boolean {
    return this.api !== null && field.getRootNode() === this.doc;
  }

  private injectStyle(): void {
    if (this.styleInjected) return;
    this.styleInjected = true;
    const style = this.doc.createElement('style');
    style.setAttribute('data-attune', 'highlights');
    style.textContent = FAMILIES.map(
      (family) =>
        `::highlight(${highlightName(family)}) { text-decoration-line: underline; text-decoration-style: wavy; text-decoration-color: ${FAMILY_COLOURS[family]}; text-decoration-thickness: 2px; }`,
    ).join('\n');
    (this.doc.head ?? this.doc.documentElement).append(style);
  }

  /** Replace all Attune highlights in the document with these ranges. */
  paint(rangesByFamily: ReadonlyMap<Family, Range[]>): void {
    if (!this.api) return;
    const { registry: reg, Highlight } = this.api;
    let any = false;
    for (const family of FAMILIES) {
      const ranges = rangesByFamily.get(family) ?? [];
      if (ranges.length === 0) {
        reg.delete(highlightName(family));
        continue;
      }
      any = true;
      reg.set(highlightName(family), new Highlight(...ranges));
    }
    if (any) this.injectStyle();
  }

  clear(): void {
    if (!this.api) return;
    for (const family of FAMILIES) this.api.registry.delete(highlightName(family));
  }
}
