import type { Guidance } from '@/lib/content-schema';

export const audienceGuidance: Guidance[] = [
  {
    dimension: 'audience',
    band: 'early',
    title: {
      de: 'Die neue Zielgruppe beim Namen nennen',
      en: 'Put a name to your new audience',
    },
    body: {
      de: 'Auf sozialen Kanälen erreichen Sie oft Menschen, die Ihr Unternehmen bisher nicht angesprochen hat – und noch ist nicht klar, wer das bei Ihnen sein soll. Solange die Zielgruppe unscharf bleibt, lassen sich weder passende Inhalte noch der richtige Ton finden. Klären Sie zuerst, für wen Sie schreiben; der Kanal kommt danach.',
      en: 'Social channels often reach people your company has never addressed before – and it isn’t yet clear who that should be for you. As long as the audience stays vague, you can find neither the right content nor the right tone. Settle first who you are writing for; the channel comes after.',
    },
    quote: {
      article: 'must-have',
      original:
        'Speziell, wenn man von sozialen Kanälen spricht, dann kommen sehr oft neue Zielgruppen hinzu, die mit geeigneten Inhalten und der richtigen Tonalität angesprochen werden müssen.',
      en: 'With social channels in particular, new target groups very often come into play, and they have to be addressed with suitable content and the right tone.',
    },
    steps: [
      {
        de: 'Beschreiben Sie bis Mittwoch auf je einer halben Seite zwei Personen, die Sie online erreichen wollen: Beruf, Alter, Anliegen und was sie von Ihnen brauchen.',
        en: 'By Wednesday, describe two people you want to reach online, half a page each: job, age, concerns and what they need from you.',
      },
      {
        de: 'Fragen Sie diese Woche drei bestehende Kundinnen oder Kunden, auf welchen Kanälen sie sich beruflich informieren, und notieren Sie die Antworten.',
        en: 'This week, ask three existing customers which channels they use to keep up with their line of work, and write their answers down.',
      },
      {
        de: 'Können Sie sich nicht auf eine Zielgruppe einigen, wählen Sie noch keinen Kanal: Die Zielgruppe entscheidet, welcher passt.',
        en: 'If you can’t agree on a target group, don’t choose a channel yet: the audience decides which one fits.',
      },
    ],
  },
  {
    dimension: 'audience',
    band: 'building',
    title: {
      de: 'Den Ton auf einer Seite festlegen',
      en: 'Pin down your tone on one page',
    },
    body: {
      de: 'Wen Sie erreichen wollen, ist teilweise geklärt, der Ton oder der Umgang mit neuen Zielgruppen aber noch nicht ganz. Ohne Abmachung schwankt der Ton mit der Person, die gerade schreibt: mal steif wie ein Geschäftsbrief, mal salopp mit englischen Brocken. Eine Seite mit klaren Abmachungen genügt, damit Ihre Kanäle nach einem Unternehmen klingen.',
      en: 'Whom you want to reach is partly settled, but the tone or how you deal with new target groups is not quite there yet. Without an agreement, the tone shifts with whoever happens to be writing: stiff as a business letter one day, breezy and peppered with English the next. One page of clear agreements is enough to make your channels sound like one company.',
    },
    quote: {
      article: 'real-networks',
      original: 'Furchtbare Vermischung von englisch und deutsch. Aber der Kern der Aussage stimmt natürlich.',
      en: 'A dreadful mix of English and German. But the core of the message is right, of course.',
    },
    steps: [
      {
        de: 'Entscheiden Sie bis Freitag schriftlich, ob Sie online «Sie» oder «Du» verwenden, ob Mundart erlaubt ist und welche Fachbegriffe Sie erklären.',
        en: 'By Friday, decide in writing whether you address people formally or informally online, whether Swiss German dialect is allowed, and which technical terms you explain.',
      },
      {
        de: 'Schreiben Sie drei Beispielbeiträge im vereinbarten Ton und legen Sie diese als Muster zum Leitfaden.',
        en: 'Write three sample posts in the agreed tone and attach them to the guide as models.',
      },
      {
        de: 'Lesen Sie Ihre letzten zehn Beiträge und Antworten durch und markieren Sie jene, die nicht zum Leitfaden passen.',
        en: 'Read through your last ten posts and replies and mark the ones that don’t fit the guide.',
      },
    ],
  },
  {
    dimension: 'audience',
    band: 'ready',
    title: {
      de: 'Jedem Kanal seine Zielgruppe und seinen Ton',
      en: 'Give each channel its audience and its tone',
    },
    body: {
      de: 'Zielgruppe und Ton sind festgelegt. Jetzt lohnt es sich, die Kanäle klar zu unterscheiden: Geschäftskontakte erwarten anderes als die Nachbarschaft oder künftige Lernende. Wer jedem Kanal eine Rolle gibt, spricht alle passender an und spart Arbeit, weil nicht überall alles erscheinen muss.',
      en: 'Audience and tone are settled. Now it pays to tell your channels apart: business contacts expect something different from your neighbours or future apprentices. Give each channel a role and you will speak to everyone more fittingly – and save work, because not everything has to go everywhere.',
    },
    quote: {
      article: 'real-networks',
      original:
        'Richtig vorbildlich nutze ich bspw. XING für geschäftliche Kontakte und facebook für private «Freundschaften».',
      en: 'I’m a model user, for instance: XING for business contacts and Facebook for private “friendships”.',
    },
    steps: [
      {
        de: 'Halten Sie bis Ende Woche für jeden Kanal in einem Satz fest, wen er erreicht und welcher Ton dort gilt.',
        en: 'By the end of the week, write one sentence per channel saying whom it reaches and which tone applies there.',
      },
      {
        de: 'Gehen Sie Ihre Beiträge oder Kundenmails der letzten vier Wochen durch und notieren Sie, welche für eine andere Zielgruppe geschrieben waren als gedacht.',
        en: 'Go through your posts or customer emails of the last four weeks and note which were written for a different audience than intended.',
      },
      {
        de: 'Bitten Sie je eine Person aus jeder Zielgruppe um eine kurze Rückmeldung, ob der Ton sie anspricht.',
        en: 'Ask one person from each target group for quick feedback on whether the tone speaks to them.',
      },
    ],
  },
  {
    dimension: 'audience',
    band: 'strong',
    title: {
      de: 'Tonalität überprüfen und weitergeben',
      en: 'Review your tone and hand it on',
    },
    body: {
      de: 'Zielgruppen, Ton und der Umgang mit neuen Gruppen sind bei Ihnen festgelegt. Damit das im Alltag trägt, gehören auch die leisen Stellen dazu: Antworten auf Kritik, Stelleninserate, die Zeit, bis eine Nachricht beantwortet ist – auch sie sagen etwas über Ihr Unternehmen. Sichern Sie das Gelernte, damit es nicht an einer einzelnen Person hängt.',
      en: 'Your target groups, your tone and how you deal with new groups are settled. For that to hold day to day, mind the quieter places too: replies to criticism, job ads, how long a message waits for an answer – they all say something about your company. Secure what you have learned so it doesn’t rest on a single person.',
    },
    quote: {
      article: 'must-have',
      original: 'Denn bekanntlich gibt es ja keine Nicht-Kommunikation.',
      en: 'After all, as we know, there is no such thing as not communicating.',
    },
    steps: [
      {
        de: 'Lesen Sie diese Woche Ihre letzten zehn Antworten auf Kommentare und Nachrichten durch und prüfen Sie, ob sie im gleichen Ton gehalten sind wie Ihre Beiträge.',
        en: 'This week, reread your last ten replies to comments and messages and check that they sound like your posts.',
      },
      {
        de: 'Ergänzen Sie Ihren Leitfaden um drei gelungene Antworten auf schwierige Kommentare und geben Sie ihn allen, die neu an den Kanälen mitarbeiten.',
        en: 'Add three good replies to difficult comments to your tone guide, and hand it to everyone who starts working on the channels.',
      },
      {
        de: 'Setzen Sie einen Termin in sechs Monaten, an dem Sie mit einer kurzen Umfrage unter zehn Kundinnen und Kunden prüfen, ob sich Ihre Zielgruppen verändert haben.',
        en: 'Put a date in the diary six months from now to check, with a short survey of ten customers, whether your audiences have shifted.',
      },
    ],
  },
];
