// The languages of the interface. The URL's `lang=` names one; every string table has each.

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
