// The “三公” vocabulary, once: each item's key in the data, its column key in a table's schema,
// its key among the narrative's figures, its Chinese and English names, and — for the items
// the basic-expenditure table also prints — its economic code.

import type { SanGong } from './budget';

export interface SanGongItem {
  key: keyof SanGong;
  /** Column key in a “三公” table's schema. */
  column: string;
  /** Key of the narrative's figure for it. */
  narrative: string;
  zh: string;
  en: string;
  /** A part of the item above it (公务用车购置及运行费's purchase and operation). */
  sub: boolean;
  /** Economic code (部门支出经济分类) of the same spending in the basic-expenditure table. */
  economic: string | null;
}

export const SAN_GONG_ITEMS: readonly SanGongItem[] = [
  {
    key: 'total',
    column: 'total',
    narrative: 'san-gong-total',
    zh: '“三公”经费合计',
    en: 'Total',
    sub: false,
    economic: null,
  },
  {
    key: 'abroad',
    column: 'abroad',
    narrative: 'san-gong-abroad',
    zh: '因公出国（境）费',
    en: 'Official trips abroad',
    sub: false,
    economic: null,
  },
  {
    key: 'vehicle',
    column: 'vehicle',
    narrative: 'san-gong-vehicle',
    zh: '公务用车购置及运行费',
    en: 'Official vehicles',
    sub: false,
    economic: null,
  },
  {
    key: 'vehiclePurchase',
    column: 'vehicle-purchase',
    narrative: 'san-gong-vehicle-purchase',
    zh: '公务用车购置费',
    en: 'purchase',
    sub: true,
    economic: null,
  },
  {
    key: 'vehicleOperation',
    column: 'vehicle-operation',
    narrative: 'san-gong-vehicle-operation',
    zh: '公务用车运行费',
    en: 'operation',
    sub: true,
    economic: '30231',
  },
  {
    key: 'reception',
    column: 'reception',
    narrative: 'san-gong-reception',
    zh: '公务接待费',
    en: 'Official reception',
    sub: false,
    economic: '30217',
  },
];

/** The three items the “三公” total sums, and the two that 公务用车购置及运行费 sums. */
export const SAN_GONG_PARTS: readonly (keyof SanGong)[] = ['abroad', 'vehicle', 'reception'];
export const VEHICLE_PARTS: readonly (keyof SanGong)[] = ['vehiclePurchase', 'vehicleOperation'];

export function sanGongItem(key: keyof SanGong): SanGongItem {
  const item = SAN_GONG_ITEMS.find((i) => i.key === key);
  if (!item) throw new Error(`no “三公” item ${key}`);
  return item;
}

/** The items whose spending the basic-expenditure table prints under an economic code, by code. */
export const SAN_GONG_ECONOMIC = SAN_GONG_ITEMS.filter(
  (item): item is SanGongItem & { economic: string } => item.economic !== null,
).sort((a, b) => a.economic.localeCompare(b.economic));
