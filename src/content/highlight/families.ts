// Underline colour per category family. Mid-luminance hues so the line reads on both light and dark pages.
import type { Category } from '../engine-client';

export type Family = 'dismissing' | 'redirecting' | 'judging' | 'phrasing';

const FAMILY_OF: Record<Category, Family> = {
  minimizing: 'dismissing',
  dismissing: 'dismissing',
  'toxic-positivity': 'dismissing',
  'unsolicited-advice': 'redirecting',
  'self-focus': 'redirecting',
  transactional: 'redirecting',
  judging: 'judging',
  labeling: 'judging',
  'closed-question': 'phrasing',
  'but-negation': 'phrasing',
};

export const FAMILY_COLOURS: Record<Family, string> = {
  dismissing: '#f0642a',
  redirecting: '#3b82f6',
  judging: '#c150e0',
  phrasing: '#14a89a',
};

export const FAMILIES = Object.keys(FAMILY_COLOURS) as Family[];

export function familyOf(category: Category): Family {
  return FAMILY_OF[category] ?? 'phrasing';
}

const CATEGORY_NAMES: Record<Category, string> = {
  minimizing: 'Minimizing',
  dismissing: 'Dismissing',
  'toxic-positivity': 'Toxic positivity',
  'unsolicited-advice': 'Unsolicited advice',
  'self-focus': 'Turning to yourself',
  transactional: 'Transactional',
  judging: 'Judging',
  labeling: 'Labeling',
  'closed-question': 'Closed question',
  'but-negation': '“But” cancels what came before',
};

export function categoryName(category: Category): string {
  return CATEGORY_NAMES[category] ?? category;
}
