import type { NeedItem, NeedLevel, NeedStep } from '@/lib/content-schema';

/** The first step of the check: who would run the channels, whom the firm sells to, and whether it needs a presence. */
export const needStep: NeedStep = {
  title: { de: 'Bedarf', en: 'Need' },
  intro: {
    de: 'Zuerst geht es darum, ob Ihre Firma Social Media überhaupt braucht: ob Ihre Kundschaft, künftige Lernende und Partner Sie dort suchen und was Ihnen heute entgeht. Das gilt auch, wenn Sie noch keinen Kanal haben.',
    en: 'First, this step asks whether your company needs social media at all: whether your customers, future apprentices and partners look for you there, and what you are missing today. It applies even if you have no channel yet.',
  },
  origin: {
    de: 'Der erste Beitrag beginnt mit der Frage, die sich viele KMU stellen: Braucht es das überhaupt? Der zweite fragt nüchtern, wie viele Geschäfte eine blosse Präsenz schon gebracht hat. Deshalb misst der Check den Bedarf getrennt von der Bereitschaft: Eine Firma kann bereit sein und den Kanal trotzdem nicht brauchen, oder ihn dringend brauchen und noch nicht bereit sein.',
    en: 'The first post opens with the question many small firms ask: do we need this at all? The second asks soberly how many deals a mere presence has brought so far. So the check measures need apart from readiness: a firm can be ready and still not need a channel, or need one badly and not be ready yet.',
  },
  quote: {
    article: 'must-have',
    original: 'Benötigen wir einen Auftritt auf facebook? Müssen wir nun wirklich auch noch tweeten?',
    en: 'Do we need a presence on Facebook? Do we really have to start tweeting as well?',
  },
  coachPrompts: [
    {
      de: 'Wie haben Ihre letzten fünf Neukundinnen und Neukunden von Ihnen erfahren?',
      en: 'How did your last five new customers hear about you?',
    },
    {
      de: 'Wo informieren sich die Menschen, die Sie als Lernende oder Mitarbeitende gewinnen möchten?',
      en: 'Where do the people you would like to take on as apprentices or staff look for information?',
    },
    {
      de: 'Was würde Ihnen fehlen, wenn man Ihre Firma online nur mit Adresse und Telefonnummer fände?',
      en: 'What would you miss if people could find your company online only with its address and phone number?',
    },
  ],
  runner: {
    legend: { de: 'Wer würde Ihre Social-Media-Kanäle betreuen?', en: 'Who would look after your social media channels?' },
    help: {
      de: 'Auch wenn Sie heute noch keinen Kanal haben: Wer käme dafür in Frage? Die folgenden Aussagen richten sich nach Ihrer Antwort.',
      en: 'Even if you have no channel today: who would take it on? The statements that follow are worded for your answer.',
    },
    options: {
      owner: { de: 'Ich selbst, als Inhaberin oder Inhaber', en: 'I would, as the owner' },
      employee: { de: 'Eine bestimmte Mitarbeiterin oder ein bestimmter Mitarbeiter', en: 'A particular member of staff' },
      outside: { de: 'Jemand ausserhalb der Firma, etwa eine Agentur', en: 'Someone outside the company, such as an agency' },
      undecided: { de: 'Das ist noch nicht entschieden', en: 'That has not been decided yet' },
    },
  },
  market: {
    legend: { de: 'Wem verkaufen Sie hauptsächlich?', en: 'Whom do you mainly sell to?' },
    options: {
      b2b: { de: 'Vor allem an Firmen (B2B)', en: 'Mainly to businesses (B2B)' },
      b2c: { de: 'Vor allem an Privatpersonen (B2C)', en: 'Mainly to private customers (B2C)' },
      mixed: { de: 'An beide etwa gleich viel', en: 'To both about equally' },
    },
  },
};

/**
 * The need statements: full agreement means the firm needs a presence. They ask what can be observed (customers
 * asked, business was lost, business came in), never whether others are on social media: that alone is the fad.
 */
