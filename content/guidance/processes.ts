import type { Guidance } from '@/lib/content-schema';

/** Prozesse & Zuständigkeiten: a new channel changes how the company works, not only how it looks. */
export const processesGuidance: Guidance[] = [
  {
    dimension: 'processes',
    band: 'early',
    title: { de: 'Festlegen, wer was beantwortet', en: 'Decide who answers what' },
    body: {
      de: 'Ein neuer Kanal verändert Ihre Abläufe: Anfragen kommen plötzlich als Kommentar oder Direktnachricht, auch am Abend und am Wochenende. Bei Ihnen ist noch kaum geregelt, wer sie liest, beantwortet und weiterleitet. Solange das offen ist, bleiben Anfragen liegen – und zwar vor aller Augen.',
      en: 'A new channel changes the way you work: enquiries suddenly arrive as comments or direct messages, in the evening and at weekends too. Little is settled yet about who reads them, answers them and passes them on. As long as that is open, enquiries will go unanswered – in full public view.',
      runner: {
        owner: {
          de: 'Ein neuer Kanal verändert Ihre Abläufe: Anfragen kommen plötzlich als Kommentar oder Direktnachricht, auch am Abend und am Wochenende. Bei Ihnen ist noch kaum geregelt, wann Sie sie lesen und beantworten und wo sie landen. Solange das offen ist, bleiben Anfragen liegen – und zwar vor aller Augen.',
          en: 'A new channel changes the way you work: enquiries suddenly arrive as comments or direct messages, in the evening and at weekends too. Little is settled yet about when you read and answer them and where they end up. As long as that is open, enquiries will go unanswered – in full public view.',
        },
        outside: {
          de: 'Ein neuer Kanal verändert Ihre Abläufe, auch wenn eine externe Stelle ihn betreut: Anfragen kommen als Kommentar oder Direktnachricht, und die Agentur kann eine Offerte nicht selbst beantworten. Bei Ihnen ist noch kaum geregelt, was sie weitergibt und wer die Zugänge hat. Solange das offen ist, bleiben Anfragen liegen – vor aller Augen.',
          en: 'A new channel changes the way you work, even when an outside agency runs it: enquiries arrive as comments or direct messages, and the agency cannot answer a request for a quote itself. Little is settled yet about what it passes on and who holds the logins. As long as that is open, enquiries will go unanswered – in full public view.',
        },
      },
    },
    quote: {
      article: 'must-have',
      original: 'Was oft vergessen wird, ist an eine Anpassung der Firmenprozesse zu denken.',
      en: 'What is often forgotten is to think about adapting the company’s processes.',
    },
    steps: [
      {
        de: 'Listen Sie diese Woche alle Wege auf, über die heute Anfragen hereinkommen, und tragen Sie für jeden eine verantwortliche Person und eine Stellvertretung ein.',
        en: 'This week, list every route by which enquiries reach you today, and name one person responsible and one stand-in for each.',
        runner: {
          owner: {
            de: 'Listen Sie diese Woche alle Wege auf, über die heute Anfragen hereinkommen, und legen Sie für jeden fest, wann Sie ihn prüfen.',
            en: 'This week, list every route by which enquiries reach you today, and decide for each when you check it.',
          },
          outside: {
            de: 'Vereinbaren Sie diese Woche mit der externen Stelle schriftlich, welche Anfragen sie selbst beantwortet und welche sie noch am selben Tag an Sie weitergibt.',
            en: 'This week, agree in writing with the outside agency which enquiries it answers itself and which it passes on to you the same day.',
          },
        },
      },
      {
        de: 'Legen Sie eine Antwortfrist fest – zum Beispiel innert eines Arbeitstages – und hängen Sie sie dort auf, wo das Team sie sieht.',
        en: 'Set a response time – within one working day, say – and pin it up where the whole team will see it.',
        runner: {
          owner: {
            de: 'Legen Sie eine Antwortfrist fest – zum Beispiel innert eines Arbeitstages – und tragen Sie zwei feste Zeitfenster pro Tag dafür in Ihre Agenda ein.',
            en: 'Set a response time – within one working day, say – and put two fixed slots a day for it in your diary.',
          },
          outside: {
            de: 'Lassen Sie sich die Zugänge zu allen Kanälen übergeben, sodass sie bei Ihnen liegen und nicht nur bei der Agentur.',
            en: 'Have the logins to every channel handed over to you, so that they sit with you and not only with the agency.',
          },
        },
      },
      {
        de: 'Klären Sie, wohin eine Bestellung, Reklamation oder Offertanfrage aus Social Media weitergeht, damit sie im gewohnten Ablauf landet.',
        en: 'Work out where an order, a complaint or a request for a quote that arrives via social media gets passed on, so it ends up in your normal workflow.',
      },
    ],
  },
  {
    dimension: 'processes',
    band: 'building',
    title: { de: 'Abläufe ferienfest machen', en: 'Make your routines holiday-proof' },
    body: {
      de: 'Einiges ist geregelt, doch vieles hängt noch an einzelnen Personen und am Zufall. Auch Schweigen ist eine Botschaft: Eine Nachricht, die drei Tage unbeantwortet bleibt, sagt etwas über Ihr Unternehmen. Halten Sie die Abläufe jetzt so fest, dass sie auch bei Ferien und Krankheit funktionieren.',
      en: 'Some things are settled, but a lot still depends on particular people and on luck. Silence sends a message too: a message left unanswered for three days says something about your business. Now is the time to pin the routines down so they hold up through holidays and sick days.',
      runner: {
        owner: {
          de: 'Einiges ist geregelt, doch vieles hängt noch an Ihnen allein und am Zufall. Auch Schweigen ist eine Botschaft: Eine Nachricht, die drei Tage unbeantwortet bleibt, sagt etwas über Ihr Unternehmen. Halten Sie die Abläufe jetzt so fest, dass sie auch in Ihren Ferien funktionieren.',
          en: 'Some things are settled, but a lot still depends on you alone and on luck. Silence sends a message too: a message left unanswered for three days says something about your business. Now is the time to pin the routines down so they hold up while you are away.',
        },
      },
    },
    quote: {
      article: 'must-have',
      original: 'Denn bekanntlich gibt es ja keine Nicht-Kommunikation.',
      en: 'After all, as everyone knows, there is no such thing as not communicating.',
    },
    steps: [
      {
        de: 'Beschreiben Sie den Ablauf für die drei häufigsten Arten von Anfragen auf je einer halben Seite: wer liest, wer antwortet, wer entscheidet.',
        en: 'Describe the routine for your three most common kinds of enquiry, half a page each: who reads, who replies, who decides.',
      },
      {
        de: 'Regeln Sie die Ferienvertretung für die Kanäle und testen Sie sie, indem die Stellvertretung eine Woche lang übernimmt.',
        en: 'Arrange holiday cover for the channels, and test it by letting the stand-in run them for a week.',
        runner: {
          owner: {
            de: 'Legen Sie fest, was in Ihren Ferien mit den Kanälen geschieht: eine Vertretung oder ein Hinweis, ab wann Sie wieder antworten.',
            en: 'Decide what happens to the channels while you are away: a stand-in, or a note saying when you will reply again.',
          },
          outside: {
            de: 'Vereinbaren Sie mit der externen Stelle, wer die Kanäle betreut, wenn sie ausfällt, und was bei einem Ende des Auftrags geschieht.',
            en: 'Agree with the outside agency who runs the channels if it drops out, and what happens if the contract ends.',
          },
        },
      },
      {
        de: 'Bestimmen Sie, welche Beiträge vor dem Veröffentlichen freigegeben werden müssen und von wem – und welche nicht.',
        en: 'Decide which posts need sign-off before they go out, and from whom – and which don’t.',
      },
    ],
  },
  {
    dimension: 'processes',
    band: 'ready',
    title: { de: 'Abläufe an der Wirklichkeit messen', en: 'Check your routines against reality' },
    body: {
      de: 'Antworten, Weiterleitung und Vertretung sind geregelt. Der nächste Schritt ist, diese Regeln im Alltag zu überprüfen: Wie schnell antworten Sie tatsächlich, und wo gehen Anfragen zwischen Kanal und Auftragsabwicklung verloren? Gerade ein kleines Unternehmen gewinnt viel, wenn es seine Kommunikationsprozesse bewusst hinterfragt.',
      en: 'Replies, hand-overs and cover are settled. The next step is to test those rules in day-to-day work: how fast do you really reply, and where do enquiries get lost between the channel and the order being processed? A small business in particular gains a lot from taking a hard look at how it communicates.',
    },
    quote: {
      article: 'must-have',
      original:
        '… auch für mittelständische und kleine Unternehmen lohnt es sich durchaus, die eigenen Kommunikationsprozesse zu hinterfragen.',
      en: '… even for mid-sized and small companies, it is well worth questioning their own communication processes.',
    },
    steps: [
      {
        de: 'Notieren Sie zwei Wochen lang bei jeder Nachricht, die online eintrifft, wie viel Zeit zwischen Eingang und Antwort verging.',
        en: 'For two weeks, note for every message that reaches you online how much time passed between its arrival and your reply.',
      },
      {
        de: 'Verfolgen Sie fünf Anfragen, die online kamen, bis zum Abschluss und halten Sie fest, wo sie ins Stocken gerieten.',
        en: 'Follow five enquiries that came in online all the way through, and note where each one stalled.',
      },
      {
        de: 'Besprechen Sie die Ergebnisse in der nächsten Teamsitzung und ändern Sie den einen Ablauf, der am meisten hakt.',
        en: 'Go through the findings at the next team meeting and fix the one routine that causes the most friction.',
        runner: {
          owner: {
            de: 'Ändern Sie danach den einen Ablauf, der am meisten hakt, und prüfen Sie ihn nach einem Monat wieder.',
            en: 'Then fix the one routine that causes the most friction, and check it again a month later.',
          },
        },
      },
    ],
  },
  {
    dimension: 'processes',
    band: 'strong',
    title: { de: 'Abläufe dokumentieren und übergabefähig machen', en: 'Write the routines down so others can run them' },
    body: {
      de: 'Ihre Abläufe rund um die Kanäle sind klar geregelt, auch für Abwesenheiten. Damit das so bleibt, wenn Personen wechseln oder ein weiterer Kanal dazukommt, dürfen sie nicht nur in den Köpfen stecken. Nutzen Sie Ihre Erfahrung, um jeden neuen Kanal von Anfang an mit angepassten Prozessen einzuführen.',
      en: 'Your routines around the channels are clearly settled, absences included. To keep it that way when people change jobs or another channel is added, they can’t live only in people’s heads. Use what you’ve learned to launch every new channel with its processes adjusted from day one.',
    },
    quote: {
      article: 'must-have',
      original:
        'Insofern gilt es, bei jeder Integration eines neuen Kommunikationskanals konzeptionell vorzugehen. Aber auch das reicht noch nicht aus.',
      en: 'So whenever a new communication channel is brought in, it has to be approached with a concept. But even that is not enough.',
    },
    steps: [
      {
        de: 'Fassen Sie die Abläufe in einer kurzen Checkliste zusammen, mit der eine neue Mitarbeiterin oder ein neuer Mitarbeiter die Kanäle innert einer Woche übernehmen kann.',
        en: 'Sum up the routines in a short checklist that would let a new member of staff take over the channels within a week.',
        runner: {
          owner: {
            de: 'Fassen Sie die Abläufe in einer kurzen Checkliste zusammen, mit der eine Vertretung Ihre Kanäle innert einer Woche übernehmen kann.',
            en: 'Sum up the routines in a short checklist that would let a stand-in take over your channels within a week.',
          },
        },
      },
      {
        de: 'Ergänzen Sie die Checkliste um die Abläufe, die Sie anpassen müssen, bevor ein weiterer Kanal startet.',
        en: 'Add to the checklist the routines you’d need to adjust before any further channel goes live.',
      },
      {
        de: 'Überprüfen Sie Antwortzeiten und Zuständigkeiten einmal pro Quartal.',
        en: 'Review response times and who is responsible for what once a quarter.',
      },
    ],
  },
];
