import type { Article } from '@/lib/content-schema';

/**
 * The two blog posts the check rests on (full text in shared/sources; the author is not named there). Titles are
 * always shown inside «…», so their own guillemets are the nested ‹…›.
 */
export const articles: Article[] = [
  {
    id: 'must-have',
    title: 'Internet, Social Media und Mittelstand. ‹Must Have› oder Modeerscheinung?',
    author: 'Blogbeitrag (Verfasser im Quelltext nicht genannt)',
    note: {
      de: 'Fragt, ob Social Media für KMU ein «Must Have» oder eine Modeerscheinung ist, und nennt, was es dafür braucht: ein Konzept, angepasste Prozesse, eine passende Kultur, eine Person mit Zeit und Willen sowie Inhalte für die Zielgruppe.',
      en: 'Asks whether social media is a must-have or a passing fad for small and mid-sized firms, and names what it takes: a concept, adapted processes, a fitting culture, a person with the time and the will, and content for the audience.',
    },
  },
  {
    id: 'real-networks',
    title: 'Soziale kontra reale Netzwerke',
    author: 'Blogbeitrag (Verfasser im Quelltext nicht genannt)',
    note: {
      de: 'Hält mit Bezug auf das Gottlieb Duttweiler Institut fest, dass soziale Netzwerke Beziehungen gut pflegen, Vertrauen und Geschäftsabschlüsse aber in realen Begegnungen entstehen.',
      en: 'Drawing on the Gottlieb Duttweiler Institute, argues that social networks are good for keeping relationships going, but trust and deals still come from meeting people in person.',
    },
  },
];
