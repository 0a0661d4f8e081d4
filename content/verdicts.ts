import type { Verdict } from '@/lib/content-schema';

const findable = {
  de: 'Man findet Sie: Website und Google-Unternehmensprofil zeigen aktuelle Adresse, Öffnungszeiten und Telefonnummer.',
  en: 'People can find you: your website and Google business profile show your current address, opening hours and phone number.',
};
const answered = {
  de: 'Man erreicht Sie: Jede Nachricht, ob per E-Mail, als Bewertung oder über ein bestehendes Profil, erhält spätestens am nächsten Werktag eine Antwort.',
  en: 'People can reach you: every message, whether by email, as a review or through an existing profile, gets an answer by the next working day.',
};
const dormant = {
  de: 'Profile, die Sie nicht pflegen, schliessen Sie oder versehen sie mit einem Hinweis auf Website und Telefonnummer.',
  en: 'Profiles you do not look after are closed or given a pointer to your website and phone number.',
};
const minimum = {
  de: 'Sorgen Sie bis dahin für eine Mindestpräsenz: Man findet Sie mit aktuellen Kontaktdaten, und jede Nachricht erhält spätestens am nächsten Werktag eine Antwort.',
  en: 'Until then, keep a minimum presence: people find you with current contact details, and every message gets an answer by the next working day.',
};
const companion = {
  de: 'Holen Sie sich eine kritische Begleitung, etwa ein Business Coaching, die Ihr Vorgehen spiegelt und die richtigen Fragen stellt.',
  en: 'Bring in a critical companion, such as a business coach, who holds up a mirror to your approach and asks the right questions.',
};

/**
 * The answer to «Must Have oder Modeerscheinung?», one per cell of the need × readiness matrix (lib/verdict.ts).
 * A low need is an honest «not now», never a failing grade; because there is no such thing as not communicating,
 * the minimum presence (findable, answering) is named in every verdict that does not start a channel.
 */
