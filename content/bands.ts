import type { Band } from '@/lib/content-schema';

/** Readiness bands, lowest first; each verdict answers the articles' question for a company at that level. */
export const bands: Band[] = [
  {
    id: 'early',
    min: 0,
    name: { de: 'Noch nicht startklar', en: 'Not ready yet' },
    verdict: {
      de: 'Social Media ist auch für KMU eher ein «Must Have» als eine Modeerscheinung, doch heute fehlen Ihnen die Grundlagen, um einen Kanal lebendig zu halten. Eröffnen Sie keinen neuen Kanal, bis jemand die Zeit und den Willen dafür hat, und klären Sie zuerst Ziele und Zuständigkeiten. Eine kritische Begleitung, etwa durch einen Business Coach, hilft Ihnen, die richtigen Fragen zu stellen.',
      en: 'Social media is more of a must-have than a passing fad, for small firms too, but right now you lack the basics to keep a channel alive. Hold off on any new channel until someone has the time and the will to run it, and settle goals and responsibilities first. A critical companion such as a business coach helps you ask the right questions.',
    },
  },
  {
    id: 'building',
    min: 40,
    name: { de: 'Im Aufbau', en: 'Building up' },
    verdict: {
      de: 'Für Ihre Firma ist Social Media eher ein «Must Have», und einige Grundlagen dafür sind gelegt, andere fehlen noch. Bringen Sie zuerst Ihre drei schwächsten Bereiche voran, bevor Sie einen weiteren Kanal eröffnen, und bauen Sie auf dem auf, was schon trägt. Pflegen Sie dabei die persönlichen Kontakte weiter: Online hält Beziehungen warm, entschieden wird im realen Gespräch.',
      en: 'For your company social media is more of a must-have, and some of the groundwork is in place while some is still missing. Strengthen your three weakest areas before opening another channel, and build on what already works. Keep up your personal contacts as you go: online keeps relationships warm, but decisions are made in real conversations.',
    },
  },
  {
    id: 'ready',
    min: 60,
    name: { de: 'Startklar', en: 'Ready to start' },
    verdict: {
      de: 'Sie bringen das Wichtigste mit: ein Konzept, angepasste Abläufe und eine Person, die Zeit und Willen für die Kanäle hat. Social Media ist für Sie ein «Must Have», das Sie jetzt gezielt angehen können, mit Inhalten und einem Ton, die zu Ihrer Zielgruppe passen. Schliessen Sie die verbleibenden Lücken und sorgen Sie dafür, dass aus Online-Kontakten echte Gespräche werden.',
      en: 'You have the essentials: a concept, adapted routines and a person with the time and the will to run the channels. Social media is a must-have you can now pursue deliberately, with content and a tone that suit your audience. Close the remaining gaps and make sure online contacts turn into real conversations.',
    },
  },
  {
    id: 'strong',
    min: 80,
    name: { de: 'Gut aufgestellt', en: 'Well prepared' },
    verdict: {
      de: 'Bei Ihnen ist Social Media keine Modeerscheinung, sondern ein gepflegter Teil Ihrer Kommunikation: mit Konzept, klaren Zuständigkeiten, reservierter Zeit, passenden Inhalten und dem richtigen Ton. Halten Sie dieses Niveau, indem Sie regelmässig überprüfen, was wirkt. Und vergessen Sie die realen Kontakte nicht, denn Geschäfte schliessen noch immer Menschen ab.',
      en: 'For you, social media is not a passing fad but a well-kept part of how you communicate: with a concept, clear responsibilities, time set aside, suitable content and the right tone. Stay at this level by checking regularly what works. And do not forget real-world contact, because deals are still closed by people.',
    },
  },
];
