import type { Item } from '@/lib/content-schema';

/**
 * The statements on readiness. Each holds one observable idea, full agreement always means «ready», and each works
 * for a firm that has no channel yet. Statements about the person in charge are worded for who runs the channels:
 * the neutral text speaks of an employee, `runner` holds the owner («Sie»), an outside agency and «not decided yet».
 * Weight 3 = central to the articles' question, 1 = helpful but secondary; `weightByMarket` where B2B or B2C matters.
 */
export const items: Item[] = [
  // strategy — Konzept & Ziele
  {
    id: 'strategy-written-goals',
    dimension: 'strategy',
    prompt: {
      de: 'Wir haben schriftlich festgehalten, was wir mit Social Media erreichen wollen.',
      en: 'We have written down what we want to achieve with social media.',
    },
    help: {
      de: 'Zum Beispiel mehr Anfragen aus der Region, neue Lernende oder besser informierte Stammkundschaft.',
      en: 'For example more enquiries from the region, new apprentices or better-informed regular customers.',
    },
    weight: 3,
  },
  {
    id: 'strategy-channel-fit',
    dimension: 'strategy',
    prompt: {
      de: 'Den Kanal, den wir nutzen oder planen, haben wir gewählt, nachdem wir unsere Kundschaft nach ihren Plattformen gefragt haben.',
      en: 'We chose the channel we use or plan after asking our customers which platforms they use.',
      market: {
        b2b: {
          de: 'Den Kanal, den wir nutzen oder planen, haben wir gewählt, nachdem wir Geschäftskunden nach ihren Plattformen gefragt haben.',
          en: 'We chose the channel we use or plan after asking business customers which platforms they use.',
        },
      },
    },
    help: {
      de: 'Haben Sie noch keinen Kanal, denken Sie an den, den Sie am ehesten eröffnen würden.',
      en: 'If you have no channel yet, think of the one you would be most likely to open.',
    },
    weight: 3,
  },
  {
    id: 'strategy-upkeep-plan',
    dimension: 'strategy',
    prompt: {
      de: 'Für jeden Kanal, den wir betreiben oder planen, ist festgelegt, wie oft wir ihn mit Beiträgen bespielen.',
      en: 'For every channel we run or plan, we have set how often we post on it.',
    },
    help: {
      de: 'Einen Kanal zu eröffnen dauert Minuten; hier geht es darum, ob auch das Danach geplant ist.',
      en: 'Opening a channel takes minutes; this is about whether what comes after is planned too.',
    },
    weight: 2,
  },
  {
    id: 'strategy-measure',
    dimension: 'strategy',
    prompt: {
      de: 'Wir haben festgelegt, woran wir messen, ob sich ein Kanal lohnt, zum Beispiel an den Anfragen pro Monat.',
      en: 'We have settled how we will tell whether a channel pays off, for example by the enquiries it brings each month.',
    },
    help: {
      de: 'Diese Zahl beantwortet später die Frage, was Social Media Ihnen tatsächlich gebracht hat.',
      en: 'Later, this figure answers the question of what social media has actually brought you.',
    },
    weight: 2,
  },
  {
    id: 'strategy-outside-view',
    dimension: 'strategy',
    prompt: {
      de: 'Wir lassen unser Vorgehen bei Social Media von einer aussenstehenden Person kritisch hinterfragen.',
      en: 'We have someone from outside the company critically question our approach to social media.',
    },
    help: {
      de: 'Etwa ein Business Coach, eine Beraterin oder ein Unternehmerkollege, der die richtigen Fragen stellt.',
      en: 'Such as a business coach, an adviser or a fellow business owner who asks the right questions.',
    },
    weight: 1,
  },

  // processes — Prozesse & Zuständigkeiten
  {
    id: 'processes-replies',
    dimension: 'processes',
    prompt: {
      de: 'Wir haben festgelegt, wer Nachrichten und Kommentare beantwortet, die online bei uns eintreffen.',
      en: 'We have agreed who answers the messages and comments that reach us online.',
      runner: {
        owner: {
          de: 'Sie haben festgelegt, zu welchen Zeiten Sie Nachrichten und Kommentare beantworten, die online eintreffen.',
          en: 'You have set the times at which you answer the messages and comments that reach you online.',
        },
        outside: {
          de: 'Es ist vereinbart, welche Nachrichten die externe Stelle selbst beantwortet und welche sie an uns weitergibt.',
          en: 'It is agreed which messages the outside agency answers itself and which it passes on to us.',
        },
      },
    },
    help: {
      de: 'Auch E-Mails und Bewertungen im Internet zählen, nicht nur Social Media.',
      en: 'Emails and online reviews count too, not only social media.',
    },
    weight: 3,
  },
  {
    id: 'processes-handover',
    dimension: 'processes',
    prompt: {
      de: 'Anfragen, die über Social Media eintreffen, gelangen auf einem festen Weg zu der Person, die sie bearbeitet.',
      en: 'Enquiries that arrive through social media reach the person who handles them by a fixed route.',
      runner: {
        owner: {
          de: 'Anfragen aus Social Media landen bei Ihnen am selben Ort wie Anfragen per Telefon oder E-Mail.',
          en: 'Enquiries from social media end up in the same place as your enquiries by phone or email.',
        },
        outside: {
          de: 'Anfragen, welche die externe Stelle erhält, kommen auf einem festen Weg zu uns.',
          en: 'Enquiries that reach the outside agency come to us by a fixed route.',
        },
      },
    },
    help: {
      de: 'Zum Beispiel eine Offertanfrage, die direkt im Verkauf landet, oder eine Bewerbung, die bei der Personalverantwortlichen ankommt.',
      en: 'For example a request for a quote that goes straight to sales, or a job application that reaches whoever handles hiring.',
      runner: {
        owner: {
          de: 'Zum Beispiel in derselben Pendenzenliste, damit keine Anfrage in einer App liegen bleibt.',
          en: 'For example on the same to-do list, so that no enquiry is left sitting in an app.',
        },
      },
    },
    weight: 2,
  },
  {
    id: 'processes-deputy',
    dimension: 'processes',
    prompt: {
      de: 'Für Ferien und andere Abwesenheiten ist eine Stellvertretung für unsere Kanäle bestimmt.',
      en: 'A stand-in for our channels is named for holidays and other absences.',
      runner: {
        owner: {
          de: 'Für Ihre Ferien ist geregelt, was mit Ihren Kanälen geschieht: eine Vertretung oder ein Hinweis auf Ihre Abwesenheit.',
          en: 'It is settled what happens to your channels while you are on holiday: a stand-in, or a note saying you are away.',
        },
        outside: {
          de: 'Die Zugänge zu unseren Kanälen liegen bei uns, sodass wir jederzeit selbst übernehmen könnten.',
          en: 'We hold the logins to our channels ourselves, so we could take over at any time.',
        },
      },
    },
    weight: 2,
  },

  // culture — Unternehmenskultur
  {
    id: 'culture-openness-agreed',
    dimension: 'culture',
    prompt: {
      de: 'Wir haben festgelegt, was von unserer Firma online gezeigt wird und was intern bleibt.',
      en: 'We have settled what of our company is shown online and what stays internal.',
    },
    help: {
      de: 'Zum Beispiel Fotos aus der Werkstatt, Namen von Kundinnen und Kunden oder Einblicke ins Team.',
      en: 'For example photos from the workshop, customers’ names or glimpses of the team.',
    },
    weight: 3,
  },
  {
    id: 'culture-leadership-backing',
    dimension: 'culture',
    prompt: {
      de: 'Die Geschäftsleitung hat dem Team erklärt, was Social Media für unsere Firma leisten soll.',
      en: 'Management has explained to the team what social media is meant to do for our company.',
      runner: {
        owner: {
          de: 'Sie haben Ihrem Team erklärt, was Social Media für Ihre Firma leisten soll.',
          en: 'You have explained to your team what social media is meant to do for your company.',
        },
      },
    },
    help: {
      de: 'Führen Sie die Firma allein, wählen Sie «Betrifft uns nicht».',
      en: 'If you run the company on your own, choose “Not relevant to us”.',
    },
    weight: 2,
  },
  {
    id: 'culture-team-contributes',
    dimension: 'culture',
    prompt: {
      de: 'Mitarbeitende liefern Fotos oder Geschichten aus ihrem Arbeitsalltag für Beiträge.',
      en: 'Staff contribute photos or stories from their working day for posts.',
    },
    help: {
      de: 'Führen Sie die Firma allein, wählen Sie «Betrifft uns nicht».',
      en: 'If you run the company on your own, choose “Not relevant to us”.',
      runner: {
        outside: {
          de: 'Auch eine Agentur braucht Stoff aus dem Betrieb. Führen Sie die Firma allein, wählen Sie «Betrifft uns nicht».',
          en: 'An agency needs material from inside the business too. If you run the company on your own, choose “Not relevant to us”.',
        },
      },
    },
    weight: 2,
  },
  {
    id: 'culture-criticism',
    dimension: 'culture',
    prompt: {
      de: 'Wir haben vereinbart, wie wir auf öffentliche Kritik reagieren, etwa auf eine schlechte Bewertung im Internet.',
      en: 'We have agreed how we respond to public criticism, such as a bad online review.',
      runner: {
        owner: {
          de: 'Sie haben sich zurechtgelegt, wie Sie auf öffentliche Kritik reagieren, etwa auf eine schlechte Bewertung im Internet.',
          en: 'You have worked out how you respond to public criticism, such as a bad online review.',
        },
        outside: {
          de: 'Mit der externen Stelle ist vereinbart, wer über die Antwort auf öffentliche Kritik entscheidet.',
          en: 'It is agreed with the outside agency who decides how to answer public criticism.',
        },
      },
    },
    weight: 2,
  },

  // people — Person & Kompetenz
  {
    id: 'people-willing',
    dimension: 'people',
    prompt: {
      de: 'Die Person, die unsere Kanäle betreuen soll, hat ausdrücklich zugesagt, dass sie diese Aufgabe will.',
      en: 'The person who is to run our channels has said in so many words that they want the job.',
      runner: {
        owner: {
          de: 'Sie wollen die Betreuung Ihrer Kanäle selbst übernehmen.',
          en: 'You want to look after your channels yourself.',
        },
        outside: {
          de: 'Eine externe Stelle hat schriftlich zugesagt, welche Arbeit sie an unseren Kanälen übernimmt.',
          en: 'An outside agency has confirmed in writing which work on our channels it takes on.',
        },
        undecided: {
          de: 'Jemand in unserer Firma hat von sich aus angeboten, die Kanäle zu betreuen.',
          en: 'Someone in our company has offered of their own accord to run the channels.',
        },
      },
    },
    weight: 3,
    gate: {
      reason: {
        de: 'Die vorgesehene Person hat nicht zugesagt, dass sie die Kanäle betreuen will. Ohne jemanden, der es will, bleibt ein Kanal nicht lange lebendig.',
        en: 'The person you had in mind has not said they want to run the channels. Without someone who wants to, a channel does not stay alive for long.',
        runner: {
          owner: {
            de: 'Sie wollen die Kanäle eher nicht selbst betreuen. Ohne jemanden, der es will, bleibt ein Kanal nicht lange lebendig.',
            en: 'You would rather not run the channels yourself. Without someone who wants to, a channel does not stay alive for long.',
          },
          outside: {
            de: 'Mit der externen Stelle ist nicht schriftlich vereinbart, was sie übernimmt. Ohne Zusage bleibt offen, wer die Kanäle speist.',
            en: 'Nothing is agreed in writing with the outside agency about what it takes on. Without that, it is open who feeds the channels.',
          },
          undecided: {
            de: 'Niemand in Ihrer Firma hat angeboten, die Kanäle zu betreuen. Ohne jemanden, der es will, bleibt ein Kanal nicht lange lebendig.',
            en: 'Nobody in your company has offered to run the channels. Without someone who wants to, a channel does not stay alive for long.',
          },
        },
      },
      unclear: {
        de: 'Ob die vorgesehene Person die Kanäle betreuen will, ist nicht geklärt.',
        en: 'Whether the person you had in mind wants to run the channels has not been settled.',
        runner: {
          owner: {
            de: 'Ob Sie die Kanäle selbst betreuen wollen, ist noch offen.',
            en: 'Whether you want to run the channels yourself is still open.',
          },
          outside: {
            de: 'Was die externe Stelle an Ihren Kanälen übernimmt, ist nicht geklärt.',
            en: 'What the outside agency takes on for your channels has not been settled.',
          },
          undecided: {
            de: 'Ob jemand in Ihrer Firma die Kanäle betreuen will, ist nicht geklärt.',
            en: 'Whether anyone in your company wants to run the channels has not been settled.',
          },
        },
      },
    },
  },
  {
    id: 'people-uses-medium',
    dimension: 'people',
    prompt: {
      de: 'Die zuständige Person nutzt den gewählten Kanal auch selbst regelmässig.',
      en: 'The person in charge regularly uses the chosen channel themselves.',
      runner: {
        owner: {
          de: 'Sie nutzen den gewählten Kanal auch selbst regelmässig, privat oder beruflich.',
          en: 'You regularly use the chosen channel yourself, privately or for work.',
        },
        outside: {
          de: 'Die externe Stelle betreut bereits Kanäle anderer Firmen auf derselben Plattform.',
          en: 'The outside agency already runs channels for other firms on the same platform.',
        },
        undecided: {
          de: 'Wer dafür in Frage kommt, nutzt den gewählten Kanal selbst regelmässig.',
          en: 'Whoever might take this on regularly uses the chosen channel themselves.',
        },
      },
    },
    weight: 2,
  },
  {
    id: 'people-writing-sample',
    dimension: 'people',
    prompt: {
      de: 'Die zuständige Person hat schon Texte für unsere Kundschaft geschrieben, die unverändert erscheinen konnten.',
      en: 'The person in charge has already written texts for our customers that could go out as they were.',
      runner: {
        owner: {
          de: 'Sie haben schon Texte für Ihre Kundschaft geschrieben, die unverändert erscheinen konnten, etwa einen Newsletter.',
          en: 'You have already written texts for your customers that could go out as they were, a newsletter for instance.',
        },
        outside: {
          de: 'Die externe Stelle hat Probetexte über unsere Firma geliefert, die unverändert erscheinen könnten.',
          en: 'The outside agency has delivered sample texts about our company that could go out as they are.',
        },
        undecided: {
          de: 'Wer dafür in Frage kommt, hat schon Texte für unsere Kundschaft geschrieben, die unverändert erscheinen konnten.',
          en: 'Whoever might take this on has already written texts for our customers that could go out as they were.',
        },
      },
    },
    weight: 2,
  },
  {
    id: 'people-knows-offer',
    dimension: 'people',
    prompt: {
      de: 'Die zuständige Person kennt unser Angebot gut genug, um Fragen auf den Kanälen selbst zu beantworten.',
      en: 'The person in charge knows our products and services well enough to answer questions on the channels directly.',
      runner: {
        owner: {
          de: 'Sie können Fragen zu Ihrem Angebot schriftlich kurz und verständlich beantworten.',
          en: 'You can answer questions about your products and services in writing, briefly and clearly.',
        },
        outside: {
          de: 'Die externe Stelle kennt unser Angebot gut genug, um einfache Fragen selbst zu beantworten.',
          en: 'The outside agency knows our products and services well enough to answer simple questions itself.',
        },
        undecided: {
          de: 'Wer dafür in Frage kommt, kennt unser Angebot gut genug, um Fragen selbst zu beantworten.',
          en: 'Whoever might take this on knows our products and services well enough to answer questions directly.',
        },
      },
    },
    weight: 2,
  },

  // time — Zeit & Ressourcen
  {
    id: 'time-two-hours',
    dimension: 'time',
    prompt: {
      de: 'Die zuständige Person hat jede Woche mindestens zwei Stunden für unsere Kanäle fest im Kalender.',
      en: 'The person in charge has at least two hours a week set aside in their calendar for our channels.',
      runner: {
        owner: {
          de: 'Sie haben jede Woche mindestens zwei Stunden für Ihre Kanäle fest im Kalender.',
          en: 'You have at least two hours a week set aside in your calendar for your channels.',
        },
        outside: {
          de: 'Bei uns ist jede Woche mindestens eine Stunde fest eingeplant, um die externe Stelle mit Stoff und Antworten zu beliefern.',
          en: 'We have at least one hour a week set aside to supply the outside agency with material and answers.',
        },
        undecided: {
          de: 'Für die Kanäle sind jede Woche mindestens zwei Stunden im Kalender einer bestimmten Person reserviert.',
          en: 'At least two hours a week are reserved for the channels in one particular person’s calendar.',
        },
      },
    },
    help: {
      de: 'Gemeint ist Zeit, die im Kalender steht und nicht jedem dringenden Auftrag weichen muss. Zwei Stunden sind das Mindeste für Beiträge, Antworten und Bilder eines Kanals.',
      en: 'This means time that is in the calendar and does not have to give way to every urgent job. Two hours is the minimum for the posts, replies and pictures of one channel.',
      runner: {
        outside: {
          de: 'Auch wenn eine Agentur schreibt: Fotos, Freigaben und Antworten auf Anfragen bleiben bei Ihnen.',
          en: 'Even when an agency does the writing, photos, sign-offs and replies to enquiries stay with you.',
        },
      },
    },
    weight: 3,
    gate: {
      reason: {
        de: 'Die zuständige Person hat keine zwei Stunden pro Woche fest für die Kanäle eingeplant.',
        en: 'The person in charge does not have two hours a week set aside for the channels.',
        runner: {
          owner: {
            de: 'Sie haben keine zwei Stunden pro Woche fest für Ihre Kanäle eingeplant.',
            en: 'You do not have two hours a week set aside for your channels.',
          },
          outside: {
            de: 'Bei Ihnen ist keine feste Zeit eingeplant, um die externe Stelle zu beliefern und Anfragen zu beantworten.',
            en: 'You have no fixed time set aside to supply the outside agency and answer enquiries.',
          },
          undecided: {
            de: 'Niemand hat jede Woche feste Zeit für die Kanäle reserviert.',
            en: 'Nobody has fixed time reserved for the channels each week.',
          },
        },
      },
      unclear: {
        de: 'Ob die zuständige Person jede Woche zwei Stunden für die Kanäle hat, ist nicht geklärt.',
        en: 'Whether the person in charge has two hours a week for the channels has not been settled.',
        runner: {
          owner: {
            de: 'Ob Sie jede Woche zwei Stunden für Ihre Kanäle haben, ist nicht geklärt.',
            en: 'Whether you have two hours a week for your channels has not been settled.',
          },
          outside: {
            de: 'Ob bei Ihnen jede Woche Zeit für die externe Stelle eingeplant ist, ist nicht geklärt.',
            en: 'Whether you have time set aside each week for the outside agency has not been settled.',
          },
          undecided: {
            de: 'Ob jemand jede Woche zwei Stunden für die Kanäle hat, ist nicht geklärt.',
            en: 'Whether anyone has two hours a week for the channels has not been settled.',
          },
        },
      },
    },
  },
  {
    id: 'time-tasks-offloaded',
    dimension: 'time',
    prompt: {
      de: 'Für die Social-Media-Arbeit wurden der zuständigen Person andere Aufgaben abgenommen.',
      en: 'Other tasks have been taken off the person in charge to make room for social media.',
      runner: {
        owner: {
          de: 'Für Ihre Social-Media-Arbeit haben Sie eine andere Aufgabe abgegeben oder gestrichen.',
          en: 'To make room for social media, you have handed over or dropped another task.',
        },
        outside: {
          de: 'Für die Arbeit der externen Stelle ist ein fester Betrag pro Monat im Budget eingeplant.',
          en: 'A fixed monthly amount is set aside in the budget for the outside agency’s work.',
        },
        undecided: {
          de: 'Wir wissen, welche Aufgabe abgegeben wird, sobald jemand die Kanäle übernimmt.',
          en: 'We know which task will be handed over once someone takes on the channels.',
        },
      },
    },
    weight: 2,
  },
  {
    id: 'time-busy-weeks',
    dimension: 'time',
    prompt: {
      de: 'Auch in strengen Wochen bleibt die reservierte Zeit für die Kanäle bestehen.',
      en: 'Even in busy weeks, the time set aside for the channels stays in place.',
      runner: {
        owner: {
          de: 'Auch in strengen Wochen halten Sie die reservierte Zeit für Ihre Kanäle ein.',
          en: 'Even in busy weeks, you keep to the time set aside for your channels.',
        },
        outside: {
          de: 'Auch in strengen Wochen liefern wir der externen Stelle rechtzeitig, was sie braucht.',
          en: 'Even in busy weeks, we get the outside agency what it needs in time.',
        },
      },
    },
    help: {
      de: 'Denken Sie an die strengste Zeit Ihres Jahres.',
      en: 'Think of the busiest time of your year.',
    },
    weight: 2,
  },

  // content — Inhalte
  {
    id: 'content-topic-list',
    dimension: 'content',
    prompt: {
      de: 'Wir haben Themen für mindestens die nächsten drei Monate notiert.',
      en: 'We have written down topics for at least the next three months.',
    },
    weight: 3,
  },
  {
    id: 'content-customer-questions',
    dimension: 'content',
    prompt: {
      de: 'Wir haben die Fragen notiert, die uns Kundinnen und Kunden am häufigsten stellen.',
      en: 'We have written down the questions our customers ask us most often.',
      market: {
        b2b: {
          de: 'Wir haben die Fragen notiert, die uns Geschäftskunden am häufigsten stellen.',
          en: 'We have written down the questions our business customers ask us most often.',
        },
      },
    },
    help: {
      de: 'Jede Antwort darauf ist ein möglicher Beitrag, der Ihrer Zielgruppe nützt.',
      en: 'Every answer to one of them is a possible post that is of use to your audience.',
    },
    weight: 3,
  },
  {
    id: 'content-own-material',
    dimension: 'content',
    prompt: {
      de: 'Wir legen Fotos von Arbeiten, Projekten oder dem Betrieb laufend an einem gemeinsamen Ort ab.',
      en: 'We keep saving photos of our work, projects or premises in one shared place.',
    },
    weight: 2,
  },

  // audience — Zielgruppen & Tonalität
  {
    id: 'audience-defined',
    dimension: 'audience',
    prompt: {
      de: 'Wir haben beschrieben, wen wir auf Social Media erreichen wollen.',
      en: 'We have described whom we want to reach on social media.',
    },
    help: {
      de: 'Zum Beispiel Privatkundschaft der Region, Einkäufer von Geschäftskunden oder künftige Lernende.',
      en: 'For example private customers in the region, buyers at business customers or future apprentices.',
    },
    weight: 3,
  },
  {
    id: 'audience-tone',
    dimension: 'audience',
    prompt: {
      de: 'Wir haben festgelegt, in welchem Ton wir online schreiben.',
      en: 'We have settled on the tone we use online.',
    },
    help: {
      de: 'Zum Beispiel Du oder Sie, locker oder sachlich, Mundart oder Hochdeutsch.',
      en: 'For example informal or formal address, casual or matter-of-fact, dialect or standard German.',
    },
    weight: 3,
  },
  {
    id: 'audience-new-groups-decided',
    dimension: 'audience',
    prompt: {
      de: 'Wir haben entschieden, ob und welche neuen Zielgruppen wir online ansprechen.',
      en: 'We have decided whether, and which, new target groups we address online.',
    },
    help: {
      de: 'Auch der Entscheid, bei der bisherigen Kundschaft zu bleiben, zählt als Entscheid.',
      en: 'Deciding to stay with your existing customers counts as a decision too.',
      market: {
        b2b: {
          de: 'Etwa Einkäufer anderer Branchen oder künftige Fachkräfte. Auch der Entscheid, bei den bisherigen Geschäftskunden zu bleiben, zählt.',
          en: 'Such as buyers in other industries or future skilled staff. Deciding to stay with your existing business customers counts too.',
        },
        b2c: {
          de: 'Etwa künftige Lernende, Familien aus der Region oder Gäste von auswärts. Auch der Entscheid, bei der Stammkundschaft zu bleiben, zählt.',
          en: 'Such as future apprentices, families in the region or visitors from further afield. Deciding to stay with your regulars counts too.',
        },
      },
    },
    weight: 2,
  },

  // community — Reichweite & Community
  {
    id: 'community-first-circle',
    dimension: 'community',
    prompt: {
      de: 'Wir könnten heute zwanzig Kundinnen, Kunden oder Partner nennen, die uns online folgen würden.',
      en: 'We could name twenty customers or partners today who would follow us online.',
      market: {
        b2b: {
          de: 'Wir könnten heute zwanzig Geschäftskontakte nennen, die uns auf einer Business-Plattform folgen würden.',
          en: 'We could name twenty business contacts today who would follow us on a business network.',
        },
      },
    },
    help: {
      de: 'Reichweite beginnt fast immer bei Menschen, die Sie schon kennen.',
      en: 'Reach nearly always starts with people who already know you.',
    },
    weight: 2,
    weightByMarket: { b2c: 3 },
  },
  {
    id: 'community-invite-contacts',
    dimension: 'community',
    prompt: {
      de: 'Wir weisen Kundschaft und Geschäftspartner gezielt auf unsere Kanäle hin.',
      en: 'We make a point of telling customers and business partners about our channels.',
    },
    help: {
      de: 'Zum Beispiel in der E-Mail-Signatur, auf der Offerte oder im Laden. Haben Sie noch keinen Kanal, wählen Sie «Betrifft uns nicht».',
      en: 'For example in your email signature, on your quotes or in your shop. If you have no channel yet, choose “Not relevant to us”.',
    },
    weight: 2,
  },
  {
    id: 'community-quick-replies',
    dimension: 'community',
    prompt: {
      de: 'Nachrichten, die online bei uns eintreffen, beantworten wir spätestens am nächsten Werktag.',
      en: 'We reply to messages that reach us online by the next working day at the latest.',
      runner: {
        owner: {
          de: 'Nachrichten, die online bei Ihnen eintreffen, beantworten Sie spätestens am nächsten Werktag.',
          en: 'You reply to messages that reach you online by the next working day at the latest.',
        },
      },
    },
    help: {
      de: 'Auch E-Mails und Bewertungen im Internet zählen: Es gibt keine Nicht-Kommunikation.',
      en: 'Emails and online reviews count too: there is no such thing as not communicating.',
    },
    weight: 3,
  },

  // offline — Reale Netzwerke
  {
    id: 'offline-meets-in-person',
    dimension: 'offline',
    prompt: {
      de: 'Wir treffen unsere wichtigsten Kundinnen und Kunden regelmässig persönlich.',
      en: 'We meet our most important customers in person on a regular basis.',
    },
    weight: 3,
    weightByMarket: { b2c: 2 },
  },
  {
    id: 'offline-online-to-meeting',
    dimension: 'offline',
    prompt: {
      de: 'Kontakte, die online entstehen, führen wir gezielt zu einem Gespräch oder Treffen weiter.',
      en: 'We make a point of turning contacts made online into a conversation or a meeting.',
    },
    weight: 3,
  },
  {
    id: 'offline-named-contact',
    dimension: 'offline',
    prompt: {
      de: 'Wer online Interesse zeigt, erhält eine Ansprechperson mit Namen und Telefonnummer.',
      en: 'Anyone who shows interest online is given a named contact person with a phone number.',
    },
    weight: 2,
  },
  {
    id: 'offline-events',
    dimension: 'offline',
    prompt: {
      de: 'Wir sind regelmässig an Anlässen präsent, an denen wir unsere Zielgruppe treffen.',
      en: 'We regularly attend events where we meet our target group.',
    },
    help: {
      de: 'Zum Beispiel Gewerbeverein, Messen, Branchentreffen oder Vereinsanlässe.',
      en: 'For example local business association meetings, trade fairs, industry gatherings or club events.',
    },
    weight: 2,
    weightByMarket: { b2b: 3 },
  },
  {
    id: 'offline-between-meetings',
    dimension: 'offline',
    prompt: {
      de: 'Wir nutzen unsere Kanäle, um bestehende Kontakte zwischen den Treffen zu pflegen.',
      en: 'We use our channels to keep in touch with existing contacts between meetings.',
    },
    help: {
      de: 'Haben Sie noch keinen Kanal, wählen Sie «Betrifft uns nicht».',
      en: 'If you have no channel yet, choose “Not relevant to us”.',
    },
    weight: 2,
  },
];