export const verdicts: Verdict[] = [
  {
    id: 'must-have-groundwork',
    title: { de: 'Eher ein «Must Have» – aber zuerst die Grundlagen legen', en: 'More of a must-have – but lay the groundwork first' },
    body: {
      de: 'Ihre Antworten zeigen einen deutlichen Bedarf: Kundschaft, künftige Mitarbeitende oder Partner suchen Sie online. Für Ihre Firma ist Social Media deshalb eher ein «Must Have» als eine Modeerscheinung – doch die Grundlagen, um einen Kanal lebendig zu halten, fehlen noch. Legen Sie sie zuerst, statt ein Profil zu eröffnen, das bald verwaist.',
      en: 'Your answers show a clear need: customers, future staff or partners look for you online. For your company, social media is therefore more of a must-have than a passing fad – but the groundwork for keeping a channel alive is still missing. Lay it first, rather than opening a profile that will soon be abandoned.',
    },
    stepsTitle: { de: 'So gehen Sie vor', en: 'How to go about it' },
    steps: [
      {
        de: 'Arbeiten Sie zuerst an den Prioritäten unten, an einer fehlenden Grundvoraussetzung vor allem anderen.',
        en: 'Work on the priorities below first, on a missing precondition before anything else.',
      },
      {
        de: 'Eröffnen Sie dann einen einzigen Kanal, den, auf dem Ihre Kundschaft tatsächlich ist.',
        en: 'Then open a single channel: the one your customers are actually on.',
      },
      minimum,
      companion,
    ],
    quote: {
      article: 'must-have',
      original:
        'Internet und Social Media sind für mich grundsätzlich eher ein ‹Must Have›, denn eine Modeerscheinung. Auch für den Mittelstand.',
      en: 'To me, the internet and social media are on the whole more of a ‘must-have’ than a passing fad. For smaller and mid-sized firms too.',
    },
  },
  {
    id: 'must-have-go',
    title: { de: 'Ein «Must Have» – und Sie sind bereit', en: 'A must-have – and you are ready' },
    body: {
      de: 'Der Bedarf ist deutlich, und die meisten Grundlagen stehen. Social Media ist für Ihre Firma ein «Must Have», das Sie jetzt gezielt angehen können – die Lücken unten zuerst. Sorgen Sie dafür, dass aus Online-Kontakten echte Gespräche werden.',
      en: 'The need is clear, and most of the groundwork is in place. For your company, social media is a must-have you can now pursue deliberately – the gaps below first. Make sure online contacts turn into real conversations.',
    },
    stepsTitle: { de: 'So gehen Sie vor', en: 'How to go about it' },
    steps: [
      { de: 'Schliessen Sie die Lücken, die unten als Prioritäten stehen.', en: 'Close the gaps listed below as priorities.' },
      {
        de: 'Messen Sie nach drei Monaten, was der Kanal gebracht hat: Anfragen, Bewerbungen, Gespräche.',
        en: 'After three months, measure what the channel has brought: enquiries, applications, conversations.',
      },
      {
        de: 'Pflegen Sie die persönlichen Kontakte weiter: Entschieden wird im realen Gespräch.',
        en: 'Keep up your personal contacts: decisions are made in real conversations.',
      },
    ],
    quote: {
      article: 'real-networks',
      original: 'Soziale Netzwerke im Unternehmensalltag? Unbedingt! Keine Frage!',
      en: 'Social networks in everyday business? Absolutely! No question!',
    },
  },
  {
    id: 'targeted-groundwork',
    title: { de: 'Gezielt nutzen – sobald die Grundlagen stehen', en: 'Worth using selectively – once the groundwork is in place' },
    body: {
      de: 'Ein Teil Ihrer Kundschaft, Ihrer künftigen Mitarbeitenden oder Partner sucht Sie online, aber nicht alle. Ein gezielt gewählter Kanal kann sich lohnen; mehrere brauchen Sie nicht. Noch fehlen Grundlagen, um ihn lebendig zu halten. Legen Sie diese zuerst, und prüfen Sie dabei, für welche Gruppe sich der Aufwand wirklich lohnt.',
      en: 'Some of your customers, future staff or partners look for you online, but not all. One well-chosen channel can pay off; you do not need several. The groundwork for keeping it alive is still missing. Lay it first, and check as you go which group really makes the effort worthwhile.',
    },
    stepsTitle: { de: 'So gehen Sie vor', en: 'How to go about it' },
    steps: [
      {
        de: 'Bestimmen Sie die eine Gruppe, für die ein Kanal den grössten Unterschied macht, zum Beispiel künftige Lernende.',
        en: 'Pick the one group for which a channel makes the biggest difference, future apprentices for instance.',
      },
      { de: 'Arbeiten Sie zuerst an den Prioritäten unten.', en: 'Work on the priorities below first.' },
      minimum,
      companion,
    ],
    quote: {
      article: 'must-have',
      original: 'Warum dann nicht gleich die richtigen Medien wählen?',
      en: 'So why not choose the right media from the start?',
    },
  },
  {
    id: 'targeted-go',
    title: { de: 'Gezielt nutzen – mit einem einzigen Kanal', en: 'Worth using selectively – with a single channel' },
    body: {
      de: 'Der Bedarf ist da, aber begrenzt, und die meisten Grundlagen stehen. Starten Sie mit einem einzigen, gut gewählten Kanal statt mit vielen, und messen Sie, was er bringt. Reicht er nicht, ist das eine Erkenntnis, kein Versagen.',
      en: 'There is a need, but a limited one, and most of the groundwork is in place. Start with a single, well-chosen channel rather than many, and measure what it brings. If it falls short, that is a finding, not a failure.',
    },
    stepsTitle: { de: 'So gehen Sie vor', en: 'How to go about it' },
    steps: [
      {
        de: 'Wählen Sie den Kanal nach der Gruppe, die Sie am meisten brauchen – Kundschaft, Lernende oder Partner.',
        en: 'Choose the channel by the group you need most – customers, apprentices or partners.',
      },
      {
        de: 'Legen Sie fest, an welcher Zahl Sie nach drei Monaten entscheiden, ob Sie weitermachen.',
        en: 'Decide which figure will tell you after three months whether to carry on.',
      },
      {
        de: 'Pflegen Sie die realen Kontakte weiter: Analog entscheidet.',
        en: 'Keep up your real-world contacts: analogue decides.',
      },
    ],
    quote: {
      article: 'must-have',
      original: 'Warum dann nicht gleich die richtigen Medien wählen?',
      en: 'So why not choose the right media from the start?',
    },
  },
  {
    id: 'fad-for-now',
    title: { de: 'Für Sie vorerst eher eine Modeerscheinung', en: 'For you, more of a passing fad for now' },
    body: {
      de: 'Ihre Antworten zeigen: Ihre Kundschaft, künftige Mitarbeitende und Partner suchen Sie heute kaum auf Social Media, und bisher entgeht Ihnen wenig. Ein eigener Kanal ist für Ihre Firma deshalb vorerst eher eine Modeerscheinung als ein «Must Have». Ein bewusstes «Jetzt nicht» ist eine respektable Antwort, keine schlechte Note. Weil es aber keine Nicht-Kommunikation gibt, lohnt sich eine Mindestpräsenz.',
      en: 'Your answers show that your customers, future staff and partners hardly look for you on social media today, and so far you are missing little. For your company, a channel of its own is therefore more of a passing fad than a must-have for now. A deliberate “not now” is a respectable answer, not a failing grade. But since there is no such thing as not communicating, a minimum presence pays.',
    },
    stepsTitle: { de: 'Was sich trotzdem lohnt – eine Mindestpräsenz', en: 'What pays all the same – a minimum presence' },
    steps: [
      findable,
      answered,
      dormant,
      {
        de: 'Prüfen Sie den Bedarf in einem Jahr wieder – oder früher, wenn Kundinnen und Kunden nach Ihnen fragen.',
        en: 'Check the need again in a year – or sooner, if customers start asking for you.',
      },
    ],
    quote: {
      article: 'must-have',
      original: 'Denn bekanntlich gibt es ja keine Nicht-Kommunikation.',
      en: 'After all, as everyone knows, there is no such thing as not communicating.',
    },
  },
  {
    id: 'fad-but-ready',
    title: { de: 'Vorerst eher eine Modeerscheinung – auch wenn Sie bereit wären', en: 'More of a passing fad for now – even though you would be ready' },
    body: {
      de: 'Die meisten Grundlagen, um einen Kanal gut zu betreiben, wären da, doch Ihre Kundschaft, künftige Mitarbeitende und Partner suchen Sie kaum dort. Ein eigener Kanal ist für Sie deshalb vorerst eher eine Modeerscheinung. Ihr «Jetzt nicht» ist gut begründet, und Ihre Bereitschaft bleibt, falls sich der Bedarf ändert.',
      en: 'Most of the groundwork for running a channel well would be there, but your customers, future staff and partners hardly look for you there. For you, a channel of its own is therefore more of a passing fad for now. Your “not now” is well founded, and your readiness remains should the need change.',
    },
    stepsTitle: { de: 'Was sich trotzdem lohnt – eine Mindestpräsenz', en: 'What pays all the same – a minimum presence' },
    steps: [
      findable,
      answered,
      {
        de: 'Setzen Sie die Zeit, die ein Kanal bräuchte, für persönliche Kontakte ein: Entschieden wird im realen Gespräch.',
        en: 'Put the time a channel would take into personal contacts instead: decisions are made in real conversations.',
      },
      {
        de: 'Prüfen Sie den Bedarf in einem Jahr wieder – oder früher, wenn Kundinnen und Kunden nach Ihnen fragen.',
        en: 'Check the need again in a year – or sooner, if customers start asking for you.',
      },
    ],
    quote: {
      article: 'real-networks',
      original:
        'Geschäftsabschlüsse werden (ausser im maschinellen Handel an der Börse) noch immer meist von realen Personen gemacht.',
      en: 'Deals are still mostly made by real people (except in automated trading on the stock exchange).',
    },
  },
  {
    id: 'need-unclear',
    title: { de: 'Zuerst den Bedarf klären', en: 'First find out whether you need it' },
    body: {
      de: 'Ob Ihre Firma Social Media braucht, lässt sich aus Ihren Antworten noch nicht sagen: Zu viele Aussagen zum Bedarf sind offen oder mit «Weiss nicht» beantwortet, und sie könnten das Ergebnis in beide Richtungen drehen. Das ist kein Makel, sondern eine ehrliche Ausgangslage. Klären Sie zuerst, ob man Sie online sucht, bevor Sie Zeit in Kanäle stecken.',
      en: 'Your answers do not yet say whether your company needs social media: too many statements on the need are open or answered “Don’t know”, and they could tip the result either way. That is no failing, but an honest starting point. Find out first whether people look for you online before you put time into channels.',
    },
    stepsTitle: { de: 'So klären Sie den Bedarf', en: 'How to find out' },
    steps: [
      {
        de: 'Fragen Sie Ihre nächsten zehn Kundinnen und Kunden, wie sie auf Sie aufmerksam wurden und wo sie sich über Angebote wie Ihres informieren.',
        en: 'Ask your next ten customers how they came across you and where they look for offers like yours.',
      },
      {
        de: 'Halten Sie fest, welche Anfragen oder Bewerbungen in den letzten Monaten online hereinkamen – und welche Ihnen entgangen sind.',
        en: 'Note which enquiries or applications came in online in recent months – and which you lost.',
      },
      {
        de: 'Beantworten Sie danach die offenen Aussagen zum Bedarf im Check.',
        en: 'Then answer the open statements on the need in the check.',
      },
      minimum,
    ],
    quote: {
      article: 'must-have',
      original: 'Benötigen wir einen Auftritt auf facebook? Müssen wir nun wirklich auch noch tweeten?',
      en: 'Do we need a presence on Facebook? Do we really have to start tweeting as well?',
    },
  },
  {
    id: 'readiness-unclear',
    title: { de: 'Bedarf erkannt – die Bereitschaft ist noch offen', en: 'Need recognised – readiness still open' },
    body: {
      de: 'Ihre Antworten zeigen einen Bedarf, doch zur Bereitschaft fehlen noch Antworten, die der Check für eine ehrliche Einschätzung braucht. Ergänzen Sie sie, bevor Sie einen Kanal eröffnen: Erst dann zeigt sich, ob Sie starten können oder zuerst Grundlagen legen.',
      en: 'Your answers show a need, but the check still lacks answers on readiness that it needs for an honest assessment. Complete them before you open a channel: only then will you see whether you can start or need to lay groundwork first.',
    },
    stepsTitle: { de: 'So gehen Sie vor', en: 'How to go about it' },
    steps: [
      {
        de: 'Beantworten Sie die offenen Aussagen in den Themen, die unten als unvollständig genannt sind.',
        en: 'Answer the open statements in the topics listed below as incomplete.',
      },
      {
        de: 'Ersetzen Sie «Weiss nicht» dort, wo eine kurze Rückfrage im Betrieb die Antwort bringt.',
        en: 'Replace “Don’t know” wherever a quick question around the business gives you the answer.',
      },
      minimum,
    ],
    quote: {
      article: 'must-have',
      original: 'Aber was geschieht danach?',
      en: 'But what happens after that?',
    },
  },
];
