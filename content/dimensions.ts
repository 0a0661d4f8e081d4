import type { Dimension } from '@/lib/content-schema';

/** The nine dimensions of the check, in the order it asks them; each one traces back to a passage of the articles. */
export const dimensions: Dimension[] = [
  {
    id: 'strategy',
    title: { de: 'Konzept & Ziele', en: 'Concept & goals' },
    shortTitle: { de: 'Konzept', en: 'Concept' },
    intro: {
      de: 'Hier geht es darum, ob Sie mit einem Plan an Social Media herangehen und nicht bloss mit einem Profil.',
      en: 'This step asks whether you approach social media with a plan rather than just a profile.',
    },
    origin: {
      de: 'Der erste Beitrag hält fest, dass ein Auftritt in wenigen Minuten erstellt ist, ihn am Leben zu halten aber die eigentliche Arbeit bedeutet. Deshalb soll jeder neue Kanal mit einem Konzept eingeführt und das passende Medium von Anfang an bewusst gewählt werden.',
      en: 'The first post notes that a profile is set up in minutes, while keeping it alive is the real work. Every new channel should therefore be introduced with a concept, choosing the right medium deliberately from the start.',
    },
    quote: {
      article: 'must-have',
      original:
        'Internetauftritt basteln ist das Eine. Diese zu unterhalten das Andere. Insofern gilt es, bei jeder Integration eines neuen Kommunikationskanals konzeptionell vorzugehen.',
      en: 'Knocking together a web presence is one thing; keeping it going is another. So every new communication channel calls for a planned, conceptual approach.',
    },
    coachPrompts: [
      {
        de: 'Was soll sich in Ihrem Geschäft in einem Jahr verändert haben, weil Sie auf Social Media aktiv sind?',
        en: 'What should have changed in your business a year from now because you are active on social media?',
      },
      {
        de: 'Nach welchen Kriterien haben Sie Ihre Kanäle ausgewählt, und welche haben Sie bewusst weggelassen?',
        en: 'How did you choose your channels, and which ones did you deliberately leave out?',
      },
      {
        de: 'Woran würden Sie merken, dass einer Ihrer Kanäle eingeschlafen ist, und was geschieht dann?',
        en: 'How would you notice that one of your channels has gone quiet, and what would happen then?',
      },
    ],
  },
  {
    id: 'processes',
    title: { de: 'Prozesse & Zuständigkeiten', en: 'Processes & responsibilities' },
    shortTitle: { de: 'Prozesse', en: 'Processes' },
    intro: {
      de: 'Hier geht es darum, ob Ihre Abläufe einen neuen Kanal tragen: wer antwortet, wer vertritt und wohin Anfragen gehen.',
      en: 'This step asks whether your routines can carry a new channel: who replies, who stands in and where enquiries go.',
      runner: {
        owner: {
          de: 'Hier geht es darum, ob Ihre Abläufe einen neuen Kanal tragen, auch wenn alles bei Ihnen zusammenläuft: wann Sie antworten, was in Ihren Ferien geschieht und wohin Anfragen gehen.',
          en: 'This step asks whether your routines can carry a new channel even though everything runs through you: when you reply, what happens while you are away and where enquiries go.',
        },
        outside: {
          de: 'Hier geht es darum, ob die Zusammenarbeit mit der externen Stelle geregelt ist: wer antwortet, wer die Zugänge hat und wohin Anfragen gehen.',
          en: 'This step asks whether the work with the outside agency is settled: who replies, who holds the logins and where enquiries go.',
        },
      },
    },
    origin: {
      de: 'Der erste Beitrag warnt, dass beim Einführen eines Kanals oft vergessen geht, die Firmenprozesse anzupassen. Er betont, dass es sich auch für kleine Unternehmen lohnt, die eigenen Kommunikationsabläufe zu hinterfragen.',
      en: 'The first post warns that adapting company processes is often forgotten when a channel is introduced, and stresses that small firms, too, benefit from questioning how they communicate.',
    },
    quote: {
      article: 'must-have',
      original: 'Was oft vergessen wird, ist an eine Anpassung der Firmenprozesse zu denken.',
      en: 'What is often forgotten is the need to adapt the company’s processes.',
    },
    coachPrompts: [
      {
        de: 'Was geschieht heute konkret, wenn am Freitagabend eine Anfrage über einen Ihrer Kanäle hereinkommt?',
        en: 'What exactly happens today when an enquiry arrives through one of your channels on a Friday evening?',
      },
      {
        de: 'Welche bestehenden Abläufe wie Offerten, Kundendienst oder Personalsuche berührt Social Media in Ihrer Firma?',
        en: 'Which existing routines, such as quotes, customer service or recruiting, does social media touch in your company?',
      },
      {
        de: 'Wer springt ein, wenn die zuständige Person drei Wochen in den Ferien ist?',
        en: 'Who steps in when the person in charge is away on holiday for three weeks?',
        runner: {
          owner: {
            de: 'Was geschieht mit Ihren Kanälen, wenn Sie drei Wochen in den Ferien sind?',
            en: 'What happens to your channels when you are away on holiday for three weeks?',
          },
          outside: {
            de: 'Was geschieht mit Ihren Kanälen, wenn die externe Stelle ausfällt oder der Auftrag endet?',
            en: 'What happens to your channels if the outside agency drops out or the contract ends?',
          },
        },
      },
    ],
  },
  {
    id: 'culture',
    title: { de: 'Unternehmenskultur', en: 'Company culture' },
    shortTitle: { de: 'Kultur', en: 'Culture' },
    intro: {
      de: 'Hier geht es darum, ob Social Media zu Ihrer Firma passt und von Geschäftsleitung und Team mitgetragen wird.',
      en: 'This step asks whether social media fits your company and has the backing of management and staff.',
    },
    origin: {
      de: 'Der erste Beitrag unterscheidet zwischen dem Anpassen von Abläufen und einer kulturellen Veränderung und fragt ausdrücklich, ob das Medium zur Unternehmenskultur passt. Das gilt, so der Beitrag, nicht nur für Konzerne, sondern auch für KMU.',
      en: 'The first post separates adapting routines from cultural change and asks outright whether the medium fits the company culture. This, it says, applies not only to large corporations but to small firms as well.',
    },
    quote: {
      article: 'must-have',
      original: 'Prozessanpassung ist das eine, kulturelle Veränderung das andere.',
      en: 'Adapting processes is one thing; changing the culture is another.',
    },
    coachPrompts: [
      {
        de: 'Wie würden Ihre Mitarbeitenden den Umgangston in Ihrer Firma beschreiben, und wo findet man diesen Ton in Ihren Beiträgen wieder?',
        en: 'How would your staff describe the way people talk to each other in your company, and where does that come through in your posts?',
      },
      {
        de: 'Was müsste sich in Ihrer Firma verändern, damit offene und schnelle Kommunikation nach aussen selbstverständlich wird?',
        en: 'What would need to change in your company for open, fast communication with the outside world to feel natural?',
      },
      {
        de: 'Wie reagiert Ihre Firma heute, wenn jemand öffentlich Kritik übt?',
        en: 'How does your company react today when someone criticises it in public?',
      },
    ],
  },
  {
    id: 'people',
    title: { de: 'Person & Kompetenz', en: 'Person & skills' },
    shortTitle: { de: 'Person', en: 'Person' },
    intro: {
      de: 'Hier geht es um die Person, welche die Kanäle betreut: ob sie es kann, ob sie es will und ob ihr das Medium liegt.',
      en: 'This step is about the person who runs the channels: whether they can, whether they want to, and whether the medium suits them.',
      runner: {
        owner: {
          de: 'Hier geht es um Sie als Person, welche die Kanäle betreut: ob Sie es können, ob Sie es wollen und ob Ihnen das Medium liegt.',
          en: 'This step is about you as the person who runs the channels: whether you can, whether you want to, and whether the medium suits you.',
        },
        outside: {
          de: 'Hier geht es um die externe Stelle, welche die Kanäle betreuen soll: ob sie es kann, ob sie verbindlich zugesagt hat und ob sie Ihre Firma kennt.',
          en: 'This step is about the outside agency that is to run the channels: whether it can, whether it has committed itself and whether it knows your company.',
        },
        undecided: {
          de: 'Hier geht es um die Person, die dafür in Frage kommt: ob sie es kann, ob sie es will und ob ihr das Medium liegt.',
          en: 'This step is about whoever might run the channels: whether they can, whether they want to, and whether the medium suits them.',
        },
      },
    },
    origin: {
      de: 'Der erste Beitrag fragt, ob die beauftragte Person die Kanäle speisen kann und will und ob ihr das Medium überhaupt liegt. Können und Wollen sind dabei zwei verschiedene Voraussetzungen.',
      en: 'The first post asks whether the person given the job can and will feed the channels, and whether the medium suits them at all. Ability and willingness are two separate conditions.',
    },
    quote: {
      article: 'must-have',
      original: 'Kann und will die beauftragte Person die Kanäle speisen? Liegt ihr das Medium?',
      en: 'Can and will the person given the job feed the channels? Does the medium suit them?',
    },
    coachPrompts: [
      {
        de: 'Wie kam es dazu, dass gerade diese Person die Kanäle betreut?',
        en: 'How did it come about that this particular person looks after the channels?',
        runner: {
          owner: {
            de: 'Was reizt Sie daran, die Kanäle selbst zu betreuen, und was würden Sie lieber abgeben?',
            en: 'What appeals to you about running the channels yourself, and what would you rather hand over?',
          },
          outside: {
            de: 'Nach welchen Kriterien haben Sie die externe Stelle ausgewählt?',
            en: 'How did you choose the outside agency?',
          },
          undecided: {
            de: 'Wer in Ihrer Firma hat sich schon einmal von sich aus um Ihren Auftritt gekümmert?',
            en: 'Who in your company has ever taken care of how you present yourselves, without being asked?',
          },
        },
      },
      {
        de: 'Was macht dieser Person an der Aufgabe Freude, und was schiebt sie vor sich her?',
        en: 'What does this person enjoy about the task, and what do they keep putting off?',
        runner: {
          owner: {
            de: 'Was macht Ihnen an der Aufgabe Freude, und was schieben Sie vor sich her?',
            en: 'What do you enjoy about the task, and what do you keep putting off?',
          },
          outside: {
            de: 'Woran merken Sie, ob die externe Stelle Ihre Firma und Ihre Kundschaft versteht?',
            en: 'How can you tell whether the outside agency understands your company and your customers?',
          },
        },
      },
      {
        de: 'Welche Unterstützung bräuchte sie, um in dieser Rolle sicherer zu werden?',
        en: 'What support would they need to feel more confident in this role?',
        runner: {
          owner: {
            de: 'Welche Unterstützung bräuchten Sie, um in dieser Rolle sicherer zu werden?',
            en: 'What support would you need to feel more confident in this role?',
          },
          outside: {
            de: 'Was muss die externe Stelle von Ihnen bekommen, damit ihre Beiträge nach Ihnen klingen?',
            en: 'What does the outside agency need from you so that its posts sound like you?',
          },
        },
      },
    ],
  },
  {
    id: 'time',
    title: { de: 'Zeit & Ressourcen', en: 'Time & resources' },
    shortTitle: { de: 'Zeit', en: 'Time' },
    intro: {
      de: 'Hier geht es darum, ob die zuständige Person die Zeit für die Kanäle wirklich hat: jede Woche, auch wenn es streng wird.',
      en: 'This step asks whether the person in charge really has time for the channels: every week, including the busy ones.',
      runner: {
        owner: {
          de: 'Hier geht es darum, ob Sie die Zeit für die Kanäle wirklich haben: jede Woche, auch wenn es streng wird.',
          en: 'This step asks whether you really have time for the channels: every week, including the busy ones.',
        },
        outside: {
          de: 'Hier geht es darum, ob Ihre Firma die Zeit und das Geld hat, mit einer externen Stelle zu arbeiten: jede Woche, auch wenn es streng wird.',
          en: 'This step asks whether your company has the time and the money to work with an outside agency: every week, including the busy ones.',
        },
      },
    },
    origin: {
      de: 'Der erste Beitrag fragt ausdrücklich, ob die beauftragte Person die Zeit dafür hat. Viele Auftritte verwaisen, weil das Unterhalten mehr Zeit braucht als das Einrichten.',
      en: 'The first post asks outright whether the person given the job has the time for it. Many profiles wither because keeping them up takes more time than setting them up.',
    },
    quote: {
      article: 'must-have',
      original: 'Hat sie die Zeit dazu?',
      en: 'Do they have the time for it?',
    },
    coachPrompts: [
      {
        de: 'Wie sieht eine gewöhnliche Woche der zuständigen Person aus, und wo genau haben die Kanäle darin Platz?',
        en: 'What does an ordinary week look like for the person in charge, and where exactly do the channels fit into it?',
        runner: {
          owner: {
            de: 'Wie sieht eine gewöhnliche Woche von Ihnen aus, und wo genau haben die Kanäle darin Platz?',
            en: 'What does an ordinary week look like for you, and where exactly do the channels fit into it?',
          },
          outside: {
            de: 'Wer in Ihrer Firma liefert der externen Stelle Fotos, Freigaben und Antworten, und wann?',
            en: 'Who in your company supplies the outside agency with photos, sign-offs and answers, and when?',
          },
        },
      },
      {
        de: 'Welche Aufgaben hat diese Person abgegeben, seit sie für Social Media zuständig ist?',
        en: 'Which tasks has this person handed over since taking on social media?',
        runner: {
          owner: {
            de: 'Welche Aufgabe könnten Sie abgeben, um Zeit für die Kanäle zu gewinnen?',
            en: 'Which task could you hand over to gain time for the channels?',
          },
          outside: {
            de: 'Welcher Betrag pro Monat ist Ihnen die Arbeit der externen Stelle wert, und woran messen Sie das?',
            en: 'What monthly amount is the outside agency’s work worth to you, and how do you measure that?',
          },
        },
      },
      {
        de: 'Was geschieht mit Ihren Kanälen in der strengsten Zeit des Jahres?',
        en: 'What happens to your channels during the busiest time of the year?',
      },
    ],
  },
  {
    id: 'content',
    title: { de: 'Inhalte', en: 'Content' },
    shortTitle: { de: 'Inhalte', en: 'Content' },
    intro: {
      de: 'Hier geht es darum, ob Sie genug zu erzählen haben, das Ihre Zielgruppe wirklich interessiert.',
      en: 'This step asks whether you have enough to say that your audience genuinely cares about.',
    },
    origin: {
      de: 'Der erste Beitrag fragt, ob ein Unternehmen überhaupt Inhalte für die entsprechende Zielgruppe hat. Fehlen sie, bleibt der Auftritt öde und einsam.',
      en: 'The first post asks whether a company has any content for the audience in question at all. Without it, the profile stays dull and lonely.',
    },
    quote: {
      article: 'must-have',
      original: 'Hat es überhaupt Inhalte für die entsprechende Zielgruppe?',
      en: 'Does it even have content for that target group?',
    },
    coachPrompts: [
      {
        de: 'Welche Fragen stellen Ihnen Kundinnen und Kunden immer wieder, und wo beantworten Sie diese heute?',
        en: 'Which questions do customers ask you again and again, and where do you answer them today?',
      },
      {
        de: 'Was geschieht in Ihrem Betrieb, das Aussenstehende überraschen oder interessieren würde?',
        en: 'What goes on in your business that outsiders would find surprising or interesting?',
      },
      {
        de: 'Woher nehmen Sie den Stoff für Ihre nächsten zehn Beiträge?',
        en: 'Where will the material for your next ten posts come from?',
      },
    ],
  },
  {
    id: 'audience',
    title: { de: 'Zielgruppen & Tonalität', en: 'Target groups & tone' },
    shortTitle: { de: 'Zielgruppen', en: 'Audiences' },
    intro: {
      de: 'Hier geht es darum, wen Sie auf Social Media erreichen wollen und in welchem Ton Sie diese Menschen ansprechen.',
      en: 'This step asks whom you want to reach on social media and in what tone you address them.',
    },
    origin: {
      de: 'Der erste Beitrag hält fest, dass über soziale Kanäle oft neue Zielgruppen dazukommen. Diese wollen mit passenden Inhalten und im richtigen Ton angesprochen werden.',
      en: 'The first post points out that social channels often bring in new target groups, who need to be addressed with suitable content and in the right tone.',
    },
    quote: {
      article: 'must-have',
      original:
        'Speziell, wenn man von sozialen Kanälen spricht, dann kommen sehr oft neue Zielgruppen hinzu, die mit geeigneten Inhalten und der richtigen Tonalität angesprochen werden müssen.',
      en: 'With social channels in particular, new target groups very often come along, and they have to be addressed with suitable content and the right tone.',
    },
    coachPrompts: [
      {
        de: 'Wen erreichen Sie über Social Media, den Sie heute auf anderem Weg nicht erreichen?',
        en: 'Whom do you reach through social media that you do not reach any other way today?',
      },
      {
        de: 'Wie sprechen Sie mit Ihrer Stammkundschaft, und wie mit jemandem, der Sie noch nicht kennt?',
        en: 'How do you talk to your regular customers, and how to someone who does not know you yet?',
      },
      {
        de: 'Wo informieren sich Ihre Wunschkundinnen und -kunden, bevor sie eine Offerte einholen?',
        en: 'Where do your ideal customers look for information before they ask for a quote?',
      },
    ],
  },
  {
    id: 'community',
    title: { de: 'Reichweite & Community', en: 'Reach & community' },
    shortTitle: { de: 'Reichweite', en: 'Reach' },
    intro: {
      de: 'Hier geht es darum, ob rund um Ihre Firma online ein Austausch entstehen kann: wer Ihnen folgen würde, wie Sie auf Ihre Kanäle hinweisen und wie rasch Sie antworten.',
      en: 'This step asks whether an exchange can grow around your company online: who would follow you, how you point people to your channels and how quickly you reply.',
    },
    origin: {
      de: 'Der erste Beitrag fragt, ob ein Unternehmen Follower, Fans und Freunde gewinnen kann. Ein Auftritt ohne Publikum fristet genau das öde, einsame Dasein, das der Beitrag beschreibt.',
      en: 'The first post asks whether a company can win followers, fans and friends. A profile without an audience leads exactly the dull, lonely existence the post describes.',
    },
    quote: {
      article: 'must-have',
      original: 'Kann es Follower, Fans und Freunde generieren?',
      en: 'Can it win followers, fans and friends?',
    },
    coachPrompts: [
      {
        de: 'Wer aus Ihrem bestehenden Umfeld würde Ihnen als Erstes folgen, und weiss diese Person schon von Ihren Kanälen?',
        en: 'Who in your existing circle would be first to follow you, and do they know about your channels yet?',
      },
      {
        de: 'Was tun Sie, damit aus einem Kommentar ein Gespräch wird?',
        en: 'What do you do to turn a comment into a conversation?',
      },
      {
        de: 'Welche Reaktion auf einen Ihrer Beiträge hat Sie bisher am meisten gefreut, und was lernen Sie daraus?',
        en: 'Which response to one of your posts has pleased you most so far, and what do you take from it?',
      },
    ],
  },
  {
    id: 'offline',
    title: { de: 'Reale Netzwerke', en: 'Real-world networks' },
    shortTitle: { de: 'Offline', en: 'Offline' },
    intro: {
      de: 'Hier geht es darum, ob aus Ihren Online-Kontakten echte Begegnungen werden, denn Vertrauen entsteht im persönlichen Gespräch.',
      en: 'This step asks whether your online contacts turn into real encounters, because trust is built face to face.',
    },
    origin: {
      de: 'Der zweite Beitrag stützt sich auf das Gottlieb Duttweiler Institut: Online lassen sich Beziehungen gut pflegen, Vertrauen entsteht aber nur in realen Treffen. Geschäfte schliessen nach wie vor meist Menschen ab, nicht Profile.',
      en: 'The second post draws on the Gottlieb Duttweiler Institute: relationships can be kept up well online, but trust only grows in real meetings. Deals are still mostly closed by people, not profiles.',
    },
    quote: {
      article: 'real-networks',
      original: 'Aber eine vertrauensvolle Beziehung aufbauen, geht nur über reale Treffen.',
      en: 'But building a relationship of trust only works through meeting in person.',
    },
    coachPrompts: [
      {
        de: 'Welcher Ihrer letzten grösseren Aufträge ist ganz ohne persönliches Gespräch zustande gekommen?',
        en: 'Which of your recent larger orders came about without any personal conversation at all?',
      },
      {
        de: 'Wie wird bei Ihnen aus einem Online-Kontakt ein Treffen?',
        en: 'How does an online contact turn into a meeting in your company?',
      },
      {
        de: 'Wo begegnen Sie Ihrer Zielgruppe persönlich, und wie oft sind Sie dort?',
        en: 'Where do you meet your target group in person, and how often are you there?',
      },
    ],
  },
];
