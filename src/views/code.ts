// Each view's code, loaded on demand (charts, tables): the app's lazy views (App.tsx), and the
// boot script, which starts loading the view a page drawn in the browser needs with the app.

import type { ComponentType } from 'react';
import type { View } from '../state/url';

export const LOADERS = {
  drill: () => import('./Drill'),
  split: () => import('./Split'),
  compare: () => import('./Compare'),
  projects: () => import('./Projects'),
  department: () => import('./Department'),
  quality: () => import('./Quality'),
  source: () => import('./Source'),
  project: () => import('./Project'),
} satisfies Record<Exclude<View, 'overview'>, () => Promise<unknown>>;

/** The view's code (none for the overview, which is in the app's own chunk). */
export function loadView(view: View): Promise<{ default: ComponentType } | null> {
  return view === 'overview' ? Promise.resolve(null) : LOADERS[view]();
}