export const needItems: NeedItem[] = [
  {
    id: 'need-customers-ask',
    prompt: {
      de: 'Kundinnen oder Kunden haben uns schon gefragt, wo man uns auf Social Media findet.',
      en: 'Customers have already asked us where to find us on social media.',
      market: {
        b2b: {
          de: 'Geschäftskunden oder Interessenten haben schon nach unserem Profil auf LinkedIn oder einer ähnlichen Plattform gefragt.',
          en: 'Business customers or prospects have already asked for our profile on LinkedIn or a similar platform.',
        },
      },
    },
    weight: 3,
  },
  {
    id: 'need-talked-about',
    prompt: {
      de: 'Kundinnen und Kunden zeigen, bewerten oder empfehlen uns schon online, etwa mit Fotos oder Bewertungen.',
      en: 'Customers already show, rate or recommend us online, with photos or reviews for instance.',
      market: {
        b2b: {
          de: 'Geschäftskunden oder Partner erwähnen oder empfehlen uns schon online, etwa in Beiträgen oder Referenzen.',
          en: 'Business customers or partners already mention or recommend us online, in posts or references for instance.',
        },
      },
    },
    help: {
      de: 'Auch wenn Sie selbst schweigen, wird über Sie gesprochen: Es gibt keine Nicht-Kommunikation.',
      en: 'Even if you say nothing yourself, people talk about you: there is no such thing as not communicating.',
    },
    weight: 2,
    weightByMarket: { b2b: 1, b2c: 3 },
  },
  {
    id: 'need-recruiting',
    prompt: {
      de: 'Offene Lehrstellen oder Stellen lassen sich bei uns mit Inseraten und Empfehlungen allein schwer besetzen.',
      en: 'Our apprenticeships or vacancies are hard to fill with job ads and word of mouth alone.',
    },
    help: {
      de: 'Künftige Lernende informieren sich oft zuerst auf Social Media. Stellen Sie in den nächsten Jahren niemanden ein, wählen Sie «Betrifft uns nicht».',
      en: 'Future apprentices often look on social media first. If you will not be hiring in the next few years, choose “Not relevant to us”.',
    },
    weight: 2,
  },
  {
    id: 'need-partners',
    prompt: {
      de: 'Partner, Lieferanten oder Verbände, mit denen wir arbeiten, teilen ihre Neuigkeiten auf Social Media.',
      en: 'The partners, suppliers or associations we work with share their news on social media.',
    },
    weight: 1,
    weightByMarket: { b2b: 3 },
  },
  {
    id: 'need-lost',
    prompt: {
      de: 'Wir wissen von Anfragen, Aufträgen oder Bewerbungen, die uns entgangen sind, weil andere online sichtbarer waren.',
      en: 'We know of enquiries, orders or applications we lost because others were easier to find online.',
    },
    weight: 3,
  },
  {
    id: 'need-proven-business',
    prompt: {
      de: 'Über Social Media sind bei uns in den letzten zwölf Monaten nachweislich Anfragen oder Aufträge eingegangen.',
      en: 'In the last twelve months, enquiries or orders have demonstrably come to us through social media.',
    },
    help: {
      de: 'Haben Sie noch keinen Kanal, wählen Sie «Betrifft uns nicht». Wissen Sie es nicht, ist «Weiss nicht» die ehrliche Antwort.',
      en: 'If you have no channel yet, choose “Not relevant to us”. If you do not know, “Don’t know” is the honest answer.',
    },
    weight: 2,
  },
];

/** Need levels, lowest first. */
export const needLevels: NeedLevel[] = [
  {
    id: 'low',
    min: 0,
    name: { de: 'gering', en: 'low' },
    meaning: {
      de: 'Ihre Kundschaft, künftige Mitarbeitende und Partner suchen Sie kaum auf Social Media, und bisher entgeht Ihnen wenig.',
      en: 'Your customers, future staff and partners hardly look for you on social media, and so far you are missing little.',
    },
  },
  {
    id: 'moderate',
    min: 40,
    name: { de: 'mittel', en: 'moderate' },
    meaning: {
      de: 'Ein Teil Ihrer Kundschaft, Ihrer künftigen Mitarbeitenden oder Partner sucht Sie online; ein gezielt gewählter Kanal kann sich lohnen.',
      en: 'Some of your customers, future staff or partners look for you online; one well-chosen channel can pay off.',
    },
  },
  {
    id: 'high',
    min: 65,
    name: { de: 'hoch', en: 'high' },
    meaning: {
      de: 'Kundschaft, künftige Mitarbeitende oder Partner suchen Sie online, und ohne Auftritt entgeht Ihnen etwas.',
      en: 'Customers, future staff or partners look for you online, and without a presence you are missing out.',
    },
  },
];
