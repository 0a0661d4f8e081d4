import type { Band } from '@/lib/content-schema';

/** Readiness bands, lowest first; what each means for running a channel well (the verdict weighs need as well). */
export const bands: Band[] = [
  {
    id: 'early',
    min: 0,
    name: { de: 'Noch nicht startklar', en: 'Not ready yet' },
    meaning: {
      de: 'Die Grundlagen, um einen Kanal lebendig zu halten, fehlen noch weitgehend.',
      en: 'Most of the groundwork for keeping a channel alive is still missing.',
    },
  },
  {
    id: 'building',
    min: 40,
    name: { de: 'Im Aufbau', en: 'Building up' },
    meaning: {
      de: 'Einige Grundlagen sind gelegt, andere fehlen noch. Ohne Person mit Zeit und Willen bleibt die Stufe hier stehen.',
      en: 'Some of the groundwork is in place, some is still missing. Without a person with the time and the will, the level stops here.',
    },
  },
  {
    id: 'ready',
    min: 60,
    name: { de: 'Startklar', en: 'Ready to start' },
    meaning: {
      de: 'Die meisten Grundlagen stehen, einzelne Lücken bleiben. Eine Person hat die Zeit und den Willen für die Kanäle.',
      en: 'Most of the groundwork is in place, with a few gaps left. Someone has the time and the will to run the channels.',
    },
  },
  {
    id: 'strong',
    min: 80,
    name: { de: 'Gut aufgestellt', en: 'Well prepared' },
    meaning: {
      de: 'Die Grundlagen stehen in fast allen Themen; jetzt geht es darum, das Erreichte zu halten und regelmässig zu überprüfen.',
      en: 'The groundwork is in place in almost every area; now it is about keeping it up and reviewing it regularly.',
    },
  },
];
