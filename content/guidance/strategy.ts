import type { Guidance } from '@/lib/content-schema';

/** Konzept & Ziele: a channel is set up in minutes; keeping it alive with a concept is the work. */
export const strategyGuidance: Guidance[] = [
  {
    dimension: 'strategy',
    band: 'early',
    title: { de: 'Erst ein Konzept, dann ein Kanal', en: 'Concept first, channel second' },
    body: {
      de: 'Ein Profil ist in wenigen Minuten eingerichtet – die eigentliche Arbeit ist, es danach am Leben zu halten. Bei Ihnen fehlt dafür noch die Grundlage: wozu ein Kanal dienen soll, wen er erreichen soll und woran Sie merken, dass er etwas bringt. Halten Sie das schriftlich fest, bevor Sie einen weiteren Auftritt eröffnen.',
      en: 'Setting up a profile takes a few minutes; the real work is keeping it alive afterwards. What you don’t have yet is the groundwork: what a channel is for, whom it should reach, and how you’ll tell it’s paying off. Get that down on paper before you open another account.',
    },
    quote: {
      article: 'must-have',
      original: 'Insofern gilt es, bei jeder Integration eines neuen Kommunikationskanals konzeptionell vorzugehen.',
      en: 'So whenever a new communication channel is brought in, it has to be approached with a concept.',
    },
    steps: [
      {
        de: 'Schreiben Sie diese Woche auf eine A4-Seite das eine Ziel, das ein Kanal in den nächsten sechs Monaten erreichen soll, und für welche Kundengruppe.',
        en: 'This week, write on a single page the one goal the channel should reach in the next six months, and for which group of customers.',
      },
      {
        de: 'Legen Sie fest, an welcher Zahl Sie nach drei Monaten erkennen, ob es funktioniert – zum Beispiel Anfragen pro Monat, die über den Kanal hereinkommen.',
        en: 'Decide which number will tell you after three months whether it’s working – enquiries per month that come in through the channel, for instance.',
      },
      {
        de: 'Eröffnen Sie kein neues Profil, bevor diese Seite steht, und versehen Sie verwaiste Profile bis dahin mit einem Hinweis auf Ihre Website und Telefonnummer.',
        en: 'Open no new account until that page exists, and in the meantime give any dormant profiles a pointer to your website and phone number.',
      },
    ],
  },
  {
    dimension: 'strategy',
    band: 'building',
    title: { de: 'Dem Auftritt Ziele und einen Rhythmus geben', en: 'Give your presence goals and a rhythm' },
    body: {
      de: 'Ein Anfang ist gemacht: Einiges an Ihrem Konzept steht, anderes fehlt noch – ein schriftliches Ziel, ein fester Rhythmus, eine Zahl, an der Sie den Erfolg messen, oder ein Kanal, den Sie nach Ihrer Kundschaft gewählt haben. Ohne diese Antworten schlafen Auftritte leise ein.',
      en: 'You have made a start: some of your concept is in place, some is still missing – a written goal, a steady rhythm, a figure to measure success by, or a channel chosen to suit your customers. Without those answers, accounts quietly drift off to sleep.',
    },
    quote: {
      article: 'must-have',
      original: 'Zugegeben… einfach ist es, einen facebook-Auftritt zu erstellen.',
      en: 'Admittedly… setting up a Facebook page is easy.',
    },
    steps: [
      {
        de: 'Halten Sie für jeden bestehenden oder geplanten Kanal in drei Sätzen fest, wozu er dient und wen er erreichen soll; Kanäle ohne klare Antwort kommen auf eine Prüfliste.',
        en: 'For every channel you have or plan, write three sentences on what it is for and whom it should reach; any channel without a clear answer goes on a review list.',
      },
      {
        de: 'Bestimmen Sie einen festen Rhythmus – zum Beispiel einen Beitrag pro Woche am Dienstag – und tragen Sie die nächsten vier Termine in den Kalender ein.',
        en: 'Settle on a fixed rhythm – say, one post every Tuesday – and put the next four dates in the calendar.',
      },
      {
        de: 'Wählen Sie pro Kanal eine Kennzahl und notieren Sie heute ihren Ausgangswert.',
        en: 'Pick one figure to track per channel and note where it stands today.',
      },
    ],
  },
  {
    dimension: 'strategy',
    band: 'ready',
    title: { de: 'Kanalwahl schärfen, Ziele messbar machen', en: 'Sharpen your channel choice, make goals measurable' },
    body: {
      de: 'Sie haben ein Konzept und wissen, welchen Zweck ein Kanal für Sie erfüllen soll. Jetzt lohnt es sich, die Wahl der Medien an Ihrer Kundschaft zu prüfen und die Ziele so zu fassen, dass Sie in drei Monaten sagen können, ob Sie sie erreicht haben. Ein Redaktionsplan sorgt dafür, dass der Auftritt über die erste Begeisterung hinaus lebt.',
      en: 'You have a concept and know what a channel is meant to do for you. Now it’s worth checking your choice of media against where your customers really are, and framing your goals so that in three months you can say whether you’ve met them. A content plan keeps the presence going beyond the first burst of enthusiasm.',
    },
    quote: {
      article: 'must-have',
      original: 'Warum dann nicht gleich die richtigen Medien wählen?',
      en: 'So why not choose the right media from the outset?',
    },
    steps: [
      {
        de: 'Fragen Sie in den nächsten zwei Wochen zehn Kundinnen und Kunden, welche Plattformen sie tatsächlich nutzen, und gleichen Sie das mit Ihrer Kanalwahl ab.',
        en: 'Over the next two weeks, ask ten customers which platforms they actually use, and compare their answers with the channels you’ve chosen.',
      },
      {
        de: 'Erstellen Sie einen Redaktionsplan für die nächsten acht Wochen mit Thema, Kanal und verantwortlicher Person pro Beitrag.',
        en: 'Draw up a content plan for the next eight weeks, with the topic, channel and person responsible for each post.',
      },
      {
        de: 'Reservieren Sie heute in drei Monaten eine Stunde, um die Kennzahlen mit den Zielen im Konzept zu vergleichen.',
        en: 'Book an hour three months from today to hold your figures up against the goals in the concept.',
      },
    ],
  },
  {
    dimension: 'strategy',
    band: 'strong',
    title: { de: 'Kanäle halbjährlich auf den Prüfstand stellen', en: 'Put your channels to the test twice a year' },
    body: {
      de: 'Ziele, Kanalwahl, Rhythmus und Erfolgsmessung sind bei Ihnen schriftlich durchdacht. Die Gefahr liegt jetzt im Gewohnten: Kanäle, die einmal richtig waren, laufen weiter, obwohl sich Kundschaft und Plattformen verändern. Prüfen Sie Ihre Wahl deshalb in festen Abständen und halten Sie das Konzept so, dass jemand anders es übernehmen könnte.',
      en: 'Your goals, choice of channel, rhythm and way of measuring success are thought through and written down. The risk now is habit: channels that were right once keep running while customers and platforms move on. So review your choices at fixed intervals, and keep the concept in a shape someone else could pick up.',
    },
    quote: {
      article: 'must-have',
      original:
        'Internet und Social Media sind für mich grundsätzlich eher ein ‹Must Have›, denn eine Modeerscheinung. Auch für den Mittelstand.',
      en: 'To me, the internet and social media are on the whole more of a ‘must-have’ than a passing fad. For smaller and mid-sized firms too.',
    },
    steps: [
      {
        de: 'Setzen Sie einen halbjährlichen Konzept-Check an und laden Sie dazu eine Person von aussen ein, die unbequeme Fragen stellt.',
        en: 'Schedule a concept review every six months and invite someone from outside who will ask the awkward questions.',
      },
      {
        de: 'Stellen Sie für jeden Kanal die aufgewendeten Stunden dem Ergebnis der letzten sechs Monate gegenüber und entscheiden Sie, welchen Sie ausbauen und welchen Sie schliessen.',
        en: 'For each channel, set the hours spent against the results of the last six months, and decide which one to expand and which one to close.',
      },
      {
        de: 'Überarbeiten Sie das schriftliche Konzept so, dass eine Stellvertretung ohne Rückfragen damit arbeiten könnte.',
        en: 'Revise the written concept until a stand-in could work from it without having to ask you anything.',
      },
    ],
  },
];
