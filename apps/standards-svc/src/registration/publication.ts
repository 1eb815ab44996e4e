import { defaultEntryIntoForce } from '@kzps/calendar';
import type { Bilingual } from '@kzps/platform';
import type { ApprovingAct } from './approving-act';

/**
 * Where a normative legal act of a central state body is officially published (Law "On legal acts"): the
 * Reference Control Bank of normative legal acts, in electronic form, and the periodicals with the right of
 * official publication. Another periodical is named by the caller in both languages.
 */
export const officialSources = [
  'reference_control_bank',
  'kazakhstanskaya_pravda',
  'egemen_kazakhstan',
] as const;
export type OfficialSource = (typeof officialSources)[number];

export const officialSourceNames: Readonly<Record<OfficialSource, Bilingual>> = {
  reference_control_bank: {
    kk: 'Қазақстан Республикасы нормативтік құқықтық актілерінің эталондық бақылау банкі',
    ru: 'Эталонный контрольный банк нормативных правовых актов Республики Казахстан',
  },
  kazakhstanskaya_pravda: { kk: '«Казахстанская правда» газеті', ru: 'Газета «Казахстанская правда»' },
  egemen_kazakhstan: { kk: '«Егемен Қазақстан» газеті', ru: 'Газета «Егемен Қазақстан»' },
};

/** Why a version enters into force on its day: the day its act states, or the Law's default. */
export const inForceBases = ['stated_in_act', 'ten_days_after_publication'] as const;
export type InForceBasis = (typeof inForceBases)[number];

/** The first official publication of a version's approving act, as the owner's officer entered it. */
export interface Publication {
  /** A known official source, or null when `sourceName` names another periodical. */
  source: OfficialSource | null;
  sourceName: Bilingual;
  firstPublishedOn: string;
  /** The day the version enters into force, and why that day. */
  inForceOn: string;
  inForceBasis: InForceBasis;
  recordedAt: string;
  recordedBy: string;
}

/**
 * The day a version enters into force (Law "On legal acts", D31): the day its act states, or ten calendar
 * days after its first official publication; an act concerning citizens' rights, as every standard does
 * (Art. 8), never before it is published, so a stated day earlier than the publication gives way to it.
 */
export function entryIntoForceDay(
  act: Pick<ApprovingAct, 'inForceOn'>,
  firstPublishedOn: string,
): { inForceOn: string; inForceBasis: InForceBasis } {
  if (act.inForceOn) {
    return {
      inForceOn: act.inForceOn > firstPublishedOn ? act.inForceOn : firstPublishedOn,
      inForceBasis: 'stated_in_act',
    };
  }
  return { inForceOn: defaultEntryIntoForce(firstPublishedOn), inForceBasis: 'ten_days_after_publication' };
}
