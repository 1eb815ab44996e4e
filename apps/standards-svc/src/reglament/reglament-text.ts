import type { PutReglamentDto } from './dto/reglament.dto';
import type { Reglament } from './reglament.entity';

/** The text of a reglament as stored (Art. 11.1), from a draft or an imported one: plain values, no DTOs. */
export function reglamentText(
  dto: PutReglamentDto,
): Pick<Reglament, 'generalProvisions' | 'steps' | 'interactions'> {
  return {
    generalProvisions: { kk: dto.generalProvisions.kk, ru: dto.generalProvisions.ru },
    steps: dto.steps.map((s, index) => ({
      order: index + 1,
      title: { kk: s.title.kk, ru: s.title.ru },
      responsibleUnit: { kk: s.responsibleUnit.kk, ru: s.responsibleUnit.ru },
      officialRole: { kk: s.officialRole.kk, ru: s.officialRole.ru },
      informationSystem: s.informationSystem
        ? { kk: s.informationSystem.kk, ru: s.informationSystem.ru }
        : null,
      duration: { value: s.duration.value, unit: s.duration.unit },
    })),
    interactions: {
      internal: { kk: dto.interactions.internal.kk, ru: dto.interactions.internal.ru },
      psc: dto.interactions.psc ? { kk: dto.interactions.psc.kk, ru: dto.interactions.psc.ru } : null,
      otherBodies: dto.interactions.otherBodies
        ? { kk: dto.interactions.otherBodies.kk, ru: dto.interactions.otherBodies.ru }
        : null,
    },
  };
}
