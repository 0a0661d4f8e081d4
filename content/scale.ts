import type { Scale } from '@/lib/content-schema';

// «Trifft nicht zu» would be confused with «Trifft gar nicht zu», so the not-applicable option reads «Betrifft uns nicht».
export const scale: Scale = {
  points: [
    { de: 'Trifft gar nicht zu', en: 'Not true at all' },
    { de: 'Trifft eher nicht zu', en: 'Mostly not true' },
    { de: 'Teils, teils', en: 'Partly true' },
    { de: 'Trifft eher zu', en: 'Mostly true' },
    { de: 'Trifft voll zu', en: 'Completely true' },
  ],
  unknown: { de: 'Weiss nicht', en: "Don't know" },
  notApplicable: { de: 'Betrifft uns nicht', en: 'Not relevant to us' },
};
