import type { Item } from '@/lib/content-schema';

/**
 * The statements of the check. Each holds one observable idea, and full agreement always means «ready».
 * Weight 3 = central to the articles' question, 1 = helpful but secondary.
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
    id: 'strategy-channel-choice',
    dimension: 'strategy',
    prompt: {
      de: 'Wir haben bewusst entschieden, welche Kanäle wir nutzen und welche wir weglassen.',
      en: 'We have made a deliberate decision about which channels we use and which we leave out.',
    },
    help: {
      de: 'Ein bewusster Verzicht auf einen Kanal zählt hier genauso wie eine Zusage.',
      en: 'Deliberately skipping a channel counts here just as much as choosing one.',
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
    id: 'strategy-review',
    dimension: 'strategy',
    prompt: {
      de: 'Wir prüfen mindestens zweimal im Jahr, ob unsere Kanäle die gesetzten Ziele erreichen.',
      en: 'At least twice a year we check whether our channels are meeting the goals we set.',
    },
    help: {
      de: 'Zum Beispiel anhand der Anfragen, Bewerbungen oder Kontakte, die über Social Media kamen.',
      en: 'For example by counting the enquiries, applications or contacts that came through social media.',
    },
    weight: 1,
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
    id: 'processes-owner-named',
    dimension: 'processes',
    prompt: {
      de: 'Es ist festgelegt, welche Person für unsere Social-Media-Kanäle verantwortlich ist.',
      en: 'It is settled which person is responsible for our social media channels.',
    },
    help: {
      de: 'Gemeint ist eine bestimmte Person mit Namen, nicht «das Team» oder «wer gerade Zeit hat».',
      en: 'This means one named person, not “the team” or “whoever has a moment”.',
    },
    weight: 3,
  },
  {
    id: 'processes-replies',
    dimension: 'processes',
    prompt: {
      de: 'Wir haben festgelegt, wer Anfragen und Kommentare auf unseren Kanälen beantwortet.',
      en: 'We have agreed who answers enquiries and comments on our channels.',
    },
    weight: 3,
  },
  {
    id: 'processes-handover',
    dimension: 'processes',
    prompt: {
      de: 'Anfragen, die über Social Media eintreffen, gelangen auf einem festen Weg zu der Person, die sie bearbeitet.',
      en: 'Enquiries that arrive through social media reach the person who handles them by a fixed route.',
    },
    help: {
      de: 'Zum Beispiel eine Offertanfrage, die direkt im Verkauf landet, oder eine Bewerbung, die bei der Personalverantwortlichen ankommt.',
      en: 'For example a request for a quote that goes straight to sales, or a job application that reaches whoever handles hiring.',
    },
    weight: 2,
  },
  {
    id: 'processes-deputy',
    dimension: 'processes',
    prompt: {
      de: 'Für Ferien und andere Abwesenheiten ist eine Stellvertretung für unsere Kanäle bestimmt.',
      en: 'A stand-in for our channels is named for holidays and other absences.',
    },
    weight: 1,
  },

  // culture — Unternehmenskultur
  {
    id: 'culture-recognisable',
    dimension: 'culture',
    prompt: {
      de: 'Wer unsere Firma kennt, erkennt sie in unseren Social-Media-Beiträgen wieder.',
      en: 'People who know our company recognise it in our social media posts.',
    },
    help: {
      de: 'Denken Sie an Ton, Bilder und Haltung: Passt das Medium, wie Sie es nutzen, zu Ihrer Art?',
      en: 'Think of tone, images and attitude: does the way you use the medium match how you are?',
    },
    weight: 3,
  },
  {
    id: 'culture-leadership-backing',
    dimension: 'culture',
    prompt: {
      de: 'Die Geschäftsleitung hat dem Team erklärt, weshalb wir auf Social Media auftreten.',
      en: 'Management has explained to the team why we are on social media.',
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
      de: 'Mitarbeitende liefern Ideen, Fotos oder Geschichten für unsere Beiträge.',
      en: 'Staff contribute ideas, photos or stories for our posts.',
    },
    weight: 2,
  },
  {
    id: 'culture-criticism',
    dimension: 'culture',
    prompt: {
      de: 'Wir haben vereinbart, wie wir auf öffentliche Kritik auf unseren Kanälen reagieren.',
      en: 'We have agreed how we respond to public criticism on our channels.',
    },
    weight: 2,
  },

  // people — Person & Kompetenz
  {
    id: 'people-willing',
    dimension: 'people',
    prompt: {
      de: 'Die verantwortliche Person hat die Betreuung der Kanäle aus freien Stücken übernommen.',
      en: 'The person in charge took on the channels of their own free will.',
    },
    help: {
      de: 'Wurde die Aufgabe einfach jemandem zugeteilt, der gerade Kapazität zu haben schien, wählen Sie eher tief.',
      en: 'If the task was simply handed to whoever seemed to have capacity, choose a lower answer.',
    },
    weight: 3,
    gate: {
      reason: {
        de: 'Niemand hat die Betreuung der Kanäle aus freien Stücken übernommen. Ohne eine Person, die es will, bleibt ein Kanal nicht lange lebendig.',
        en: 'Nobody has taken on the channels of their own free will. Without someone who wants to do it, a channel does not stay alive for long.',
      },
    },
  },
  {
    id: 'people-uses-medium',
    dimension: 'people',
    prompt: {
      de: 'Die verantwortliche Person nutzt die gewählten Kanäle auch selbst regelmässig.',
      en: 'The person in charge regularly uses the chosen channels themselves.',
    },
    help: {
      de: 'Wer ein Medium selbst gern nutzt, dem liegt es meist auch im Auftrag der Firma.',
      en: 'Someone who enjoys a medium personally usually handles it well for the company too.',
    },
    weight: 2,
  },
  {
    id: 'people-writes-quickly',
    dimension: 'people',
    prompt: {
      de: 'Die verantwortliche Person verfasst einen kurzen, passenden Beitrag in wenigen Minuten.',
      en: 'The person in charge can write a short, fitting post in a few minutes.',
    },
    weight: 2,
  },
  {
    id: 'people-knows-offer',
    dimension: 'people',
    prompt: {
      de: 'Die verantwortliche Person kennt unser Angebot gut genug, um Fragen auf den Kanälen selbst zu beantworten.',
      en: 'The person in charge knows our products and services well enough to answer questions on the channels directly.',
    },
    weight: 2,
  },

  // time — Zeit & Ressourcen
  {
    id: 'time-weekly-hours',
    dimension: 'time',
    prompt: {
      de: 'Die verantwortliche Person hat jede Woche fest reservierte Zeit für unsere Kanäle.',
      en: 'The person in charge has time set aside every week for our channels.',
    },
    help: {
      de: 'Gemeint ist Zeit, die im Kalender steht und nicht jedem dringenden Auftrag weichen muss.',
      en: 'This means time that is in the calendar and does not have to give way to every urgent job.',
    },
    weight: 3,
    gate: {
      reason: {
        de: 'Niemand hat jede Woche fest eingeplante Zeit, um die Kanäle zu betreuen.',
        en: 'Nobody has time set aside each week to look after the channels.',
      },
    },
  },
  {
    id: 'time-hours-known',
    dimension: 'time',
    prompt: {
      de: 'Wir wissen ungefähr, wie viele Stunden pro Woche unsere Kanäle brauchen.',
      en: 'We know roughly how many hours a week our channels take.',
    },
    weight: 2,
  },
  {
    id: 'time-tasks-offloaded',
    dimension: 'time',
    prompt: {
      de: 'Für die Social-Media-Arbeit wurden der verantwortlichen Person andere Aufgaben abgenommen.',
      en: 'Other tasks have been taken off the person in charge to make room for social media.',
    },
    weight: 2,
  },
  {
    id: 'time-busy-weeks',
    dimension: 'time',
    prompt: {
      de: 'Auch in strengen Wochen bleibt die reservierte Zeit für die Kanäle bestehen.',
      en: 'Even in busy weeks, the time set aside for the channels stays in place.',
    },
    weight: 2,
  },

  // content — Inhalte
  {
    id: 'content-topic-list',
    dimension: 'content',
    prompt: {
      de: 'Wir haben eine Liste mit Themen für die nächsten drei Monate.',
      en: 'We have a list of topics for the next three months.',
    },
    weight: 3,
  },
  {
    id: 'content-audience-value',
    dimension: 'content',
    prompt: {
      de: 'Die meisten unserer Beiträge bieten der Zielgruppe einen Nutzen über reine Werbung hinaus.',
      en: 'Most of our posts offer our audience something beyond pure advertising.',
    },
    help: {
      de: 'Zum Beispiel Tipps, Einblicke in den Betrieb oder Antworten auf häufige Fragen.',
      en: 'For example tips, a look behind the scenes or answers to common questions.',
    },
    weight: 3,
  },
  {
    id: 'content-own-material',
    dimension: 'content',
    prompt: {
      de: 'Wir sammeln laufend eigenes Material für Beiträge, etwa Fotos von Projekten oder Fragen der Kundschaft.',
      en: 'We keep collecting our own material for posts, such as photos of projects or customer questions.',
    },
    weight: 2,
  },
  {
    id: 'content-editorial-plan',
    dimension: 'content',
    prompt: {
      de: 'Wir planen unsere Beiträge im Voraus, zum Beispiel in einem einfachen Redaktionsplan.',
      en: 'We plan our posts ahead, for example in a simple content calendar.',
    },
    weight: 2,
  },

  // audience — Zielgruppen & Tonalität
  {
    id: 'audience-defined',
    dimension: 'audience',
    prompt: {
      de: 'Wir haben für jeden Kanal beschrieben, wen wir dort erreichen wollen.',
      en: 'For each channel we have described whom we want to reach there.',
    },
    weight: 3,
  },
  {
    id: 'audience-tone',
    dimension: 'audience',
    prompt: {
      de: 'Wir haben festgelegt, in welchem Ton wir auf unseren Kanälen schreiben.',
      en: 'We have settled on the tone we use on our channels.',
    },
    help: {
      de: 'Zum Beispiel Du oder Sie, locker oder sachlich, Mundart oder Hochdeutsch.',
      en: 'For example informal or formal address, casual or matter-of-fact, dialect or standard German.',
    },
    weight: 3,
  },
  {
    id: 'audience-new-groups',
    dimension: 'audience',
    prompt: {
      de: 'Wir wissen, welche Zielgruppen über Social Media neu zu uns dazukommen.',
      en: 'We know which new target groups social media brings to us.',
    },
    help: {
      de: 'Etwa künftige Lernende, Privatkundschaft oder Menschen ausserhalb Ihrer Region.',
      en: 'Such as future apprentices, private customers or people outside your region.',
    },
    weight: 2,
  },
  {
    id: 'audience-platforms',
    dimension: 'audience',
    prompt: {
      de: 'Wir wissen, auf welchen Plattformen sich unsere Zielgruppen tatsächlich aufhalten.',
      en: 'We know which platforms our target groups actually spend time on.',
    },
    weight: 2,
  },

  // community — Reichweite & Community
  {
    id: 'community-invite-contacts',
    dimension: 'community',
    prompt: {
      de: 'Wir laden Kundschaft und Geschäftspartner gezielt ein, uns auf unseren Kanälen zu folgen.',
      en: 'We actively invite customers and business partners to follow us on our channels.',
    },
    help: {
      de: 'Zum Beispiel mit einem Hinweis in der E-Mail-Signatur, auf der Offerte oder im Laden.',
      en: 'For example with a note in your email signature, on your quotes or in your shop.',
    },
    weight: 2,
  },
  {
    id: 'community-quick-replies',
    dimension: 'community',
    prompt: {
      de: 'Wir antworten auf Kommentare und Nachrichten spätestens am nächsten Werktag.',
      en: 'We reply to comments and messages by the next working day at the latest.',
    },
    help: {
      de: 'Haben Sie noch keinen Kanal, wählen Sie «Betrifft uns nicht».',
      en: 'If you do not have a channel yet, choose “Not relevant to us”.',
    },
    weight: 3,
  },
  {
    id: 'community-engage-others',
    dimension: 'community',
    prompt: {
      de: 'Wir kommentieren und teilen auch Beiträge von Kundschaft, Partnern und Organisationen aus unserem Umfeld.',
      en: 'We also comment on and share posts by customers, partners and organisations around us.',
    },
    weight: 2,
  },
  {
    id: 'community-reactions',
    dimension: 'community',
    prompt: {
      de: 'Unsere Beiträge lösen regelmässig Reaktionen aus, etwa Kommentare, Nachrichten oder Weiterempfehlungen.',
      en: 'Our posts regularly draw responses, such as comments, messages or recommendations.',
    },
    help: {
      de: 'Haben Sie noch keinen Kanal, wählen Sie «Betrifft uns nicht».',
      en: 'If you do not have a channel yet, choose “Not relevant to us”.',
    },
    weight: 2,
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
  },
  {
    id: 'offline-online-to-meeting',
    dimension: 'offline',
    prompt: {
      de: 'Kontakte, die online entstehen, führen wir gezielt zu einem Gespräch oder Treffen weiter.',
      en: 'We make a point of turning contacts made online into a conversation or a meeting.',
    },
    help: {
      de: 'Vertrauen entsteht im persönlichen Kontakt; online wird es gepflegt.',
      en: 'Trust is built in person; online is where it is kept up.',
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
  },
  {
    id: 'offline-between-meetings',
    dimension: 'offline',
    prompt: {
      de: 'Wir nutzen unsere Kanäle, um bestehende Kontakte zwischen den Treffen zu pflegen.',
      en: 'We use our channels to keep in touch with existing contacts between meetings.',
    },
    weight: 2,
  },
];
