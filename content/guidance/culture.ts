import type { Guidance } from '@/lib/content-schema';

/** Unternehmenskultur: changing processes is one thing, changing the culture another. */
export const cultureGuidance: Guidance[] = [
  {
    dimension: 'culture',
    band: 'early',
    title: { de: 'Klären, ob das Medium zu Ihnen passt', en: 'Find out whether the medium suits your company' },
    body: {
      de: 'Kulturelle Veränderung klingt nach Grosskonzern, beginnt in einem KMU aber mit einem ehrlichen Gespräch. Social Media verlangt schnelle, öffentliche und oft persönliche Kommunikation, und bei Ihnen ist noch kaum besprochen, wie viel davon zu Ihrer Firma passt: was gezeigt wird, wie Sie auf Kritik reagieren, wer etwas beiträgt. Das ist kein Makel – aber ein Kanal, der gegen die eigene Kultur betrieben wird, wirkt bald aufgesetzt und schläft ein.',
      en: 'Cultural change sounds like something for big corporations, but in a small firm it starts with an honest conversation. Social media calls for fast, public and often personal communication, and little has been discussed yet about how much of that suits your company: what is shown, how you respond to criticism, who contributes. That’s no failing – but a channel run against your own culture soon feels forced and falls silent.',
    },
    quote: {
      article: 'must-have',
      original:
        '‹Geschäftsprozessoptimierung› und ‹Kulturelle Veränderung›… das klingt nun alles nach Konzern und multinational. Das muss nicht zwingend sein …',
      en: '‘Business process optimisation’ and ‘cultural change’… that all sounds like big corporations and multinationals. It doesn’t have to be …',
    },
    steps: [
      {
        de: 'Besprechen Sie in der nächsten Teamsitzung offen, was es für alle heisst, wenn Kundinnen und Kunden Ihr Unternehmen öffentlich kommentieren – auch kritisch.',
        en: 'At your next team meeting, talk openly about what it would mean for everyone if customers commented on the business in public – critically, too.',
        runner: {
          owner: {
            de: 'Klären Sie diese Woche – mit Ihrem Team oder für sich –, was es heisst, wenn Kundinnen und Kunden Ihre Firma öffentlich kommentieren, auch kritisch.',
            en: 'This week, work out – with your team or on your own – what it would mean if customers commented on your company in public, critically too.',
          },
        },
      },
      {
        de: 'Schreiben Sie drei Dinge auf, die auf Ihren Kanälen nie erscheinen sollen, und drei, die typisch für Ihr Unternehmen sind.',
        en: 'Write down three things that should never appear on your channels, and three that are typical of your company.',
      },
      {
        de: 'Prüfen Sie, ob ein ruhigeres Medium – etwa ein Newsletter oder ein Firmenprofil auf einer Geschäftsplattform – besser zu Ihnen passt als ein lauter Kanal.',
        en: 'Consider whether a quieter medium – a newsletter, say, or a company page on a business network – would suit you better than a noisy channel.',
      },
    ],
  },
  {
    dimension: 'culture',
    band: 'building',
    title: { de: 'Die Kultur Schritt für Schritt mitnehmen', en: 'Bring the culture along step by step' },
    body: {
      de: 'Einen neuen Ablauf kann man anordnen, eine neue Haltung nicht. Einiges ist bei Ihnen geklärt, anderes noch offen – etwa was online gezeigt wird, wie Sie auf Kritik reagieren oder wer aus dem Team etwas beisteuert. Die Kultur wächst mit, wenn kleine Erfahrungen gemeinsam ausgewertet werden.',
      en: 'You can order a new routine; you can’t order a new attitude. Some things are settled, others still open – such as what is shown online, how you respond to criticism or who in the team contributes. The culture grows along with the channels when small experiences are looked at together.',
    },
    quote: {
      article: 'must-have',
      original: 'Prozessanpassung ist das eine, kulturelle Veränderung das andere.',
      en: 'Adapting processes is one thing, cultural change quite another.',
    },
    steps: [
      {
        de: 'Nehmen Sie ab nächster Woche einen festen Punkt von zehn Minuten in die Teamsitzung auf, in dem Sie gemeinsam Reaktionen auf Ihre Firma anschauen – Beiträge, Bewertungen, Rückmeldungen.',
        en: 'From next week, add a fixed ten-minute slot to the team meeting to look together at how people react to your company – posts, reviews, feedback.',
      },
      {
        de: 'Vereinbaren Sie, welche Arten von Beiträgen ohne Freigabe der Geschäftsleitung erscheinen dürfen.',
        en: 'Agree which kinds of post may go out without sign-off from management.',
      },
      {
        de: 'Bitten Sie zwei Mitarbeitende, im nächsten Monat je einen Beitrag aus ihrem Arbeitsalltag beizusteuern.',
        en: 'Ask two members of staff to contribute one post each from their working day over the next month.',
      },
    ],
  },
  {
    dimension: 'culture',
    band: 'ready',
    title: { de: 'Online denselben Ton treffen wie im Laden', en: 'Sound the same online as you do in person' },
    body: {
      de: 'Bei Ihnen ist geklärt, was online gezeigt wird und wie Sie auf Kritik reagieren, und das Team weiss, wozu die Kanäle dienen. Jetzt können Sie Ihre Kultur bewusst zeigen: wie Sie arbeiten, wie Sie mit der Kundschaft umgehen, was Sie auszeichnet. Achten Sie darauf, dass der Ton online derselbe ist wie am Telefon, im Laden oder auf der Baustelle.',
      en: 'You have settled what is shown online and how you respond to criticism, and the team knows what the channels are for. Now you can show your culture on purpose: how you work, how you treat customers, what sets you apart. Make sure you sound the same online as you do on the phone, in the shop or on site.',
    },
    quote: {
      article: 'must-have',
      original: 'Passt das Medium zur Unternehmenskultur?',
      en: 'Does the medium fit the company culture?',
    },
    steps: [
      {
        de: 'Planen Sie für den nächsten Monat zwei Beiträge, die zeigen, wie Ihr Team arbeitet – mit dem Einverständnis der gezeigten Personen.',
        en: 'Plan two posts for next month that show how your team works – with the consent of the people who appear in them.',
      },
      {
        de: 'Lesen Sie Ihre letzten zehn Beiträge oder Kundenmails laut vor und fragen Sie sich bei jedem, ob Sie so auch mit einer Kundin am Telefon sprechen würden.',
        en: 'Read your last ten posts or customer emails out loud and ask yourself, for each one, whether you’d talk to a customer on the phone like that.',
      },
      {
        de: 'Gehen Sie Ihre Abmachung zu kritischen Kommentaren mit allen durch, die Zugang zu den Kanälen haben, und ergänzen Sie zwei Musterantworten.',
        en: 'Go through your agreement on critical comments with everyone who has access to the channels, and add two model replies.',
      },
    ],
  },
  {
    dimension: 'culture',
    band: 'strong',
    title: { de: 'Die gelebte Kultur weitergeben', en: 'Pass the culture on' },
    body: {
      de: 'Bei Ihnen ist geklärt, was online gezeigt wird, wie Sie auf Kritik reagieren und wozu die Kanäle dienen, und das Team steuert Stoff bei. Das ist wertvoll, aber nicht selbstverständlich: Neue Mitarbeitende, Wachstum oder ein Generationenwechsel können es verändern. Sorgen Sie dafür, dass diese Kultur weitergegeben wird und dass jemand von aussen sie Ihnen regelmässig spiegelt.',
      en: 'You have settled what is shown online, how you respond to criticism and what the channels are for, and the team contributes material. That’s valuable, but not guaranteed: new staff, growth or a handover to the next generation can change it. Make sure the culture gets passed on, and that someone from outside regularly holds up a mirror to it.',
    },
    quote: {
      article: 'must-have',
      original:
        '… welche die richtigen Fragen stellt, damit das Vorgehen des Unternehmens spiegelt und so eine nachhaltige Veränderung einleitet.',
      en: '… who asks the right questions, thereby holding up a mirror to the company’s approach and so setting lasting change in motion.',
    },
    steps: [
      {
        de: 'Nehmen Sie den Umgang mit Ihren Kanälen in die Einarbeitung neuer Mitarbeitender auf, mit einer Stunde bei der verantwortlichen Person.',
        en: 'Make the way you run your channels part of onboarding for new staff, including an hour with the person in charge.',
        runner: {
          owner: {
            de: 'Nehmen Sie den Umgang mit Ihren Kanälen in die Einarbeitung neuer Mitarbeitender auf, mit einer Stunde bei Ihnen.',
            en: 'Make the way you run your channels part of onboarding for new staff, including an hour with you.',
          },
        },
      },
      {
        de: 'Fragen Sie einmal im Jahr drei langjährige Kundinnen oder Kunden, ob Ihr Auftritt online zu dem passt, was sie bei Ihnen erleben.',
        en: 'Once a year, ask three long-standing customers whether your online presence matches what they experience when they deal with you.',
      },
      {
        de: 'Lassen Sie Ihr Vorgehen einmal jährlich in einem Gespräch mit einer Begleitperson von aussen spiegeln.',
        en: 'Once a year, have your approach reflected back to you in a conversation with someone from outside.',
      },
    ],
  },
];
