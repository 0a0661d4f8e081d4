import type { Guidance } from '@/lib/content-schema';

/**
 * Zeit & Ressourcen: does the person in charge have the time to keep the channels alive?
 * These cards appear only while the time gate is at least partly met; otherwise the gate card (content/gates.ts) shows.
 */
export const timeGuidance: Guidance[] = [
  {
    dimension: 'time',
    band: 'early',
    title: { de: 'Die Zeit absichern', en: 'Make the time secure' },
    body: {
      de: 'Zeit für die Kanäle ist zumindest teilweise eingeplant, aber kaum abgesichert: Dafür wurde nichts anderes abgegeben, und in strengen Wochen weicht sie. So wechseln sich Phasen mit vielen Beiträgen und lange Funkstillen ab – genau so geraten Auftritte ins Abseits.',
      en: 'Time for the channels is planned, at least in part, but hardly secure: nothing else was handed over for it, and in busy weeks it gives way. The result is bursts of posts followed by long silences – which is exactly how accounts end up neglected.',
      runner: {
        owner: {
          de: 'Zeit für Ihre Kanäle ist zumindest teilweise eingeplant, aber kaum abgesichert: Sie haben dafür nichts anderes abgegeben, und in strengen Wochen weicht sie. So wechseln sich Phasen mit vielen Beiträgen und lange Funkstillen ab – genau so geraten Auftritte ins Abseits.',
          en: 'Time for your channels is planned, at least in part, but hardly secure: you have not handed anything else over for it, and in busy weeks it gives way. The result is bursts of posts followed by long silences – which is exactly how accounts end up neglected.',
        },
        outside: {
          de: 'Zeit, um die externe Stelle zu beliefern, ist zumindest teilweise eingeplant, aber kaum abgesichert: Ein Budget fehlt, oder in strengen Wochen bleibt die Agentur ohne Stoff. So entstehen Beiträge, die nach niemandem klingen, oder lange Funkstillen.',
          en: 'Time to supply the outside agency is planned, at least in part, but hardly secure: there is no budget, or in busy weeks the agency is left without material. The result is posts that sound like nobody, or long silences.',
        },
      },
    },
    quote: {
      article: 'must-have',
      original: 'Oft fristen die Auftritte ein ödes und einsames Dasein.',
      en: 'All too often, these accounts eke out a dreary, lonely existence.',
    },
    steps: [
      {
        de: 'Entscheiden Sie diese Woche mit der zuständigen Person, welche bestehende Aufgabe sie abgibt; gibt es keine, verschieben Sie den Kanal.',
        en: 'This week, decide with the person in charge which existing task they hand over; if there isn’t one, postpone the channel.',
        runner: {
          owner: {
            de: 'Entscheiden Sie diese Woche, welche bestehende Aufgabe Sie abgeben; gibt es keine, verschieben Sie den Kanal.',
            en: 'This week, decide which existing task you hand over; if there isn’t one, postpone the channel.',
          },
          outside: {
            de: 'Legen Sie diese Woche einen festen Monatsbetrag für die externe Stelle fest; reicht das Geld nicht, verschieben Sie den Kanal.',
            en: 'This week, set a fixed monthly amount for the outside agency; if the money is not there, postpone the channel.',
          },
        },
      },
      {
        de: 'Bereiten Sie im nächsten Zeitfenster drei Beiträge auf Vorrat vor, damit eine hektische Woche keine Funkstille auslöst.',
        en: 'Use the next slot to prepare three posts in advance, so that a hectic week doesn’t mean silence.',
      },
      {
        de: 'Reduzieren Sie die Zahl Ihrer Kanäle auf so viele, wie in der eingeplanten Zeit gut betreut werden können – meist einer.',
        en: 'Cut your channels down to as many as can be properly looked after in the time you have planned – usually one.',
      },
    ],
  },
  {
    dimension: 'time',
    band: 'building',
    title: { de: 'Aus Restzeit feste Zeitfenster machen', en: 'Turn leftover time into fixed slots' },
    body: {
      de: 'Zeit für die Kanäle gibt es, aber sie ist noch nicht überall geschützt: Andere Aufgaben gehen vor, oder in strengen Wochen fällt sie weg. Machen Sie aus der Restzeit eine feste, geschützte Zeit, und betreiben Sie nur so viele Kanäle, wie darin Platz haben.',
      en: 'There is time for the channels, but it is not protected everywhere yet: other tasks come first, or it disappears in busy weeks. Turn leftover time into fixed, protected time, and run only as many channels as that time can carry.',
      runner: {
        outside: {
          de: 'Zeit und Geld für die Zusammenarbeit mit der externen Stelle gibt es, aber sie sind noch nicht überall abgesichert. Legen Sie feste Lieferzeiten und einen festen Betrag fest, und betreiben Sie nur so viele Kanäle, wie darin Platz haben.',
          en: 'There is time and money for working with the outside agency, but they are not secured everywhere yet. Set fixed delivery times and a fixed amount, and run only as many channels as those can carry.',
        },
      },
    },
    quote: {
      article: 'must-have',
      original: 'Oft fristen die Auftritte ein ödes und einsames Dasein.',
      en: 'All too often, these accounts eke out a dreary, lonely existence.',
    },
    steps: [
      {
        de: 'Tragen Sie ab nächster Woche zwei feste Stunden pro Woche im Kalender der zuständigen Person ein und behandeln Sie sie wie einen Kundentermin.',
        en: 'From next week, put two fixed hours a week in the calendar of the person in charge and treat them like a customer appointment.',
        runner: {
          owner: {
            de: 'Tragen Sie ab nächster Woche zwei feste Stunden pro Woche in Ihren Kalender ein und behandeln Sie sie wie einen Kundentermin.',
            en: 'From next week, put two fixed hours a week in your calendar and treat them like a customer appointment.',
          },
          outside: {
            de: 'Vereinbaren Sie mit der externen Stelle einen festen Wochentag, an dem Sie Fotos und Freigaben liefern, und halten Sie ihn wie einen Kundentermin.',
            en: 'Agree with the outside agency on a fixed weekday on which you supply photos and sign-offs, and keep it like a customer appointment.',
          },
        },
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
      de: 'Die zuständige Person hat feste Zeit für die Kanäle, und dafür wurde anderes abgegeben. Ob die Zeit auch reicht, wenn die Anfragen zunehmen oder die Hochsaison kommt, wissen Sie erst, wenn Sie den tatsächlichen Aufwand kennen. Messen Sie ihn und planen Sie die strengen Wochen im Voraus.',
      en: 'The person in charge has set time for the channels, and other work was handed over for it. Whether it will still be enough once enquiries pick up or the busy season arrives, you’ll only know when you know the real effort involved. Measure it, and plan the heavy weeks ahead of time.',
      runner: {
        owner: {
          de: 'Sie haben feste Zeit für die Kanäle, und dafür haben Sie anderes abgegeben. Ob die Zeit auch reicht, wenn die Anfragen zunehmen oder die Hochsaison kommt, wissen Sie erst, wenn Sie den tatsächlichen Aufwand kennen. Messen Sie ihn und planen Sie die strengen Wochen im Voraus.',
          en: 'You have set time for the channels, and you handed other work over for it. Whether it will still be enough once enquiries pick up or the busy season arrives, you’ll only know when you know the real effort involved. Measure it, and plan the heavy weeks ahead of time.',
        },
        outside: {
          de: 'Zeit und Budget für die externe Stelle sind eingeplant. Ob sie auch reichen, wenn die Anfragen zunehmen oder die Hochsaison kommt, wissen Sie erst, wenn Sie den tatsächlichen Aufwand kennen. Messen Sie ihn und planen Sie die strengen Wochen im Voraus.',
          en: 'Time and budget for the outside agency are planned. Whether they will still be enough once enquiries pick up or the busy season arrives, you’ll only know when you know the real effort involved. Measure it, and plan the heavy weeks ahead of time.',
        },
      },
    },
    quote: {
      article: 'must-have',
      original: 'Internetauftritt basteln ist das Eine. Diese zu unterhalten das Andere.',
      en: 'Knocking together a web presence is one thing. Keeping it going is another.',
    },
    steps: [
      {
        de: 'Notieren Sie vier Wochen lang, wie viele Minuten täglich für Beiträge und Antworten aufgewendet werden.',
        en: 'For four weeks, note how many minutes a day go on posts and replies.',
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
      de: 'Für die Kanäle ist genügend Zeit eingeplant, und sie bleibt auch in strengen Wochen geschützt. Jetzt lohnt es sich zu prüfen, wofür diese Zeit genau eingesetzt wird – und ob ein Teil davon besser in persönliche Begegnungen fliesst, denn Vertrauen und Abschlüsse entstehen meist im realen Kontakt.',
      en: 'There is enough time set aside for the channels, and it stays protected in busy weeks too. Now it pays to look at what exactly that time goes on – and whether some of it would be better spent meeting people face to face, since trust and deals still mostly come from real contact.',
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
        de: 'Reservieren Sie pro Monat einen halben Tag, um Kontakte, die online entstanden sind, bei einem Kaffee oder an einem Anlass persönlich zu treffen.',
        en: 'Set aside half a day a month to meet contacts made online in person, over coffee or at an event.',
      },
      {
        de: 'Tragen Sie die Zeit der Stellvertretung für Ferien und Hochsaison schon jetzt in die Jahresplanung ein.',
        en: 'Put the stand-in’s time for holidays and the busy season into the annual plan now.',
        runner: {
          owner: {
            de: 'Planen Sie für Ferien und Hochsaison schon jetzt vorbereitete Beiträge oder eine angekündigte Pause ein.',
            en: 'Plan pre-prepared posts or an announced break for holidays and the busy season now.',
          },
        },
      },
    ],
  },
];
