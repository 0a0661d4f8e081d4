import type { GateGuidance, HoldGuidance } from '@/lib/content-schema';

/**
 * The cards of the two gates while they are not met: answered low («failed»), or not known («unknown»). They say
 * plainly that a channel should wait until someone has the time and the will; the gate notice beside them names
 * the critical companion, so the cards do not repeat it.
 */
export const gateGuidance: GateGuidance[] = [
  {
    item: 'people-willing',
    status: 'failed',
    title: { de: 'Zuerst eine Person, die es will', en: 'First, someone who wants to do it' },
    body: {
      de: 'Die vorgesehene Person hat nicht zugesagt, dass sie die Kanäle betreuen will. Ein Kanal lebt nur, wenn jemand ihn speisen kann und will – Können allein genügt nicht. Warten Sie deshalb mit einem neuen Kanal, bis jemand die Zeit und den Willen dafür hat.',
      en: 'The person you had in mind has not said they want to run the channels. A channel only lives if someone is able and willing to feed it – ability alone is not enough. So hold off on any new channel until someone has the time and the will for it.',
      runner: {
        owner: {
          de: 'Sie wollen die Kanäle eher nicht selbst betreuen. Das ist eine ehrliche und wichtige Antwort: Ein Kanal lebt nur, wenn jemand ihn speisen kann und will. Warten Sie mit einem neuen Kanal, bis jemand – Sie selbst, jemand aus dem Team oder eine externe Stelle – die Zeit und den Willen dafür hat.',
          en: 'You would rather not run the channels yourself. That is an honest and important answer: a channel only lives if someone is able and willing to feed it. Hold off on any new channel until someone – you, someone on your team or an outside agency – has the time and the will for it.',
        },
        outside: {
          de: 'Mit der externen Stelle ist nicht schriftlich vereinbart, was sie an Ihren Kanälen übernimmt. Ohne Zusage bleibt offen, wer die Kanäle speist, und ein Kanal verwaist schnell. Warten Sie mit einem neuen Kanal, bis diese Zusage vorliegt und bei Ihnen jemand die Zeit hat, die Agentur zu beliefern.',
          en: 'Nothing is agreed in writing with the outside agency about what it takes on for your channels. Without that, it is open who feeds them, and a channel is soon abandoned. Hold off on any new channel until that commitment exists and someone on your side has the time to supply the agency.',
        },
        undecided: {
          de: 'Niemand in Ihrer Firma hat angeboten, die Kanäle zu betreuen. Ein Kanal lebt nur, wenn jemand ihn speisen kann und will. Warten Sie deshalb mit einem neuen Kanal, bis jemand die Zeit und den Willen dafür hat.',
          en: 'Nobody in your company has offered to run the channels. A channel only lives if someone is able and willing to feed it. So hold off on any new channel until someone has the time and the will for it.',
        },
      },
    },
    quote: {
      article: 'must-have',
      original: 'Kann und will die beauftragte Person die Kanäle speisen?',
      en: 'Is the person put in charge able and willing to keep the channels fed?',
    },
    steps: [
      {
        de: 'Führen Sie diese Woche mit der vorgesehenen Person ein Gespräch unter vier Augen und fragen Sie direkt, ob sie die Aufgabe will – auch ein Nein ist eine brauchbare Antwort.',
        en: 'This week, sit down one-to-one with the person you had in mind and ask them straight out whether they want the job – a no is a useful answer too.',
        runner: {
          owner: {
            de: 'Entscheiden Sie bis Ende Monat, ob Sie die Aufgabe doch übernehmen, sie abgeben oder vorerst ganz lassen – alle drei sind brauchbare Antworten.',
            en: 'By the end of the month, decide whether you take the job on after all, hand it over or leave it for now – all three are useful answers.',
          },
          outside: {
            de: 'Holen Sie bei der externen Stelle eine schriftliche Offerte ein, die Leistungen, Kosten und Antwortzeiten nennt.',
            en: 'Ask the outside agency for a written quote that sets out the work, the costs and the response times.',
          },
          undecided: {
            de: 'Fragen Sie diese Woche zwei Personen, die in Frage kommen, unter vier Augen, ob sie die Aufgabe wollen – auch ein Nein ist eine brauchbare Antwort.',
            en: 'This week, ask two people who might take it on, one-to-one, whether they want the job – a no is a useful answer too.',
          },
        },
      },
      {
        de: 'Stellen Sie den Start neuer Kanäle zurück, bis jemand zugesagt hat, und sorgen Sie bis dahin nur dafür, dass man Sie findet und dass Nachrichten beantwortet werden.',
        en: 'Put any new channel on hold until someone has said yes, and until then only make sure people can find you and that messages get answered.',
      },
      {
        de: 'Versehen Sie bestehende Profile, die niemand pflegen will, mit einem Hinweis auf Website und Telefonnummer.',
        en: 'Give existing profiles that nobody wants to look after a pointer to your website and phone number.',
      },
    ],
  },
  {
    item: 'people-willing',
    status: 'unknown',
    title: { de: 'Zuerst klären, wer es will', en: 'First settle who wants to do it' },
    body: {
      de: 'Ob die vorgesehene Person die Kanäle wirklich betreuen will, ist nicht geklärt. Solange das offen ist, steht ein Kanal auf unsicherem Boden, und die Stufe bleibt begrenzt. Klären Sie diese Frage, bevor Sie weitere Zeit in Kanäle stecken.',
      en: 'Whether the person you had in mind really wants to run the channels has not been settled. As long as that is open, a channel stands on shaky ground, and the level stays capped. Settle this question before you put more time into channels.',
      runner: {
        owner: {
          de: 'Ob Sie die Kanäle selbst betreuen wollen, ist noch offen. Solange das offen ist, steht ein Kanal auf unsicherem Boden, und die Stufe bleibt begrenzt. Klären Sie diese Frage für sich, bevor Sie weitere Zeit in Kanäle stecken.',
          en: 'Whether you want to run the channels yourself is still open. As long as that is open, a channel stands on shaky ground, and the level stays capped. Settle this question for yourself before you put more time into channels.',
        },
        outside: {
          de: 'Was die externe Stelle an Ihren Kanälen übernimmt, ist nicht geklärt. Solange das offen ist, steht ein Kanal auf unsicherem Boden, und die Stufe bleibt begrenzt. Klären Sie es schriftlich, bevor Sie weiteres Geld oder weitere Zeit investieren.',
          en: 'What the outside agency takes on for your channels has not been settled. As long as that is open, a channel stands on shaky ground, and the level stays capped. Settle it in writing before you invest more money or time.',
        },
      },
    },
    quote: {
      article: 'must-have',
      original: 'Kann und will die beauftragte Person die Kanäle speisen?',
      en: 'Is the person put in charge able and willing to keep the channels fed?',
    },
    steps: [
      {
        de: 'Fragen Sie die vorgesehene Person diese Woche direkt, ob sie die Aufgabe will, und halten Sie die Antwort fest.',
        en: 'This week, ask the person you had in mind straight out whether they want the job, and write the answer down.',
        runner: {
          owner: {
            de: 'Notieren Sie diese Woche, was Sie an der Aufgabe reizt und was Sie davon abhält – und entscheiden Sie danach.',
            en: 'This week, write down what appeals to you about the job and what holds you back – then decide.',
          },
          outside: {
            de: 'Lassen Sie sich von der externen Stelle diese Woche schriftlich bestätigen, was sie übernimmt und was bei Ihnen bleibt.',
            en: 'This week, have the outside agency confirm in writing what it takes on and what stays with you.',
          },
        },
      },
      {
        de: 'Stellen Sie neue Kanäle zurück, bis die Antwort vorliegt.',
        en: 'Put new channels on hold until you have the answer.',
      },
      {
        de: 'Beantworten Sie danach die Aussage zum Willen im Check neu; erst dann zeigt die Auswertung, wo Sie wirklich stehen.',
        en: 'Then answer the statement on the will again in the check; only then do the results show where you really stand.',
      },
    ],
  },
  {
    item: 'time-two-hours',
    status: 'failed',
    title: { de: 'Ohne feste Zeit kein neuer Kanal', en: 'No set time, no new channel' },
    body: {
      de: 'Die zuständige Person hat keine zwei Stunden pro Woche fest für die Kanäle eingeplant. Dann gilt klar: Warten Sie mit einem neuen Kanal, bis jemand die Zeit und den Willen dazu hat – sonst entsteht ein Auftritt, der bald verwaist und mehr schadet als nützt.',
      en: 'The person in charge does not have two hours a week set aside for the channels. So the answer is plain: hold off on a new channel until someone has both the time and the will – otherwise you end up with an account that’s soon abandoned and does more harm than good.',
      runner: {
        owner: {
          de: 'Sie haben keine zwei Stunden pro Woche fest für Ihre Kanäle eingeplant. Dann gilt klar: Warten Sie mit einem neuen Kanal, bis Sie oder jemand anders die Zeit und den Willen dazu hat – sonst entsteht ein Auftritt, der bald verwaist und mehr schadet als nützt.',
          en: 'You do not have two hours a week set aside for your channels. So the answer is plain: hold off on a new channel until you or someone else has both the time and the will – otherwise you end up with an account that’s soon abandoned and does more harm than good.',
        },
        outside: {
          de: 'Bei Ihnen ist keine feste Zeit eingeplant, um die externe Stelle zu beliefern und Anfragen zu beantworten. Auch mit einer Agentur gilt: Warten Sie mit einem neuen Kanal, bis bei Ihnen jemand die Zeit dafür hat – sonst klingen die Beiträge nach niemandem, und Anfragen bleiben liegen.',
          en: 'You have no fixed time set aside to supply the outside agency and answer enquiries. Even with an agency: hold off on a new channel until someone on your side has the time – otherwise the posts sound like nobody and enquiries go unanswered.',
        },
        undecided: {
          de: 'Niemand hat jede Woche feste Zeit für die Kanäle reserviert. Dann gilt klar: Warten Sie mit einem neuen Kanal, bis jemand die Zeit und den Willen dazu hat – sonst entsteht ein Auftritt, der bald verwaist und mehr schadet als nützt.',
          en: 'Nobody has fixed time reserved for the channels each week. So the answer is plain: hold off on a new channel until someone has both the time and the will – otherwise you end up with an account that’s soon abandoned and does more harm than good.',
        },
      },
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
        runner: {
          owner: {
            de: 'Klären Sie, welche bestehende Aufgabe Sie dafür abgeben können; gibt es keine, verschieben Sie den Kanal.',
            en: 'Work out which existing task you could hand over in return; if there isn’t one, postpone the channel.',
          },
          outside: {
            de: 'Bestimmen Sie, wer bei Ihnen jede Woche eine Stunde für Fotos, Freigaben und Antworten bekommt; gibt es niemanden, verschieben Sie den Kanal.',
            en: 'Decide who on your side gets an hour a week for photos, sign-offs and replies; if there is nobody, postpone the channel.',
          },
        },
      },
      {
        de: 'Sorgen Sie bis dahin nur für das Nötigste: Man findet Sie mit aktuellen Kontaktdaten, und jede Nachricht erhält eine Antwort.',
        en: 'Until then, see to the essentials only: people find you with current contact details, and every message gets an answer.',
      },
    ],
  },
  {
    item: 'time-two-hours',
    status: 'unknown',
    title: { de: 'Zuerst die Zeit klären', en: 'First settle the time' },
    body: {
      de: 'Ob jede Woche zwei Stunden für die Kanäle frei sind, ist nicht geklärt. Wer nicht weiss, ob er die Zeit hat, hat sie meist noch nicht gesichert. Klären Sie das, bevor ein Kanal startet; bis dahin bleibt die Stufe begrenzt.',
      en: 'Whether two hours a week are free for the channels has not been settled. Anyone who does not know whether they have the time has usually not secured it yet. Settle this before a channel starts; until then the level stays capped.',
      runner: {
        outside: {
          de: 'Ob bei Ihnen jede Woche Zeit eingeplant ist, um die externe Stelle zu beliefern und Anfragen zu beantworten, ist nicht geklärt. Klären Sie das, bevor ein Kanal startet; bis dahin bleibt die Stufe begrenzt.',
          en: 'Whether you have time set aside each week to supply the outside agency and answer enquiries has not been settled. Settle this before a channel starts; until then the level stays capped.',
        },
      },
    },
    quote: {
      article: 'must-have',
      original: 'Hat sie die Zeit dazu?',
      en: 'Does that person have the time for it?',
    },
    steps: [
      {
        de: 'Führen Sie zwei Wochen lang Buch, wo die Zeit der vorgesehenen Person hingeht, und suchen Sie darin zwei freie Stunden.',
        en: 'For two weeks, keep track of where the intended person’s time goes, and look for two free hours in it.',
        runner: {
          owner: {
            de: 'Führen Sie zwei Wochen lang Buch, wo Ihre Zeit hingeht, und suchen Sie darin zwei freie Stunden.',
            en: 'For two weeks, keep track of where your time goes, and look for two free hours in it.',
          },
        },
      },
      {
        de: 'Tragen Sie probeweise zwei feste Stunden pro Woche in den Kalender ein und prüfen Sie nach einem Monat, ob sie gehalten haben.',
        en: 'As a trial, put two fixed hours a week in the calendar and check after a month whether they held.',
      },
      {
        de: 'Stellen Sie neue Kanäle zurück, bis die Antwort vorliegt, und beantworten Sie die Aussage zur Zeit danach im Check neu.',
        en: 'Put new channels on hold until you have the answer, then answer the statement on time again in the check.',
      },
    ],
  },
];

