import type { LocalExecutiveLevel } from './organization.enums';

export const KATO = /^\d{9}$/;

/**
 * What a KATO code (Classifier of administrative-territorial objects: nine digits AB CD EF HHH) can honestly
 * tell about a local executive body's level without the classifier itself:
 * - an oblast, a city of republican significance and the capital are first-level units: AB and seven zeros
 *   (Astana 710000000, Karaganda oblast 350000000);
 * - a district and a city of oblast significance are inside a first-level unit: CD is not 00, and the
 *   settlement part HHH is 000 (Karasai district 195200000, the city of Karaganda 351010000);
 * - a body under an oblast's body lies in that oblast: the same AB as its parent's code.
 * Whether the code exists in the classifier is not checked: the classifier is not loaded here.
 */
export function katoProblem(
  level: LocalExecutiveLevel,
  kato: string,
  parentKato: string | null,
): string | undefined {
  switch (level) {
    case 'oblast':
    case 'city-of-republican-significance':
    case 'capital':
      return /^\d{2}0{7}$/.test(kato) && !kato.startsWith('00')
        ? undefined
        : `regionKato ${kato} is not a first-level unit (AB0000000) as the ${level} level needs`;
    case 'district':
    case 'city-of-oblast-significance':
      if (!/^\d{2}(?!00)\d{2}\d{2}000$/.test(kato)) {
        return `regionKato ${kato} is not a district-level unit (ABCD…000 with CD not 00) as the ${level} level needs`;
      }
      if (parentKato !== null && parentKato.slice(0, 2) !== kato.slice(0, 2)) {
        return `regionKato ${kato} is outside the parent's unit ${parentKato}`;
      }
      return undefined;
  }
}
