import type { Guidance } from '@/lib/content-schema';

/**
 * Person & Kompetenz: can and will the person in charge feed the channels, and does the medium suit them?
 * These cards appear only while the will gate is at least partly met; otherwise the gate card (content/gates.ts) shows.
 */
export const peopleGuidance: Guidance[] = [
  {
    dimension: 'people',
    band: 'early',
    title: { de: 'Können und Medium aufbauen', en: 'Build up the skills and the medium' },
    body: {
      de: 'Die Bereitschaft ist zumindest teilweise da, doch Können und Medium passen noch nicht: Die zuständige Person nutzt den Kanal kaum selbst, hat wenig Übung im Schreiben für die Kundschaft oder kennt das Angebot noch zu wenig. Bevor ein Kanal startet, braucht sie Übung – und einen Kanal, der ihr liegt.',
      en: 'The willingness is there, at least in part, but the skills and the medium do not fit yet: the person in charge hardly uses the channel themselves, has little practice writing for customers or does not know the offer well enough. Before a channel starts, they need practice – and a channel that suits them.',
      runner: {
        owner: {
          de: 'Ihre Bereitschaft ist zumindest teilweise da, doch Können und Medium passen noch nicht: Sie nutzen den Kanal kaum selbst oder haben wenig Übung im Schreiben für Ihre Kundschaft. Bevor ein Kanal startet, brauchen Sie Übung – und einen Kanal, der Ihnen liegt.',
          en: 'You are willing, at least in part, but the skills and the medium do not fit yet: you hardly use the channel yourself or have little practice writing for your customers. Before a channel starts, you need practice – and a channel that suits you.',
        },
        outside: {
          de: 'Eine externe Stelle ist zumindest teilweise zugesagt, doch ob sie das Medium, Ihre Firma und Ihr Angebot gut genug kennt, ist noch nicht gezeigt. Bevor ein Kanal startet, sollte sie beweisen, dass ihre Beiträge nach Ihnen klingen.',
          en: 'An outside agency has committed itself, at least in part, but it has not yet shown that it knows the medium, your company and your offer well enough. Before a channel starts, it should prove that its posts sound like you.',
        },
      },
    },
    quote: {
      article: 'must-have',
      original: 'Liegt ihr das Medium?',
      en: 'Does the medium come naturally to them?',
    },
    steps: [
      {
        de: 'Wählen Sie einen Kanal, den die zuständige Person selbst schon nutzt, statt einen, der gerade in Mode ist.',
        en: 'Choose a channel the person in charge already uses themselves, rather than one that happens to be in fashion.',
        runner: {
          owner: {
            de: 'Wählen Sie einen Kanal, den Sie selbst schon nutzen, statt einen, der gerade in Mode ist.',
            en: 'Choose a channel you already use yourself, rather than one that happens to be in fashion.',
          },
          outside: {
            de: 'Lassen Sie die externe Stelle drei Probebeiträge über Ihre Firma schreiben und prüfen Sie, ob Sie sie so veröffentlichen würden.',
            en: 'Have the outside agency write three sample posts about your company and check whether you would publish them as they are.',
          },
        },
      },
      {
        de: 'Lassen Sie die zuständige Person diesen Monat drei Probebeiträge schreiben, und besprechen Sie sie gemeinsam, bevor etwas erscheint.',
        en: 'This month, have the person in charge write three sample posts, and go through them together before anything goes out.',
        runner: {
          owner: {
            de: 'Schreiben Sie diesen Monat drei Probebeiträge und lassen Sie sie von einer Person lesen, die Ihre Kundschaft kennt.',
            en: 'This month, write three sample posts and have them read by someone who knows your customers.',
          },
          outside: {
            de: 'Geben Sie der externen Stelle eine Seite mit Ihrem Angebot, Ihren häufigsten Kundenfragen und drei Dingen, die nie erscheinen sollen.',
            en: 'Give the outside agency one page with your offer, your customers’ most common questions and three things that must never appear.',
          },
        },
      },
      {
        de: 'Buchen Sie innert eines Monats einen halben Tag mit einer erfahrenen Fachperson, genau für die Aufgaben, die am schwersten fallen.',
        en: 'Within a month, book half a day with an experienced practitioner for exactly the tasks that are hardest.',
      },
    ],
  },
  {
    dimension: 'people',
    band: 'building',
    title: { de: 'Die zuständige Person gezielt stärken', en: 'Back the person in charge where it counts' },
    body: {
      de: 'Jemand hat die Aufgabe übernommen, doch das Können oder die Vertrautheit mit dem Medium sind noch nicht gefestigt. Das ist normal: Wer mit Social Media beginnt, braucht Übung, Rückmeldungen und ein Medium, das zur eigenen Art passt. Fragen Sie nach, statt es vorauszusetzen, und investieren Sie gezielt in die Fähigkeiten, die noch fehlen.',
      en: 'Someone has taken on the task, but the skills or the familiarity with the medium aren’t settled yet. That’s normal: anyone new to social media needs practice, feedback and a medium that fits the way they are. Ask rather than assume, and invest specifically in the skills that are still missing.',
      runner: {
        owner: {
          de: 'Sie haben die Aufgabe übernommen, doch Ihr Können oder Ihre Vertrautheit mit dem Medium sind noch nicht gefestigt. Das ist normal: Wer mit Social Media beginnt, braucht Übung, Rückmeldungen und ein Medium, das zur eigenen Art passt. Investieren Sie gezielt in die Fähigkeiten, die Ihnen noch fehlen.',
          en: 'You have taken on the task, but your skills or your familiarity with the medium aren’t settled yet. That’s normal: anyone new to social media needs practice, feedback and a medium that fits the way they are. Invest specifically in the skills you are still missing.',
        },
        outside: {
          de: 'Eine externe Stelle hat zugesagt, doch ob sie Ihre Firma, Ihr Angebot und das Medium gut genug kennt, ist noch nicht gefestigt. Geben Sie ihr, was sie braucht, und prüfen Sie ihre ersten Beiträge genau.',
          en: 'An outside agency has committed itself, but whether it knows your company, your offer and the medium well enough isn’t settled yet. Give it what it needs, and look closely at its first posts.',
        },
        undecided: {
          de: 'Jemand kommt für die Aufgabe in Frage, doch das Können oder die Vertrautheit mit dem Medium sind noch nicht gefestigt. Fragen Sie nach, statt es vorauszusetzen, und investieren Sie gezielt in die Fähigkeiten, die noch fehlen.',
          en: 'Someone might take on the task, but the skills or the familiarity with the medium aren’t settled yet. Ask rather than assume, and invest specifically in the skills that are still missing.',
        },
      },
    },
    quote: {
      article: 'must-have',
      original: 'Liegt ihr das Medium?',
      en: 'Does the medium come naturally to them?',
    },
    steps: [
      {
        de: 'Fragen Sie die zuständige Person, welche zwei Aufgaben an den Kanälen ihr am schwersten fallen, und schreiben Sie die Antworten auf.',
        en: 'Ask the person in charge which two tasks on the channels they find hardest, and write the answers down.',
        runner: {
          owner: {
            de: 'Notieren Sie, welche zwei Aufgaben an den Kanälen Ihnen am schwersten fallen.',
            en: 'Write down which two tasks on the channels you find hardest.',
          },
          outside: {
            de: 'Fragen Sie die externe Stelle, was ihr für gute Beiträge über Ihre Firma fehlt, und liefern Sie es innert zwei Wochen.',
            en: 'Ask the outside agency what it is missing for good posts about your company, and supply it within two weeks.',
          },
        },
      },
      {
        de: 'Buchen Sie innert eines Monats für genau diese Aufgaben eine Schulung oder einen halben Tag mit einer erfahrenen Fachperson.',
        en: 'Within a month, book a course or half a day with an experienced practitioner covering exactly those tasks.',
        runner: {
          outside: {
            de: 'Vereinbaren Sie für den ersten Monat, dass Sie jeden Beitrag vor dem Erscheinen sehen.',
            en: 'Agree that for the first month you see every post before it goes out.',
          },
        },
      },
      {
        de: 'Besprechen Sie alle zwei Wochen während zehn Minuten einen gelungenen und einen misslungenen Beitrag.',
        en: 'Every fortnight, spend ten minutes together on one post that worked and one that didn’t.',
        runner: {
          owner: {
            de: 'Schauen Sie alle zwei Wochen während zehn Minuten einen gelungenen und einen misslungenen Beitrag an, gern mit einer Person aus Ihrem Umfeld.',
            en: 'Every fortnight, spend ten minutes on one post that worked and one that didn’t, ideally with someone you trust.',
          },
        },
      },
    ],
  },
  {
    dimension: 'people',
    band: 'ready',
    title: { de: 'Eine zweite Person aufbauen', en: 'Build up a second person' },
    body: {
      de: 'Die zuständige Person hat zugesagt, kennt das Medium, schreibt für die Kundschaft und kennt Ihr Angebot. Die Schwachstelle ist jetzt die Abhängigkeit von genau dieser einen Person: Fällt sie aus oder verlässt sie das Unternehmen, verstummt der Auftritt. Bauen Sie deshalb eine Stellvertretung auf und halten Sie das Wissen fest.',
      en: 'The person in charge has committed themselves, knows the medium, writes for customers and knows your offer. The weak spot now is relying on that one person: if they’re off sick or leave the company, your channels go quiet. So build up a stand-in and get the know-how written down.',
      runner: {
        owner: {
          de: 'Sie wollen die Kanäle betreuen, kennen das Medium, schreiben für Ihre Kundschaft und kennen Ihr Angebot. Die Schwachstelle ist jetzt, dass alles an Ihnen hängt: Sind Sie krank oder überlastet, verstummt der Auftritt. Halten Sie deshalb das Wissen fest und bauen Sie eine Vertretung auf.',
          en: 'You want to run the channels, know the medium, write for your customers and know your offer. The weak spot now is that everything rests on you: if you are ill or overloaded, your channels go quiet. So write the know-how down and build up a stand-in.',
        },
        outside: {
          de: 'Die externe Stelle hat verbindlich zugesagt, kennt das Medium und Ihre Firma. Die Schwachstelle ist jetzt die Abhängigkeit: Endet der Auftrag, verstummt der Auftritt. Sorgen Sie dafür, dass Zugänge und Wissen bei Ihnen liegen.',
          en: 'The outside agency has firmly committed itself and knows the medium and your company. The weak spot now is dependence: if the contract ends, your channels go quiet. Make sure the logins and the know-how sit with you.',
        },
      },
    },
    quote: {
      article: 'must-have',
      original: 'Kann und will die beauftragte Person die Kanäle speisen? Liegt ihr das Medium?',
      en: 'Is the person put in charge able and willing to keep the channels fed? Does the medium come naturally to them?',
    },
    steps: [
      {
        de: 'Bestimmen Sie diesen Monat eine zweite Person, die jede Woche einen Beitrag mitgestaltet und so die Kanäle kennenlernt.',
        en: 'This month, name a second person who helps put together one post a week and so gets to know the channels.',
        runner: {
          owner: {
            de: 'Bestimmen Sie diesen Monat eine Person, die jede Woche einen Beitrag mitgestaltet – oder halten Sie fest, wie Ihre Kanäle in Ihrer Abwesenheit ruhen.',
            en: 'This month, name someone who helps put together one post a week – or write down how your channels rest while you are away.',
          },
          outside: {
            de: 'Lassen Sie sich diesen Monat alle Zugänge übergeben und bestimmen Sie eine Person in Ihrer Firma, die sie verwaltet.',
            en: 'This month, have all the logins handed over and name someone in your company to look after them.',
          },
        },
      },
      {
        de: 'Lassen Sie die zuständige Person auf zwei Seiten festhalten, wo die Zugänge hinterlegt sind, welche Werkzeuge sie nutzt und welchen Ton sie anschlägt.',
        en: 'Have the person in charge set out on two pages where the logins are kept, which tools they use and what tone they strike.',
        runner: {
          owner: {
            de: 'Halten Sie auf zwei Seiten fest, wo die Zugänge hinterlegt sind, welche Werkzeuge Sie nutzen und welchen Ton Sie anschlagen.',
            en: 'Set out on two pages where the logins are kept, which tools you use and what tone you strike.',
          },
          outside: {
            de: 'Lassen Sie die externe Stelle auf zwei Seiten festhalten, welche Werkzeuge sie nutzt, welchen Ton sie anschlägt und was sie von Ihnen braucht.',
            en: 'Have the outside agency set out on two pages which tools it uses, what tone it strikes and what it needs from you.',
          },
        },
      },
      {
        de: 'Lassen Sie die Stellvertretung im nächsten Monat eine Woche lang die Kanäle allein betreuen und besprechen Sie danach, was gefehlt hat.',
        en: 'Next month, let the stand-in run the channels alone for a week, then talk through what they were missing.',
      },
    ],
  },
  {
    dimension: 'people',
    band: 'strong',
    title: { de: 'Erfahrung teilen und Wirkung sichtbar machen', en: 'Share the experience and show the impact' },
    body: {
      de: 'Ihre Kanäle liegen bei jemandem, der zugesagt hat, das Medium selbst nutzt, für die Kundschaft schreiben kann und Ihr Angebot kennt. Halten Sie diese Motivation lebendig: Sie hängt auch davon ab, dass die Arbeit gesehen wird und ihre Wirkung sichtbar ist. Zugleich ist jetzt der richtige Moment, das Wissen im Team zu verbreitern.',
      en: 'Your channels are in the hands of someone who has committed themselves, uses the medium, can write for customers and knows your offer. Keep that motivation alive: it depends partly on the work being noticed and its effect being visible. This is also the right moment to spread the know-how across the team.',
      runner: {
        owner: {
          de: 'Sie wollen die Kanäle betreuen, nutzen das Medium selbst, schreiben für Ihre Kundschaft und kennen Ihr Angebot. Halten Sie Ihre Motivation lebendig, indem Sie die Wirkung Ihrer Arbeit sichtbar machen. Zugleich ist jetzt der richtige Moment, Ihr Wissen weiterzugeben.',
          en: 'You want to run the channels, use the medium yourself, write for your customers and know your offer. Keep your motivation alive by making the effect of your work visible. This is also the right moment to pass your know-how on.',
        },
        outside: {
          de: 'Die externe Stelle hat zugesagt, kennt das Medium, schreibt passend für Ihre Kundschaft und kennt Ihr Angebot. Machen Sie die Wirkung ihrer Arbeit sichtbar, damit Sie jederzeit entscheiden können, ob sich der Auftrag lohnt.',
          en: 'The outside agency has committed itself, knows the medium, writes well for your customers and knows your offer. Make the effect of its work visible, so that you can decide at any time whether the contract pays.',
        },
      },
    },
    quote: {
      article: 'real-networks',
      original: 'Wohlverstanden, ich bin intensiver Nutzer und Verfechter von sozialen Medien. Und nicht bloss einem Kanal zugetan.',
      en: 'Mind you, I am a heavy user and a champion of social media. And not devoted to just one channel.',
    },
    steps: [
      {
        de: 'Geben Sie der zuständigen Person in der nächsten Teamsitzung eine halbe Stunde, um zu zeigen, was funktioniert und warum.',
        en: 'At the next team meeting, give the person in charge half an hour to show what’s working and why.',
        runner: {
          owner: {
            de: 'Zeigen Sie Ihrem Team oder einer Person Ihres Vertrauens in einer halben Stunde, was funktioniert und warum.',
            en: 'In half an hour, show your team or someone you trust what’s working and why.',
          },
        },
      },
      {
        de: 'Zeigen Sie ihr jeden Monat eine Zahl oder eine Rückmeldung aus der Kundschaft, die auf ihre Arbeit zurückgeht.',
        en: 'Each month, show them one figure or one piece of customer feedback that comes from their work.',
        runner: {
          owner: {
            de: 'Halten Sie jeden Monat eine Zahl oder eine Rückmeldung aus der Kundschaft fest, die auf Ihre Arbeit an den Kanälen zurückgeht.',
            en: 'Each month, note one figure or one piece of customer feedback that comes from your work on the channels.',
          },
          outside: {
            de: 'Lassen Sie sich jeden Monat eine Zahl und eine Rückmeldung aus der Kundschaft zeigen, die auf die Arbeit der externen Stelle zurückgehen.',
            en: 'Each month, have the outside agency show you one figure and one piece of customer feedback that come from its work.',
          },
        },
      },
      {
        de: 'Vereinbaren Sie mit ihr ein jährliches Gespräch darüber, ob ihr die Kanäle noch liegen und welche Weiterbildung sie sich wünscht.',
        en: 'Agree on a yearly conversation with them about whether the channels still suit them and what further training they would like.',
        runner: {
          owner: {
            de: 'Fragen Sie sich einmal im Jahr, ob Ihnen die Kanäle noch liegen und welche Weiterbildung Sie sich gönnen.',
            en: 'Once a year, ask yourself whether the channels still suit you and what further training you would like.',
          },
          outside: {
            de: 'Setzen Sie ein jährliches Gespräch an, in dem Sie Aufwand, Kosten und Wirkung des Auftrags nebeneinanderstellen.',
            en: 'Set up a yearly meeting at which you put the effort, cost and effect of the contract side by side.',
          },
        },
      },
    ],
  },
];
