/*
 * Which statements earlier versions of the check asked. Share codes address answers by position, so a code of an
 * earlier version needs that version's item order; stored data and files carry item ids, so retired ids are dropped.
 * Both lists only ever grow: never rename or reuse an id that is listed here.
 */

/** The 38 items of share code version 1, in their order. */
export const ITEMS_V1: readonly string[] = [
  'strategy-written-goals',
  'strategy-channel-choice',
  'strategy-upkeep-plan',
  'strategy-review',
  'strategy-outside-view',
  'processes-owner-named',
  'processes-replies',
  'processes-handover',
  'processes-deputy',
  'culture-recognisable',
  'culture-leadership-backing',
  'culture-team-contributes',
  'culture-criticism',
  'people-willing',
  'people-uses-medium',
  'people-writes-quickly',
  'people-knows-offer',
  'time-weekly-hours',
  'time-hours-known',
  'time-tasks-offloaded',
  'time-busy-weeks',
  'content-topic-list',
  'content-audience-value',
  'content-own-material',
  'content-editorial-plan',
  'audience-defined',
  'audience-tone',
  'audience-new-groups',
  'audience-platforms',
  'community-invite-contacts',
  'community-quick-replies',
  'community-engage-others',
  'community-reactions',
  'offline-meets-in-person',
  'offline-online-to-meeting',
  'offline-named-contact',
  'offline-events',
  'offline-between-meetings',
];

/** Item order of every earlier share code version, by version. */
export const SHARE_ITEMS_BY_VERSION: Readonly<Record<number, readonly string[]>> = { 1: ITEMS_V1 };

/** Items of earlier versions that the check no longer asks; their answers are dropped on reading. */
export const RETIRED_ITEM_IDS: readonly string[] = [
  'strategy-channel-choice',
  'strategy-review',
  'processes-owner-named',
  'culture-recognisable',
  'people-writes-quickly',
  'time-weekly-hours',
  'time-hours-known',
  'content-audience-value',
  'content-editorial-plan',
  'audience-new-groups',
  'audience-platforms',
  'community-engage-others',
  'community-reactions',
];
