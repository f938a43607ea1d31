export interface Romanized {
  pinyin: string;
  initials: string;
}

// Toneless pinyin without spaces (quanyumeili) and initials (qyml) so search matches romanised input.
// pinyin-pro and its dictionary load with the first name romanised, not with every importer.
export function romanize(name: string): Romanized {
  const { pinyin } = require('pinyin-pro') as typeof import('pinyin-pro');
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const words = syllables.map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, '')).filter(Boolean);
  return { pinyin: words.join(''), initials: words.map((w) => w[0]).join('') };
}
