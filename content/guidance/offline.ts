import type { Guidance } from '@/lib/content-schema';

export const offlineGuidance: Guidance[] = [
  {
    dimension: 'offline',
    band: 'early',
    title: {
      de: 'Drei Online-Kontakte zum Kaffee einladen',
      en: 'Invite three online contacts for a coffee',
    },
    body: {
      de: 'Reale Begegnungen mit Ihren wichtigsten Kundinnen und Kunden ergeben sich bei Ihnen eher zufällig als geplant, und wer online Interesse zeigt, findet selten den Weg zu einem Gespräch. Online lässt sich eine Beziehung pflegen, doch Vertrauen entsteht erst, wenn man sich gegenübersitzt. Bevor Sie Zeit in Kanäle stecken, sorgen Sie dafür, dass aus Kontakten reale Treffen werden.',
      en: 'Meeting your most important customers in person happens more by chance than by plan, and people who show interest online rarely find their way to a conversation. Online you can keep a relationship going, but trust only grows when you sit across the table from each other. Before you put time into channels, make sure contacts turn into real meetings.',
    },
    quote: {
      article: 'real-networks',
      original: 'Aber neben dem Kult und Hype um die elektronischen Medien, bitte die realen Kontakte nicht vergessen!',
      en: 'But amid all the cult and hype around electronic media, please don’t forget your real contacts!',
    },
    steps: [
      {
        de: 'Laden Sie bis Ende nächster Woche drei wichtige Kundinnen oder Kunden, die Sie länger nicht gesehen haben, zu einem Kaffee oder einem Besuch im Betrieb ein.',
        en: 'By the end of next week, invite three important customers you haven’t seen for a while for a coffee or a visit to your premises.',
      },
      {
        de: 'Tragen Sie für den kommenden Monat zwei feste Termine für persönliche Kundenbesuche in Ihre Agenda ein.',
        en: 'Block two fixed slots in your calendar for visiting customers in person next month.',
      },
      {
        de: 'Fehlt dafür schlicht die Zeit, stellen Sie eine Online-Aktivität zugunsten der Treffen zurück.',
        en: 'If there simply isn’t time for this, put one online activity on hold to make room for the meetings.',
      },
    ],
  },
  {
    dimension: 'offline',
    band: 'building',
    title: {
      de: 'Aus Online-Kontakten feste Treffen machen',
      en: 'Turn online contacts into meetings as a rule',
    },
    body: {
      de: 'Reale Treffen finden statt, aber eher nebenbei als geplant. Wer online mit Ihnen ins Gespräch kommt, bleibt oft dort – und damit bei einem losen Kontakt ohne Vertrauen. Machen Sie den Schritt vom Bildschirm an den Tisch zu einer festen Gewohnheit.',
      en: 'You do meet people in person, but more in passing than by design. People who start talking to you online tend to stay there – and remain a loose contact without trust. Make the step from screen to table a fixed habit.',
    },
    quote: {
      article: 'real-networks',
      original: 'Aber eine vertrauensvolle Beziehung aufbauen, geht nur über reale Treffen.',
      en: 'But building a relationship of trust only works through real meetings.',
    },
    steps: [
      {
        de: 'Legen Sie diese Woche eine Regel fest: Wer online zweimal nachfragt oder klares Interesse zeigt, erhält das Angebot für ein persönliches Treffen.',
        en: 'This week, set a rule: anyone who follows up twice online or shows clear interest is offered a face-to-face meeting.',
      },
      {
        de: 'Wählen Sie einen Anlass in Ihrer Region für den nächsten Monat – Gewerbeverein, Messe oder Branchentreffen – und melden Sie sich bis Freitag an.',
        en: 'Choose a local event for next month – a trade association evening, a fair or an industry get-together – and sign up by Friday.',
      },
      {
        de: 'Kündigen Sie Ihre Teilnahme online an und laden Sie Ihre Kontakte ein, Sie vor Ort anzusprechen.',
        en: 'Announce online that you’ll be there and invite your contacts to come and say hello.',
      },
    ],
  },
  {
    dimension: 'offline',
    band: 'ready',
    title: {
      de: 'Online und offline zu einem Ablauf verbinden',
      en: 'Link online and offline into one routine',
    },
    body: {
      de: 'Sie treffen Ihre wichtigsten Kontakte regelmässig persönlich und führen Online-Kontakte zu Gesprächen weiter. Jetzt geht es darum, beides zu einem Ablauf zu verbinden: online auf Begegnungen hinführen und nach Begegnungen online dranbleiben. Denn abgeschlossen wird am Ende zwischen Menschen.',
      en: 'You meet your most important contacts in person regularly and turn online contacts into conversations. Now it’s about joining the two into one routine: use online to lead up to meetings, and stay in touch online afterwards. Because in the end, deals are closed between people.',
    },
    quote: {
      article: 'real-networks',
      original:
        'Geschäftsabschlüsse werden (ausser im maschinellen Handel an der Börse) noch immer meist von realen Personen gemacht.',
      en: 'Deals (except in automated trading on the stock exchange) are still mostly made by real people.',
    },
    steps: [
      {
        de: 'Vernetzen Sie sich nach jedem Kundengespräch innerhalb von zwei Tagen online mit Ihrem Gegenüber und nehmen Sie Bezug auf das Gespräch.',
        en: 'After every customer meeting, connect with the person online within two days and refer back to what you talked about.',
      },
      {
        de: 'Planen Sie für die nächsten drei Monate einen eigenen kleinen Anlass, etwa einen Apéro oder einen Werkstatttag, und laden Sie Ihre aktivsten Online-Kontakte persönlich ein.',
        en: 'Plan a small event of your own within the next three months – an aperitif or an open workshop day – and invite your most active online contacts personally.',
      },
      {
        de: 'Halten Sie ab sofort bei jeder neuen Anfrage fest, ob der Erstkontakt online oder bei einer Begegnung entstanden ist.',
        en: 'Starting now, note for every new enquiry whether the first contact was made online or in person.',
      },
    ],
  },
  {
    dimension: 'offline',
    band: 'strong',
    title: {
      de: 'Prüfen, wo Ihre Geschäfte entschieden werden',
      en: 'Find out where your deals are decided',
    },
    body: {
      de: 'Sie treffen Ihre Kundschaft persönlich, sind an Anlässen präsent und führen Interessierte zu einem Gespräch – Vertrauen entsteht bei Ihnen dort, wo es entsteht: im realen Kontakt. Damit das kein Zufall bleibt, lohnt sich ein ehrlicher Blick darauf, woher Ihre Aufträge wirklich kommen. Geben Sie zudem Kontakte und Anlässe so weiter, dass sie nicht an Ihnen allein hängen.',
      en: 'You meet your customers in person, attend events and bring interested people to a conversation – trust grows where it grows: in real contact. To keep that from being luck, take an honest look at where your contracts really come from. And pass on contacts and events so they don’t depend on you alone.',
    },
    quote: {
      article: 'real-networks',
      original: 'Aber so wichtig das Digitale auch sein kann: Analog entscheidet!',
      en: 'But however important digital may be: analogue is what decides!',
      quotedFrom: {
        de: 'Headline des GDI-Impuls (Gottlieb Duttweiler Institut)',
        en: 'headline of GDI Impuls (Gottlieb Duttweiler Institute)',
      },
    },
    steps: [
      {
        de: 'Gehen Sie diese Woche Ihre letzten zehn Abschlüsse durch und notieren Sie bei jedem, wo der Erstkontakt entstand und wo die Entscheidung fiel.',
        en: 'This week, go through your last ten deals and note for each where the first contact came from and where the decision was made.',
      },
      {
        de: 'Nehmen Sie an Ihren nächsten Kundentermin eine Mitarbeiterin oder einen Mitarbeiter mit, damit die Beziehung nicht nur an Ihnen hängt.',
        en: 'Take a member of your team along to your next customer meeting so the relationship doesn’t rest on you alone.',
      },
      {
        de: 'Setzen Sie alle sechs Monate einen Termin, an dem Sie den Aufwand für Kanäle und Anlässe mit den daraus entstandenen Aufträgen vergleichen.',
        en: 'Every six months, set aside time to compare the effort spent on channels and events with the contracts each produced.',
      },
    ],
  },
];