/** While a gate is not met, these take the place of cards that would send the owner to grow reach. */
export const holdGuidance: HoldGuidance[] = [
  {
    dimension: 'community',
    title: { de: 'Reichweite später, Antworten jetzt', en: 'Reach later, replies now' },
    body: {
      de: 'Solange niemand die Zeit und den Willen für die Kanäle hat, lohnt es sich nicht, um Follower zu werben: Wer neu folgt, findet einen stillen Kanal. Sorgen Sie vorerst nur dafür, dass man Sie findet und dass jede Nachricht eine Antwort bekommt.',
      en: 'As long as nobody has the time and the will for the channels, it does not pay to court followers: anyone who follows you finds a silent channel. For now, only make sure people can find you and that every message gets an answer.',
    },
    quote: {
      article: 'must-have',
      original: 'Denn bekanntlich gibt es ja keine Nicht-Kommunikation.',
      en: 'After all, as everyone knows, there is no such thing as not communicating.',
    },
    steps: [
      {
        de: 'Prüfen Sie diese Woche, ob Adresse, Öffnungszeiten und Telefonnummer auf Ihrer Website und in Ihrem Google-Unternehmensprofil stimmen.',
        en: 'This week, check that the address, opening hours and phone number on your website and your Google business profile are right.',
      },
      {
        de: 'Beantworten Sie jede Nachricht spätestens am nächsten Werktag, auch wenn es nur ein kurzer Dank ist.',
        en: 'Answer every message by the next working day, even if it is only a short thank-you.',
      },
      {
        de: 'Versehen Sie Profile, die Sie nicht pflegen können, mit einem Hinweis auf Website und Telefonnummer.',
        en: 'Give profiles you cannot look after a pointer to your website and phone number.',
      },
    ],
  },
];
