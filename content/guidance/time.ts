import type { Guidance } from '@/lib/content-schema';

/** Zeit & Ressourcen (a gate): does the person in charge have the time to keep the channels alive? */
export const timeGuidance: Guidance[] = [
  {
    dimension: 'time',
    band: 'early',
    title: { de: 'Ohne freie Zeit kein neuer Kanal', en: 'No time to spare, no new channel' },
    body: {
      de: 'Heute hat in Ihrem Unternehmen niemand verlässlich Zeit, um Kanäle zu pflegen. Dann gilt klar: Warten Sie mit einem neuen Kanal, bis jemand die Zeit und den Willen dazu hat – sonst entsteht ein Auftritt, der bald verwaist und mehr schadet als nützt. Eine kritische Begleitung (Business Coaching) hilft, Prioritäten zu setzen und Zeit frei zu machen.',
      en: 'At the moment, nobody in your company reliably has time to look after channels. So the answer is plain: hold off on a new channel until someone has both the time and the will – otherwise you end up with an account that’s soon abandoned and does more harm than good. A critical companion (business coaching) can help you set priorities and free up the time.',
    },
    quote: {
      article: 'must-have',
      original: 'Hat sie die Zeit dazu?',
      en: 'Does that person have the time for it?',
    },
    steps: [
      {
        de: 'Schreiben Sie auf, wie viele Stunden pro Woche ein Kanal realistisch braucht – mit Beiträgen, Antworten und Bildern rechnen Sie mit mindestens zwei.',
        en: 'Write down how many hours a week a channel realistically takes – with posts, replies and pictures, allow at least two.',
      },
      {
        de: 'Klären Sie mit der vorgesehenen Person, welche bestehende Aufgabe sie dafür abgeben kann; gibt es keine, verschieben Sie den Kanal.',
        en: 'Work out with the intended person which existing task they could hand over in return; if there isn’t one, postpone the channel.',
      },
      {
        de: 'Vereinbaren Sie ein Gespräch mit einem Business Coach, um gemeinsam herauszufinden, wo in Ihrem Alltag Zeit frei werden kann.',
        en: 'Arrange a session with a business coach to find out together where time could be freed up in your working week.',
      },
    ],
  },
  {
    dimension: 'time',
    band: 'building',
    title: { de: 'Aus Restzeit feste Zeitfenster machen', en: 'Turn leftover time into fixed slots' },
    body: {
      de: 'Zeit für die Kanäle gibt es, aber nur, wenn gerade nichts Dringenderes anliegt. So wechseln sich Phasen mit vielen Beiträgen und lange Funkstillen ab – genau so geraten Auftritte ins Abseits. Machen Sie aus der Restzeit eine feste, geschützte Zeit, und betreiben Sie nur so viele Kanäle, wie darin Platz haben.',
      en: 'There is time for the channels, but only when nothing more urgent comes up. The result is bursts of posts followed by long silences – which is exactly how accounts end up neglected. Turn leftover time into fixed, protected time, and run only as many channels as that time can carry.',
    },
    quote: {
      article: 'must-have',
      original: 'Oft fristen die Auftritte ein ödes und einsames Dasein.',
      en: 'All too often, these accounts eke out a dreary, lonely existence.',
    },
    steps: [
      {
        de: 'Tragen Sie ab nächster Woche zwei feste Stunden pro Woche im Kalender der verantwortlichen Person ein und behandeln Sie sie wie einen Kundentermin.',
        en: 'From next week, put two fixed hours a week in the calendar of the person in charge and treat them like a customer appointment.',
      },
      {
        de: 'Bereiten Sie im ersten dieser Zeitfenster drei Beiträge auf Vorrat vor, damit eine hektische Woche keine Funkstille auslöst.',
        en: 'Use the first of those slots to prepare three posts in advance, so that a hectic week doesn’t mean silence.',
      },
      {
        de: 'Reduzieren Sie die Zahl Ihrer Kanäle auf so viele, wie in diesen zwei Stunden gut betreut werden können.',
        en: 'Cut your channels down to as many as can be properly looked after in those two hours.',
      },
    ],
  },
  {
    dimension: 'time',
    band: 'ready',
    title: { de: 'Den Aufwand messen und Spitzen vorausplanen', en: 'Measure the effort, plan for the peaks' },
    body: {
      de: 'Die verantwortliche Person hat feste Zeit für die Kanäle, und im Moment reicht sie. Ob sie auch reicht, wenn die Anfragen zunehmen oder die Hochsaison kommt, wissen Sie erst, wenn Sie den tatsächlichen Aufwand kennen. Messen Sie ihn und planen Sie die strengen Wochen im Voraus.',
      en: 'The person in charge has set time for the channels, and for now it’s enough. Whether it will still be enough once enquiries pick up or the busy season arrives, you’ll only know when you know the real effort involved. Measure it, and plan the heavy weeks ahead of time.',
    },
    quote: {
      article: 'must-have',
      original: 'Internetauftritt basteln ist das Eine. Diese zu unterhalten das Andere.',
      en: 'Knocking together a web presence is one thing. Keeping it going is another.',
    },
    steps: [
      {
        de: 'Lassen Sie die verantwortliche Person vier Wochen lang notieren, wie viele Minuten sie täglich für Beiträge und Antworten aufwendet.',
        en: 'Have the person in charge note for four weeks how many minutes a day go on posts and replies.',
      },
      {
        de: 'Markieren Sie im Jahreskalender die Wochen, in denen das Geschäft erfahrungsgemäss am meisten Zeit beansprucht, und planen Sie dafür vorbereitete Beiträge ein.',
        en: 'Mark the weeks in the annual calendar when the business usually eats up the most time, and schedule pre-prepared posts for them.',
      },
      {
        de: 'Vereinbaren Sie, welche andere Aufgabe liegen bleiben darf, wenn die Kanäle mehr Zeit brauchen als geplant.',
        en: 'Agree which other task may wait when the channels need more time than planned.',
      },
    ],
  },
  {
    dimension: 'time',
    band: 'strong',
    title: { de: 'Die Zeit schützen und klug verteilen', en: 'Protect the time and spend it wisely' },
    body: {
      de: 'Für die Kanäle ist genügend Zeit eingeplant, und sie wird auch genutzt. Jetzt lohnt es sich zu prüfen, wofür diese Zeit genau eingesetzt wird – und ob ein Teil davon besser in persönliche Begegnungen fliesst, denn Vertrauen und Abschlüsse entstehen meist im realen Kontakt.',
      en: 'There is enough time set aside for the channels, and it gets used. Now it pays to look at what exactly that time goes on – and whether some of it would be better spent meeting people face to face, since trust and deals still mostly come from real contact.',
    },
    quote: {
      article: 'real-networks',
      original: 'Aber neben dem Kult und Hype um die elektronischen Medien, bitte die realen Kontakte nicht vergessen!',
      en: 'But amid all the cult and hype around electronic media, please don’t forget your real-life contacts!',
    },
    steps: [
      {
        de: 'Halten Sie einen Monat lang fest, wie sich die Zeit für die Kanäle auf Beiträge, Antworten und Auswertung verteilt, und streichen Sie, was nichts bringt.',
        en: 'For one month, record how the channel time splits between posting, replying and reviewing, and drop whatever isn’t paying off.',
      },
      {
        de: 'Reservieren Sie pro Monat einen halben Tag, um Kontakte aus Ihren Kanälen bei einem Kaffee oder an einem Anlass persönlich zu treffen.',
        en: 'Set aside half a day a month to meet contacts from your channels in person, over coffee or at an event.',
      },
      {
        de: 'Tragen Sie die Zeit der Stellvertretung für Ferien und Hochsaison schon jetzt in die Jahresplanung ein.',
        en: 'Put the stand-in’s time for holidays and the busy season into the annual plan now.',
      },
    ],
  },
];
