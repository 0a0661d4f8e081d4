import type { Guidance } from '@/lib/content-schema';

/**
 * Reichweite & Community: can the firm win followers, fans and friends? Every card here sends the owner to grow reach,
 * so none of them shows while a gate is not met: the hold card (content/gates.ts) takes its place.
 */
export const communityGuidance: Guidance[] = [
  {
    dimension: 'community',
    band: 'early',
    growsReach: true,
    title: {
      de: 'Die ersten Follower im eigenen Umfeld gewinnen',
      en: 'Win your first followers among people you know',
    },
    body: {
      de: 'Noch ist offen, wer Ihnen online folgen würde, wie Sie auf Ihre Kanäle hinweisen und wie rasch Sie antworten. Reichweite entsteht selten von allein; sie beginnt fast immer bei Menschen, die Sie schon kennen. Bevor Sie Geld in Werbung stecken, schöpfen Sie Ihr bestehendes Netz aus.',
      en: 'It is still open who would follow you online, how you point people to your channels and how quickly you reply. Reach rarely happens on its own; it nearly always starts with people who already know you. Before you spend money on ads, make the most of the network you already have.',
    },
    quote: {
      article: 'must-have',
      original: 'Kann es Follower, Fans und Freunde generieren?',
      en: 'Can it generate followers, fans and friends?',
    },
    steps: [
      {
        de: 'Schreiben Sie bis Freitag die Namen von zwanzig zufriedenen Kundinnen, Kunden und Geschäftspartnern auf, die Ihnen folgen würden.',
        en: 'By Friday, write down the names of twenty satisfied customers and business partners who would follow you.',
        market: {
          b2b: {
            de: 'Schreiben Sie bis Freitag die Namen von zwanzig Geschäftskontakten auf, die Ihnen auf einer Business-Plattform folgen würden.',
            en: 'By Friday, write down the names of twenty business contacts who would follow you on a business network.',
          },
        },
      },
      {
        de: 'Setzen Sie den Link zu Ihrem Hauptkanal in Ihre E-Mail-Signatur, auf Ihre Website und auf Ihre Offerten.',
        en: 'Add a link to your main channel to your email signature, your website and your quotes.',
      },
      {
        de: 'Sind nach einem Monat weniger als zehn neue Follower dazugekommen, prüfen Sie, ob dieser Kanal der richtige für Ihre Kundschaft ist.',
        en: 'If fewer than ten new followers have joined after a month, check whether this is the right channel for your customers.',
      },
    ],
  },
  {
    dimension: 'community',
    band: 'building',
    growsReach: true,
    title: {
      de: 'Vom Senden zum Gespräch',
      en: 'From broadcasting to conversation',
    },
    body: {
      de: 'Ein Teil steht: Sie kennen Menschen, die Ihnen folgen würden, weisen auf Ihre Kanäle hin oder antworten rasch – aber noch nicht alles davon. Ein Auftritt, auf dem niemand antwortet, verödet schnell. Gemeinschaft entsteht, wenn Sie fragen, zuhören und rasch reagieren – nicht, wenn Sie nur senden.',
      en: 'Part of it is in place: you know people who would follow you, point people to your channels or reply quickly – but not all of that yet. A channel where nobody answers soon turns barren. Community grows when you ask, listen and reply promptly – not when you only broadcast.',
    },
    quote: {
      article: 'must-have',
      original: 'Oft fristen die Auftritte ein ödes und einsames Dasein.',
      en: 'These presences often lead a dreary, lonely existence.',
    },
    steps: [
      {
        de: 'Beantworten Sie ab Montag jede Nachricht, die online eintrifft, innerhalb eines Arbeitstages, und halten Sie fest, wer das übernimmt.',
        en: 'From Monday, answer every message that reaches you online within one working day, and write down who does it.',
        runner: {
          owner: {
            de: 'Beantworten Sie ab Montag jede Nachricht, die online eintrifft, innerhalb eines Arbeitstages, in zwei festen Zeitfenstern pro Tag.',
            en: 'From Monday, answer every message that reaches you online within one working day, in two fixed slots a day.',
          },
        },
      },
      {
        de: 'Schliessen Sie Ihre nächsten vier Beiträge mit einer konkreten Frage an Ihre Leserinnen und Leser ab.',
        en: 'End your next four posts with a concrete question to your readers.',
      },
      {
        de: 'Kommentieren Sie diese Woche fünf Beiträge von Kundinnen, Kunden oder Partnern auf deren Kanälen – mit einem echten Satz, nicht nur mit einem Daumen.',
        en: 'This week, comment on five posts by customers or partners on their own channels – with a real sentence, not just a thumbs-up.',
      },
    ],
  },
  {
    dimension: 'community',
    band: 'ready',
    growsReach: true,
    title: {
      de: 'Die aktivsten Kontakte kennen und pflegen',
      en: 'Know and look after your most active contacts',
    },
    body: {
      de: 'Sie kennen Ihren ersten Kreis, weisen auf Ihre Kanäle hin und antworten rasch. Online lassen sich Beziehungen hervorragend pflegen – vorausgesetzt, jemand kümmert sich regelmässig darum. Jetzt geht es darum, die aktivsten Menschen beim Namen zu kennen und ihnen etwas zurückzugeben.',
      en: 'You know your first circle, point people to your channels and reply quickly. Online channels are excellent for keeping relationships alive – provided someone tends them regularly. The task now is to know your most active people by name and give something back to them.',
    },
    quote: {
      article: 'real-networks',
      original:
        'Kommunizieren und eine Beziehung pflegen, das funktioniert letztlich hervorragend über elektronische und soziale Netzwerke.',
      en: 'Communicating and keeping up a relationship – that ultimately works superbly through electronic and social networks.',
    },
    steps: [
      {
        de: 'Erstellen Sie bis Ende Woche eine Liste der zehn Personen, die in den letzten drei Monaten am häufigsten kommentiert, geteilt oder Ihnen geschrieben haben.',
        en: 'By the end of the week, list the ten people who commented, shared or wrote to you most often over the last three months.',
      },
      {
        de: 'Stellen Sie im nächsten Monat zwei dieser Personen oder ihre Projekte mit deren Einverständnis in einem Beitrag vor.',
        en: 'Next month, feature two of these people or their projects in a post, with their consent.',
      },
      {
        de: 'Tragen Sie einmal im Monat die Zahl der Follower, Kommentare und Anfragen über den Kanal in eine Tabelle ein, damit Sie Entwicklungen erkennen.',
        en: 'Once a month, log followers, comments and enquiries that came through the channel in a spreadsheet so you can spot trends.',
      },
    ],
  },
  {
    dimension: 'community',
    band: 'strong',
    growsReach: true,
    title: {
      de: 'Prüfen, was aus der Reichweite entsteht',
      en: 'Check what your reach turns into',
    },
    body: {
      de: 'Ihr erster Kreis ist bekannt, Sie weisen auf Ihre Kanäle hin und antworten rasch. Die ehrliche Frage lautet nun, was daraus entsteht, denn Präsenz allein bringt selten einen Auftrag. Prüfen Sie, welche Kontakte zu Gesprächen und Geschäften geführt haben, und sorgen Sie dafür, dass die Pflege nicht an einer Person hängt.',
      en: 'You know your first circle, point people to your channels and reply quickly. The honest question now is what comes of it, because presence alone rarely wins a contract. Check which contacts have led to conversations and business, and make sure looking after them doesn’t rest on one person.',
    },
    quote: {
      article: 'real-networks',
      original: 'Wie viele Geschäfte haben Sie in XING schon gemacht? Nur dank Ihrer schieren Präsenz?',
      en: 'How many deals have you actually done on XING? Thanks to nothing more than being there?',
    },
    steps: [
      {
        de: 'Fragen Sie die nächsten zehn Neukundinnen und Neukunden, wie sie auf Sie aufmerksam geworden sind, und halten Sie die Antworten fest.',
        en: 'Ask your next ten new customers how they came across you, and record their answers.',
      },
      {
        de: 'Lassen Sie ab nächster Woche eine zweite Person einen Monat lang mitlesen und mitantworten, damit sie die Pflege bei Bedarf übernehmen kann.',
        en: 'From next week, have a second person read along and reply with you for a month so they can take over when needed.',
      },
      {
        de: 'Setzen Sie einen Quartalstermin, an dem Sie Follower-Zahl, Anfragen und daraus entstandene Aufträge nebeneinanderstellen.',
        en: 'Set a quarterly date on which you put follower numbers, enquiries and the contracts they produced side by side.',
      },
    ],
  },
];
