import type { Channel, SourcedFact } from '@/lib/content-schema';

// Usage figures as published; the year says how old each is. Weekly rhythms and minutes are the check's planning
// assumptions (the Methode page says so), not measurements: they size a plan, they are not facts about a platform.

const igem2024 = { publisher: 'IGEM / WEMF', study: 'IGEM-Digimonitor (Schweizer Bevölkerung 15–75 mit Internetnutzung, n = 1970)', year: 2024 };
const igem2023 = { publisher: 'IGEM / WEMF', study: 'IGEM-Digimonitor', year: 2023 };
const igem2021 = { publisher: 'IGEM / WEMF', study: 'IGEM-Digimonitor', year: 2021, old: true };
const fhgr2020 = {
  publisher: 'Fachhochschule Graubünden, Schweizerisches Institut für Entrepreneurship',
  study: 'Beier & Früh: Nutzung von Social Media Plattformen durch Schweizer KMU (976 KMU)',
  year: 2020,
  old: true,
};

/** Figures about Swiss SMEs as a whole, shown on the Methode page beside the channels. */
export const smeFacts: SourcedFact[] = [
  {
    text: {
      de: '36,5 % der Schweizer KMU haben ein eigenes Profil auf mindestens einer der grossen Plattformen – rund zwei Drittel haben keines.',
      en: '36.5 % of Swiss SMEs keep a profile of their own on at least one of the big platforms – about two thirds have none.',
    },
    ...fhgr2020,
  },
  {
    text: {
      de: 'Im Schnitt erreichen Schweizer KMU mit ihren Profilen 1438 Follower über alle Plattformen zusammen.',
      en: 'On average, Swiss SMEs reach 1,438 followers with their profiles across all platforms together.',
    },
    ...fhgr2020,
  },
  {
    text: {
      de: 'Von den befragten KMU mit Social Media wendeten 78 % weniger als 5 Stunden pro Woche dafür auf, 58 % weniger als 3 Stunden (42 KMU, nur als Grössenordnung).',
      en: 'Of the SMEs surveyed that used social media, 78 % spent less than 5 hours a week on it and 58 % less than 3 hours (42 SMEs; an order of magnitude only).',
    },
    publisher: 'Goldbach Interactive (veröffentlicht von Oliver Kuhn)',
    study: 'Umfrage bei Schweizer KMU',
    year: 2012,
    old: true,
  },
];

