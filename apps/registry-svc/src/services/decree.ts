import { spokenDate } from '@kzps/calendar';
import { decreeKinds, type DecreeKind } from '@kzps/contracts';
import { ShortBilingualTextDto } from '@kzps/platform';

export { decreeKinds, type DecreeKind };

/**
 * Art. 6.3: the registry is approved by the Government, so an act recorded without its kind is taken as the
 * Government's resolution. The registry in force is in practice an order of the authorised body (Order No.
 * 39/НҚ of 31 January 2020, amended by later orders), recorded as `authorised-body-order`.
 */
export const DEFAULT_DECREE_KIND: DecreeKind = 'government-resolution';

/** The act behind a lifecycle step: what kind of act, its number and date, and from when it applies. */
export interface DecreeDetails {
  decreeKind: DecreeKind;
  decreeNumber: string;
  decreeDate: string;
  effectiveDate: string;
}

/** The ending a month takes in "2020 жылғы 31 қаңтардағы" (vowel harmony, -т- after the voiceless к). */
const kazakhLocative = [
  'дағы', // қаңтар
  'дағы', // ақпан
  'дағы', // наурыз
  'дегі', // сәуір
  'дағы', // мамыр
  'дағы', // маусым
  'дегі', // шілде
  'дағы', // тамыз
  'тегі', // қыркүйек
  'дағы', // қазан
  'дағы', // қараша
  'дағы', // желтоқсан
];

/**
 * The act's title as acts are cited in Kazakh and Russian: "Қазақстан Республикасы Үкіметінің 2025 жылғы
 * 18 наурыздағы № 1218 қаулысы" / "Постановление Правительства Республики Казахстан от 18 марта 2025 г. № 1218".
 */
export function decreeTitle(kind: DecreeKind, number: string, date: string): ShortBilingualTextDto {
  const spoken = spokenDate(date);
  const kkDate = `${spoken.kk}${kazakhLocative[Number(date.slice(5, 7)) - 1]}`;
  switch (kind) {
    case 'government-resolution':
      return {
        kk: `Қазақстан Республикасы Үкіметінің ${kkDate} № ${number} қаулысы`,
        ru: `Постановление Правительства Республики Казахстан от ${spoken.ru} № ${number}`,
      };
    case 'authorised-body-order':
      return {
        kk: `Мемлекеттік қызметтер көрсету саласындағы уәкілетті органның ${kkDate} № ${number} бұйрығы`,
        ru: `Приказ уполномоченного органа в сфере оказания государственных услуг от ${spoken.ru} № ${number}`,
      };
  }
}
