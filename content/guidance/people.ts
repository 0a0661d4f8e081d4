import type { Guidance } from '@/lib/content-schema';

/** Person & Kompetenz (a gate): can and will the person in charge feed the channels, and does the medium suit them? */
export const peopleGuidance: Guidance[] = [
  {
    dimension: 'people',
    band: 'early',
    title: { de: 'Zuerst die richtige Person finden', en: 'Find the right person first' },
    body: {
      de: 'Ein Kanal lebt nur, wenn jemand ihn speisen kann und will – und wenn dieser Person das Medium liegt. Das ist bei Ihnen heute nicht gegeben. Warten Sie deshalb mit einem neuen Kanal, bis es eine Person gibt, die das Können, die Zeit und den Willen dazu hat; eine kritische Begleitung (Business Coaching) hilft Ihnen, diese Frage ehrlich zu klären.',
      en: 'A channel only stays alive if someone is able and willing to feed it – and if the medium suits that person. Right now, that isn’t the case for you. So hold off on any new channel until there is someone with the skills, the time and the will to do it; a critical companion (business coaching) can help you answer that question honestly.',
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
      },
      {
        de: 'Stellen Sie den Start neuer Kanäle zurück, bis jemand zugesagt hat, und teilen Sie diesen Entscheid dem Team mit.',
        en: 'Put the launch of any new channel on hold until someone has said yes, and tell the team about that decision.',
      },
      {
        de: 'Vereinbaren Sie ein Erstgespräch mit einem Business Coach, der mit Ihnen klärt, wer im Unternehmen die Kanäle tragen könnte.',
        en: 'Book a first session with a business coach to work out together who in the company could carry the channels.',
      },
    ],
  },
  {
    dimension: 'people',
    band: 'building',
    title: { de: 'Die zuständige Person gezielt stärken', en: 'Back the person in charge where it counts' },
    body: {
      de: 'Es gibt jemanden, der die Kanäle betreut, doch das Können oder die Freude daran sind noch nicht gefestigt. Das ist normal: Wer mit Social Media beginnt, braucht Übung, Rückmeldungen und ein Medium, das zur eigenen Art passt. Fragen Sie nach, statt es vorauszusetzen, und investieren Sie gezielt in die Fähigkeiten, die noch fehlen.',
      en: 'Someone does look after the channels, but the skills or the enjoyment aren’t settled yet. That’s normal: anyone new to social media needs practice, feedback and a medium that fits the way they are. Ask rather than assume, and invest specifically in the skills that are still missing.',
    },
    quote: {
      article: 'must-have',
      original: 'Liegt ihr das Medium?',
      en: 'Does the medium come naturally to them?',
    },
    steps: [
      {
        de: 'Fragen Sie die verantwortliche Person, welche zwei Aufgaben an den Kanälen ihr am schwersten fallen, und schreiben Sie die Antworten auf.',
        en: 'Ask the person in charge which two tasks on the channels they find hardest, and write the answers down.',
      },
      {
        de: 'Buchen Sie innert eines Monats für genau diese Aufgaben eine Schulung oder einen halben Tag mit einer erfahrenen Fachperson.',
        en: 'Within a month, book a course or half a day with an experienced practitioner covering exactly those tasks.',
      },
      {
        de: 'Besprechen Sie alle zwei Wochen während zehn Minuten einen gelungenen und einen misslungenen Beitrag.',
        en: 'Every fortnight, spend ten minutes together on one post that worked and one that didn’t.',
      },
    ],
  },
  {
    dimension: 'people',
    band: 'ready',
    title: { de: 'Eine zweite Person aufbauen', en: 'Build up a second person' },
    body: {
      de: 'Die verantwortliche Person kann und will die Kanäle speisen, und das Medium liegt ihr. Die Schwachstelle ist jetzt die Abhängigkeit von genau dieser einen Person: Fällt sie aus oder verlässt sie das Unternehmen, verstummt der Auftritt. Bauen Sie deshalb eine Stellvertretung auf und halten Sie das Wissen fest.',
      en: 'The person in charge is able and willing to feed the channels, and the medium suits them. The weak spot now is relying on that one person: if they’re off sick or leave the company, your channels go quiet. So build up a stand-in and get the know-how written down.',
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
      },
      {
        de: 'Lassen Sie die verantwortliche Person auf zwei Seiten festhalten, wo die Zugänge hinterlegt sind, welche Werkzeuge sie nutzt und welchen Ton sie anschlägt.',
        en: 'Have the person in charge set out on two pages where the logins are kept, which tools they use and what tone they strike.',
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
      de: 'Ihre Kanäle liegen bei jemandem, der sie kann, gerne betreibt und nicht bloss an einem einzigen Kanal hängt. Halten Sie diese Motivation lebendig: Sie hängt auch davon ab, dass die Arbeit gesehen wird und ihre Wirkung sichtbar ist. Zugleich ist jetzt der richtige Moment, das Wissen im Team zu verbreitern.',
      en: 'Your channels are in the hands of someone who is good at it, enjoys it and isn’t wedded to a single channel. Keep that motivation alive: it depends partly on the work being noticed and its effect being visible. This is also the right moment to spread the know-how across the team.',
    },
    quote: {
      article: 'real-networks',
      original: 'Wohlverstanden, ich bin intensiver Nutzer und Verfechter von sozialen Medien. Und nicht bloss einem Kanal zugetan.',
      en: 'Mind you, I am a heavy user and a champion of social media. And not devoted to just one channel.',
    },
    steps: [
      {
        de: 'Geben Sie der verantwortlichen Person in der nächsten Teamsitzung eine halbe Stunde, um zu zeigen, was funktioniert und warum.',
        en: 'At the next team meeting, give the person in charge half an hour to show what’s working and why.',
      },
      {
        de: 'Zeigen Sie ihr jeden Monat eine Zahl oder eine Rückmeldung aus der Kundschaft, die auf ihre Arbeit zurückgeht.',
        en: 'Each month, show them one figure or one piece of customer feedback that comes from their work.',
      },
      {
        de: 'Vereinbaren Sie mit ihr ein jährliches Gespräch darüber, ob ihr die Kanäle noch liegen und welche Weiterbildung sie sich wünscht.',
        en: 'Agree on a yearly conversation with them about whether the channels still suit them and what further training they would like.',
      },
    ],
  },
];