/** The channels the plan chooses from, in the order ties are broken. */
export const channels: Channel[] = [
  {
    id: 'google-business',
    name: { de: 'Google Unternehmensprofil', en: 'Google Business Profile' },
    audience: { b2b: 1, b2c: 3 },
    reach: { local: 3, regional: 2, national: 0 },
    goals: { enquiries: 3, applicants: 0, regulars: 1, findable: 3, network: 0 },
    formats: ['photo', 'text'],
    rhythm: {
      minPosts: 0.5,
      maxPosts: 1,
      minutesPerPost: 15,
      replyMinutes: 15,
      post: { de: 'Foto mit kurzer Neuigkeit (Öffnungszeiten, Angebot, Anlass)', en: 'photo with a short update (opening hours, offer, event)' },
    },
    why: {
      b2b: {
        de: 'Wer Sie in der Nähe sucht, findet Adresse, Telefon und Öffnungszeiten, bevor er anruft.',
        en: 'Anyone looking for you nearby finds your address, phone and opening hours before they call.',
      },
      b2c: {
        de: 'Ihre Kundschaft in der Nähe sucht Sie zuerst auf Google und Maps: dort sieht sie Öffnungszeiten, Bewertungen und Ihre Nummer.',
        en: 'Your customers nearby look for you on Google and Maps first: there they see opening hours, reviews and your number.',
      },
    },
    offline: {
      de: 'Führt zu Anrufen und Besuchen im Laden oder Betrieb: beantworten Sie Bewertungen persönlich und laden Sie zum Vorbeikommen ein.',
      en: 'Leads to calls and visits to your shop or premises: answer reviews personally and invite people to drop by.',
    },
    pause: {
      de: 'Nicht schliessen: Adresse, Telefon und Öffnungszeiten aktuell halten genügt, Beiträge dürfen ruhen.',
      en: 'Do not close it: keeping address, phone and opening hours up to date is enough; posts may rest.',
    },
    facts: [],
  },
  {
    id: 'linkedin',
    name: { de: 'LinkedIn', en: 'LinkedIn' },
    audience: { b2b: 3, b2c: 1 },
    reach: { local: 1, regional: 2, national: 3 },
    goals: { enquiries: 2, applicants: 3, regulars: 0, findable: 1, network: 3 },
    formats: ['text'],
    rhythm: {
      minPosts: 1,
      maxPosts: 2,
      minutesPerPost: 40,
      replyMinutes: 20,
      post: { de: 'kurzer Fachbeitrag oder Einblick aus einem Projekt', en: 'short expert post or a look into a project' },
    },
    why: {
      b2b: {
        de: 'Ihre Geschäftskunden, Partner und künftigen Fachleute sind beruflich auf LinkedIn – dort halten Sie Kontakte zwischen zwei Treffen warm.',
        en: 'Your business customers, partners and future staff are on LinkedIn for work – it keeps contacts warm between two meetings.',
      },
      b2c: {
        de: 'Für Privatkundschaft selten der erste Weg, aber gut, um Fachleute und Lernende auf Ihren Betrieb aufmerksam zu machen.',
        en: 'Rarely the first way to private customers, but good for bringing skilled staff and apprentices to your firm.',
      },
    },
    offline: {
      de: 'Vernetzen Sie sich nach jedem Treffen, Anlass oder Messegespräch – und schlagen Sie im Beitrag das nächste Gespräch vor.',
      en: 'Connect after every meeting, event or trade-fair conversation – and suggest the next conversation in your post.',
    },
    pause: {
      de: 'Oben auf der Seite festhalten, wie man Sie am besten erreicht (Telefon, E-Mail), dann ruhen lassen.',
      en: 'Pin how to reach you best (phone, e-mail) at the top of the page, then let it rest.',
    },
    facts: [
      {
        text: {
          de: '43 % der Bevölkerung nutzen LinkedIn zumindest gelegentlich (rund 2,7 Millionen).',
          en: '43 % of the population use LinkedIn at least occasionally (about 2.7 million).',
        },
        ...igem2024,
      },
      {
        text: { de: 'Die Nutzerinnen und Nutzer sind im Schnitt 46 Jahre alt.', en: 'Its users are 46 years old on average.' },
        ...igem2023,
      },
      { text: { de: '12,4 % der Schweizer KMU haben ein LinkedIn-Profil.', en: '12.4 % of Swiss SMEs have a LinkedIn profile.' }, ...fhgr2020 },
    ],
  },
  {
    id: 'facebook',
    name: { de: 'Facebook', en: 'Facebook' },
    audience: { b2b: 1, b2c: 3 },
    reach: { local: 3, regional: 3, national: 1 },
    goals: { enquiries: 2, applicants: 1, regulars: 3, findable: 2, network: 1 },
    formats: ['photo', 'text'],
    rhythm: {
      minPosts: 1,
      maxPosts: 3,
      minutesPerPost: 30,
      replyMinutes: 20,
      post: { de: 'Foto mit zwei, drei Sätzen aus dem Betrieb', en: 'photo with two or three sentences from your business' },
    },
    why: {
      b2b: {
        de: 'Geschäftskunden suchen hier selten, aber Ihr Umfeld in der Region liest mit – etwa bei Anlässen oder Stellen.',
        en: 'Business customers rarely search here, but people in your region read along – for events or job openings.',
      },
      b2c: {
        de: 'Viele Ihrer Stammkundinnen und -kunden in der Region sind auf Facebook und erfahren dort gern, was bei Ihnen läuft.',
        en: 'Many of your regular customers in the region are on Facebook and like to hear there what is going on at your place.',
      },
    },
    offline: {
      de: 'Laden Sie zu Anlässen, Aktionen und Tagen der offenen Tür ein – und danken Sie nachher mit Fotos derer, die da waren.',
      en: 'Invite people to events, promotions and open days – and thank them afterwards with photos of those who came.',
    },
    pause: {
      de: 'Einen angehefteten Beitrag schreiben: «Wir posten hier zurzeit nicht – Sie erreichen uns unter …», Nachrichten weiter beantworten.',
      en: 'Pin a post: «We are not posting here for now – you can reach us at …», and keep answering messages.',
    },
    facts: [
      {
        text: {
          de: '52 % der Bevölkerung nutzen Facebook zumindest gelegentlich (rund 3,3 Millionen).',
          en: '52 % of the population use Facebook at least occasionally (about 3.3 million).',
        },
        ...igem2024,
      },
      { text: { de: 'Die Nutzerinnen und Nutzer sind im Schnitt 46 Jahre alt.', en: 'Its users are 46 years old on average.' }, ...igem2023 },
      {
        text: {
          de: '29,3 % der Schweizer KMU haben ein Facebook-Profil – die häufigste Plattform der KMU.',
          en: '29.3 % of Swiss SMEs have a Facebook profile – the most common platform among SMEs.',
        },
        ...fhgr2020,
      },
    ],
  },
  {
    id: 'instagram',
    name: { de: 'Instagram', en: 'Instagram' },
    audience: { b2b: 1, b2c: 3 },
    reach: { local: 3, regional: 2, national: 2 },
    goals: { enquiries: 2, applicants: 2, regulars: 3, findable: 1, network: 0 },
    formats: ['photo', 'video'],
    rhythm: {
      minPosts: 1,
      maxPosts: 3,
      minutesPerPost: 40,
      replyMinutes: 20,
      post: { de: 'gutes Foto oder kurzes Video mit einer Zeile Text', en: 'good photo or short video with a line of text' },
    },
    why: {
      b2b: {
        de: 'Nur lohnend, wenn man Ihre Arbeit gut zeigen kann – etwa fertige Objekte oder den Blick in die Werkstatt für künftige Lernende.',
        en: 'Only worth it if your work shows well – finished pieces, or a look into the workshop for future apprentices.',
      },
      b2c: {
        de: 'Ihre Kundschaft schaut sich hier an, was Sie machen – Bilder Ihrer Produkte und Ihres Teams wirken mehr als viele Worte.',
        en: 'Your customers look here at what you make – pictures of your products and your team say more than many words.',
      },
    },
    offline: {
      de: 'Zeigen Sie, wann und wo man Sie trifft (Markt, Laden, Anlass), und sprechen Sie Menschen vor Ort auf Ihr Profil an.',
      en: 'Show when and where people can meet you (market, shop, event), and mention your profile to people you meet.',
    },
    pause: {
      de: 'In der Profilbeschreibung festhalten, wo man Sie erreicht, und den letzten Beitrag so wählen, dass er noch stimmt.',
      en: 'Say in the profile description where people can reach you, and make sure the last post is still true.',
    },
    facts: [
      {
        text: {
          de: '60 % der Bevölkerung nutzen Instagram zumindest gelegentlich (rund 3,8 Millionen); im Schnitt sind sie 38 Jahre alt.',
          en: '60 % of the population use Instagram at least occasionally (about 3.8 million); they are 38 on average.',
        },
        ...igem2024,
      },
      {
        text: {
          de: '15 % der Bevölkerung kaufen zumindest gelegentlich direkt über einen Social-Media-Beitrag.',
          en: '15 % of the population buy at least occasionally straight from a social media post.',
        },
        ...igem2024,
      },
      { text: { de: '16,1 % der Schweizer KMU haben ein Instagram-Profil.', en: '16.1 % of Swiss SMEs have an Instagram profile.' }, ...fhgr2020 },
    ],
  },
  {
    id: 'whatsapp-business',
    name: { de: 'WhatsApp Business', en: 'WhatsApp Business' },
    audience: { b2b: 2, b2c: 3 },
    reach: { local: 3, regional: 2, national: 1 },
    goals: { enquiries: 3, applicants: 0, regulars: 3, findable: 0, network: 1 },
    formats: ['text', 'photo'],
    rhythm: {
      minPosts: 0.5,
      maxPosts: 1,
      minutesPerPost: 15,
      replyMinutes: 30,
      post: { de: 'kurze Nachricht an Kundinnen und Kunden, die das wünschen', en: 'short message to customers who asked for it' },
    },
    why: {
      b2b: {
        de: 'Kurze Absprachen mit Kunden und Partnern laufen oft schon über WhatsApp – ein Geschäftskonto trennt das vom Privaten.',
        en: 'Quick arrangements with customers and partners often already run on WhatsApp – a business account keeps that apart from private chats.',
      },
      b2c: {
        de: 'Ihre Kundschaft schreibt lieber kurz, als anzurufen: Bestellungen, Termine und Fragen kommen direkt bei Ihnen an.',
        en: 'Your customers would rather send a short message than call: orders, appointments and questions reach you directly.',
      },
    },
    offline: {
      de: 'Führt zu Terminen, Abholungen und Besuchen: machen Sie aus jeder Anfrage einen Termin oder ein Gespräch.',
      en: 'Leads to appointments, pick-ups and visits: turn every enquiry into an appointment or a conversation.',
    },
    pause: {
      de: 'Eine Abwesenheitsnachricht einrichten, die sagt, wie man Sie sonst erreicht.',
      en: 'Set up an away message that says how else people can reach you.',
    },
    facts: [
      {
        text: {
          de: '56 % der Bevölkerung nutzen WhatsApp zumindest gelegentlich (Messenger).',
          en: '56 % of the population use WhatsApp at least occasionally (messenger).',
        },
        ...igem2021,
      },
    ],
  },
  {
    id: 'youtube',
    name: { de: 'YouTube', en: 'YouTube' },
    audience: { b2b: 2, b2c: 2 },
    reach: { local: 1, regional: 2, national: 3 },
    goals: { enquiries: 1, applicants: 2, regulars: 1, findable: 2, network: 0 },
    formats: ['video'],
    rhythm: {
      minPosts: 0.25,
      maxPosts: 0.5,
      minutesPerPost: 120,
      replyMinutes: 10,
      post: { de: 'Video, das eine häufige Kundenfrage beantwortet oder ein Produkt erklärt', en: 'video that answers a frequent customer question or explains a product' },
    },
    why: {
      b2b: {
        de: 'Erklärvideos zu Ihren Produkten oder Abläufen beantworten Fragen, bevor ein Kunde anruft, und bleiben lange auffindbar.',
        en: 'Explainer videos about your products or processes answer questions before a customer calls, and stay findable for a long time.',
      },
      b2c: {
        de: 'Ein Video, das zeigt, wie etwas geht, wird über Jahre gefunden – wenn Sie gern filmen.',
        en: 'A video that shows how something is done is found for years – if you like filming.',
      },
    },
    offline: {
      de: 'Verweisen Sie im Video auf Beratung, Besuch oder Workshop – und zeigen Sie Videos im Gespräch vor Ort.',
      en: 'Point to advice, a visit or a workshop in the video – and show your videos when you meet people.',
    },
    pause: {
      de: 'Die Videos stehen lassen; in der Kanalbeschreibung festhalten, wie man Sie erreicht.',
      en: 'Leave the videos up; say in the channel description how people can reach you.',
    },
    facts: [],
  },
  {
    id: 'tiktok',
    name: { de: 'TikTok', en: 'TikTok' },
    audience: { b2b: 0, b2c: 2 },
    reach: { local: 1, regional: 2, national: 3 },
    goals: { enquiries: 1, applicants: 3, regulars: 1, findable: 1, network: 0 },
    formats: ['video'],
    rhythm: {
      minPosts: 2,
      maxPosts: 3,
      minutesPerPost: 45,
      replyMinutes: 20,
      post: { de: 'kurzes Hochformat-Video aus dem Alltag im Betrieb', en: 'short upright video from everyday work' },
    },
    why: {
      b2b: {
        de: 'Für Geschäftskunden kaum ein Weg – höchstens, um junge Leute für eine Lehrstelle zu gewinnen.',
        en: 'Hardly a way to business customers – at most a way to win young people for an apprenticeship.',
      },
      b2c: {
        de: 'Junge Menschen – künftige Lernende und Kundschaft – sehen hier, wie es bei Ihnen wirklich zugeht; das braucht regelmässig neue Videos.',
        en: 'Young people – future apprentices and customers – see here what it is really like at your place; that takes new videos regularly.',
      },
    },
    offline: {
      de: 'Laden Sie zum Schnuppertag oder an den Berufsinfotag ein – das Video ist der Türöffner, das Gespräch vor Ort entscheidet.',
      en: 'Invite people to a taster day or a careers day – the video opens the door, the conversation on site decides.',
    },
    pause: {
      de: 'In der Profilbeschreibung sagen, wie man Sie für eine Schnupperlehre erreicht, und das Konto ruhen lassen.',
      en: 'Say in the profile how to reach you for a taster apprenticeship, and let the account rest.',
    },
    facts: [
      {
        text: {
          de: '23 % der Bevölkerung nutzen TikTok zumindest gelegentlich (2023 waren es 16 %).',
          en: '23 % of the population use TikTok at least occasionally (16 % in 2023).',
        },
        ...igem2024,
      },
    ],
  },
  {
    id: 'xing',
    name: { de: 'XING', en: 'XING' },
    audience: { b2b: 1, b2c: 0 },
    reach: { local: 1, regional: 1, national: 1 },
    goals: { enquiries: 0, applicants: 1, regulars: 0, findable: 0, network: 1 },
    formats: ['text'],
    rhythm: {
      minPosts: 1,
      maxPosts: 1,
      minutesPerPost: 30,
      replyMinutes: 10,
      post: { de: 'kurzer Beitrag oder Gruppenbeitrag', en: 'short post or group post' },
    },
    why: {
      b2b: {
        de: 'Einst das Geschäftsnetz im deutschsprachigen Raum; heute erreichen KMU dort kaum noch jemanden – LinkedIn hat diese Rolle übernommen.',
        en: 'Once the business network of the German-speaking market; today SMEs hardly reach anyone there – LinkedIn has taken over that role.',
      },
      b2c: {
        de: 'Für Privatkundschaft kein Weg.',
        en: 'No way to private customers.',
      },
    },
    offline: {
      de: 'Wer Sie dort noch kennt, kennen Sie meist von Anlässen: pflegen Sie diese Kontakte im Gespräch oder auf LinkedIn weiter.',
      en: 'Whoever still knows you there mostly knows you from events: keep those contacts up in person or on LinkedIn.',
    },
    pause: {
      de: 'Im Profil auf Ihre Website oder Ihr LinkedIn-Profil verweisen und keine Beiträge mehr planen.',
      en: 'Point to your website or LinkedIn profile in your profile and plan no more posts.',
    },
    facts: [
      {
        text: {
          de: 'Schweizer KMU erreichen auf XING im Schnitt 17 Follower – weit weniger als auf jeder anderen untersuchten Plattform.',
          en: 'Swiss SMEs reach 17 followers on XING on average – far fewer than on any other platform studied.',
        },
        ...fhgr2020,
      },
    ],
  },
  {
    id: 'x',
    name: { de: 'X (Twitter)', en: 'X (Twitter)' },
    audience: { b2b: 1, b2c: 1 },
    reach: { local: 0, regional: 1, national: 2 },
    goals: { enquiries: 0, applicants: 0, regulars: 1, findable: 0, network: 1 },
    formats: ['text'],
    rhythm: {
      minPosts: 3,
      maxPosts: 7,
      minutesPerPost: 15,
      replyMinutes: 20,
      post: { de: 'kurzer Hinweis oder Kommentar zu einem Thema Ihrer Branche', en: 'short note or comment on a topic of your industry' },
    },
    why: {
      b2b: {
        de: 'Lebt von vielen kurzen Beiträgen und schnellen Antworten – das lohnt sich nur, wenn Ihre Branche dort wirklich diskutiert.',
        en: 'Lives on many short posts and quick replies – only worth it if your industry really discusses there.',
      },
      b2c: {
        de: 'Lebt von vielen kurzen Beiträgen täglich; Ihre Kundschaft in der Region erreichen Sie anderswo leichter.',
        en: 'Lives on many short posts a day; you reach customers in your region more easily elsewhere.',
      },
    },
    offline: {
      de: 'Nutzen Sie es höchstens rund um Anlässe und Fachtagungen, an denen Sie ohnehin sind.',
      en: 'Use it at most around events and conferences you attend anyway.',
    },
    pause: {
      de: 'Im Profil festhalten, wo man Sie erreicht, und den Account ruhen lassen.',
      en: 'Say in the profile where people can reach you, and let the account rest.',
    },
    facts: [{ text: { de: '11 % der Bevölkerung nutzen X (Twitter).', en: '11 % of the population use X (Twitter).' }, ...igem2023 }],
  },
];
