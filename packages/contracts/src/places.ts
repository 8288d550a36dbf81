export const VENUE_CLASSES = ['A', 'B', 'C'] as const;
export type VenueClass = (typeof VENUE_CLASSES)[number];

/** 座谈 / 课堂 / 戏院 / 圆桌 (SPEC M1), plus U-shape and banquet used in practice. */
export const LAYOUTS = ['discussion', 'classroom', 'theatre', 'round_table', 'u_shape', 'banquet'] as const;
export type Layout = (typeof LAYOUTS)[number];
/** A layout in words (problem details, printed forms); the web has the same words in its places i18n. */
export const LAYOUT_LABELS: Record<Layout, { zh: string; en: string }> = {
  discussion: { zh: '座谈式', en: 'discussion' },
  classroom: { zh: '课桌式', en: 'classroom' },
  theatre: { zh: '剧院式', en: 'theatre' },
  round_table: { zh: '圆桌式', en: 'round table' },
  u_shape: { zh: 'U 形', en: 'U-shape' },
  banquet: { zh: '宴会式', en: 'banquet' },
};

export const VENUE_TYPES = [
  'reception_room',
  'discussion_room',
  'classroom_room',
  'theatre_hall',
  'video_conference_room',
  'multi_function_hall',
  'main_hall',
  'report_hall',
  'presidium_hall',
  'press_hall',
  'group_room',
  'vip_room',
  'lounge',
  'secretary_room',
] as const;
export type VenueType = (typeof VENUE_TYPES)[number];

export const EQUIPMENT = [
  'microphone',
  'wireless_microphone',
  'projector',
  'screen',
  'led_screen',
  'video_conference',
  'recording',
  'stage_lighting',
  'sound_system',
  'simultaneous_interpretation',
  'voting_system',
  'whiteboard',
  'tv',
] as const;
export type EquipmentCode = (typeof EQUIPMENT)[number];

export const LEAD_TIME_UNITS = ['minutes', 'hours', 'working_hours', 'working_days', 'calendar_days'] as const;
export type LeadTimeUnit = (typeof LEAD_TIME_UNITS)[number];
export interface LeadTimeSetting {
  value: number;
  unit: LeadTimeUnit;
}

export const ORGANIZATION_KINDS = ['government', 'company', 'other'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Per-record policies sent with places records so the UI can hide what the user may not do. */
export interface RecordPolicies {
  update: boolean;
  archive: boolean;
}
