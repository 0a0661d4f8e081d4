import type { Guidance } from '@/lib/content-schema';

export const contentGuidance: Guidance[] = [
  {
    dimension: 'content',
    band: 'early',
    title: {
      de: 'Zuerst Stoff sammeln, dann posten',
      en: 'Gather material first, post later',
    },
    body: {
      de: 'Im Moment fehlt der Stoff, von dem ein Kanal leben könnte – und ein Auftritt ohne Inhalte bleibt leer, so schön das Profilbild auch ist. Bevor Sie einen weiteren Kanal eröffnen, klären Sie, was Ihre Zielgruppe überhaupt von Ihnen wissen will. Das Material dafür liegt meist schon im Betrieb: in Offerten, am Telefon, in der Werkstatt.',
      en: 'Right now there is little for a channel to live on – and a profile without content stays empty, however nice the cover picture. Before you open another channel, find out what your target group actually wants to know from you. The raw material is usually already in the business: in your quotes, on the phone, in the workshop.',
    },
    quote: {
      article: 'must-have',
      original: 'Hat es überhaupt Inhalte für die entsprechende Zielgruppe?',
      en: 'Is there any content at all for the target group in question?',
    },
    steps: [
      {
        de: 'Notieren Sie bis Freitag die zehn Fragen, die Ihnen Kundinnen und Kunden am häufigsten stellen – jede Antwort darauf ist ein möglicher Beitrag.',
        en: 'By Friday, write down the ten questions customers ask you most often – every answer is a post waiting to be written.',
      },
      {
        de: 'Fotografieren Sie diese Woche an drei Tagen je eine Arbeit, die gerade entsteht, und legen Sie die Bilder in einem gemeinsamen Ordner ab.',
        en: 'On three days this week, take a photo of a job in progress and save it to a shared folder.',
      },
      {
        de: 'Eröffnen Sie keinen neuen Kanal, bevor zwölf Beiträge bereitliegen; gelingt das nicht, ist das ein klares Zeichen, zuerst den Stoff zu sichern.',
        en: 'Don’t open a new channel until twelve posts are ready; if you can’t get there, that is a clear sign to secure your material first.',
      },
    ],
  },
  {
    dimension: 'content',
    band: 'building',
    title: {
      de: 'Aus Einzelstücken einen Themenvorrat machen',
      en: 'Turn one-off posts into a stock of topics',
    },
    body: {
      de: 'Stoff gibt es, aber er wird erst teilweise gesammelt und geplant – vieles hängt davon ab, ob gerade jemand daran denkt. Genau hier beginnen Auftritte zu verwaisen: Der erste Schwung ist schnell veröffentlicht, danach wird es still. Was Sie brauchen, ist ein kleiner Vorrat und eine feste Quelle, aus der Neues nachkommt.',
      en: 'There is material, but it is only partly collected and planned – a lot depends on whether someone happens to think of it. This is exactly where channels start to go quiet: the first burst goes out quickly, then nothing. What you need is a small stock of posts and a steady source that keeps it topped up.',
    },
    quote: {
      article: 'must-have',
      original: 'Aber was geschieht danach?',
      en: 'But what happens after that?',
    },
    steps: [
      {
        de: 'Legen Sie bis Ende Woche eine einfache Themenliste an – eine Tabelle genügt – und tragen Sie zwanzig Themen ein, die Ihre Kundinnen und Kunden beschäftigen.',
        en: 'By the end of the week, start a simple topic list – a spreadsheet will do – and fill in twenty topics your customers care about.',
      },
      {
        de: 'Bestimmen Sie drei wiederkehrende Formate, etwa «Frage der Woche», «Blick in die Werkstatt» und «Projekt abgeschlossen», und ordnen Sie jedes Thema einem davon zu.',
        en: 'Pick three recurring formats – “question of the week”, “behind the scenes” and “job done”, for instance – and file each topic under one of them.',
      },
      {
        de: 'Vereinbaren Sie im Team, dass jede und jeder pro Woche eine Beobachtung aus dem Kundenkontakt in die Liste schreibt.',
        en: 'Agree with your team that everyone adds one observation from their dealings with customers to the list each week.',
      },
    ],
  },
  {
    dimension: 'content',
    band: 'ready',
    title: {
      de: 'Inhalte für ein Quartal im Voraus planen',
      en: 'Plan a quarter’s content ahead',
    },
    body: {
      de: 'Sie haben Themen für die nächsten Monate, kennen die Fragen Ihrer Kundschaft und sammeln eigenes Material. Die Arbeit liegt jetzt im Unterhalten: Der Kanal soll auch weiterlaufen, wenn Ferien, Hochsaison oder Krankheit dazwischenkommen. Ein Redaktionsplan und ein kleiner Vorrat an fertigen Beiträgen machen Sie unabhängig vom Tagesgeschäft.',
      en: 'You have topics for the coming months, know your customers’ questions and collect material of your own. The work now lies in keeping it going: the channel should carry on through holidays, peak season or sick leave. An editorial calendar and a small buffer of finished posts free you from the day-to-day rush.',
    },
    quote: {
      article: 'must-have',
      original: 'Internetauftritt basteln ist das Eine. Diese zu unterhalten das Andere.',
      en: 'Putting together a web presence is one thing. Keeping it up is another.',
    },
    steps: [
      {
        de: 'Füllen Sie bis nächsten Freitag einen Redaktionsplan für die kommenden zwölf Wochen mit je einem Thema pro Woche.',
        en: 'By next Friday, fill an editorial calendar for the coming twelve weeks with one topic per week.',
      },
      {
        de: 'Bereiten Sie vier Beiträge mit Text und Bild fertig vor, die Sie in ruhigen Wochen oder während der Ferien veröffentlichen können.',
        en: 'Prepare four complete posts, text and image, that you can publish in quiet weeks or while you are away.',
      },
      {
        de: 'Halten Sie schriftlich fest, wer einspringt, wenn die zuständige Person zwei Wochen ausfällt, und geben Sie dieser Person Zugang zum Plan.',
        en: 'Write down who steps in if the person in charge is out for two weeks, and give that person access to the calendar.',
        runner: {
          owner: {
            de: 'Halten Sie schriftlich fest, was geschieht, wenn Sie zwei Wochen ausfallen: wer einspringt oder welche vorbereiteten Beiträge erscheinen.',
            en: 'Write down what happens if you are out for two weeks: who steps in, or which prepared posts go out.',
          },
        },
      },
    ],
  },
  {
    dimension: 'content',
    band: 'strong',
    title: {
      de: 'Bewährte Inhalte auswerten und weiterverwenden',
      en: 'Measure what works and reuse it',
    },
    body: {
      de: 'Ihr Vorrat an Stoff ist gross: Themen sind geplant, die Fragen Ihrer Kundschaft gesammelt, und eigenes Material liegt bereit. Der nächste Schritt ist, genau hinzuschauen, welche Themen zu Gesprächen und Anfragen führen – und die besten dort einzusetzen, wo sie am meisten bewirken. So bleibt der Aufwand gleich, und die Wirkung wächst.',
      en: 'Your stock of material is large: topics are planned, your customers’ questions collected, and material of your own is ready. The next step is to look closely at which topics lead to conversations and enquiries – and to put the best ones where they achieve the most. Same effort, more impact.',
    },
    quote: {
      article: 'must-have',
      original: 'Warum dann nicht gleich die richtigen Medien wählen?',
      en: 'So why not choose the right media from the start?',
    },
    steps: [
      {
        de: 'Ordnen Sie Ihre Themen diese Woche drei wiederkehrenden Formaten zu, etwa «Frage der Woche», «Blick in die Werkstatt» und «Projekt abgeschlossen».',
        en: 'This week, file your topics under three recurring formats, such as “question of the week”, “behind the scenes” and “job done”.',
      },
      {
        de: 'Verwenden Sie die Antworten auf die häufigsten Kundenfragen auch in einem anderen Medium – im Newsletter, in einer Offerte oder am nächsten Kundenanlass.',
        en: 'Use your answers to the most common customer questions in another medium too – your newsletter, a quote or your next customer event.',
      },
      {
        de: 'Prüfen Sie nach drei Monaten, welche Themen zu Rückfragen oder Anfragen geführt haben, und streichen Sie das schwächste Format zugunsten des stärksten.',
        en: 'After three months, check which topics led to questions or enquiries, and drop the weakest format in favour of the strongest.',
      },
    ],
  },
];
