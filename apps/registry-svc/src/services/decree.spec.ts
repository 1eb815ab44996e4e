import { decreeTitle } from './decree';

describe('the title of the act behind a registry change', () => {
  it('cites a Government resolution as the Government cites its own', () => {
    expect(decreeTitle('government-resolution', '1218', '2025-03-18')).toEqual({
      kk: 'Қазақстан Республикасы Үкіметінің 2025 жылғы 18 наурыздағы № 1218 қаулысы',
      ru: 'Постановление Правительства Республики Казахстан от 18 марта 2025 г. № 1218',
    });
  });

  it('cites the demo registry’s act as the order of the authorised body it is, not a resolution', () => {
    expect(decreeTitle('authorised-body-order', '39/НҚ', '2020-01-31')).toEqual({
      kk: 'Мемлекеттік қызметтер көрсету саласындағы уәкілетті органның 2020 жылғы 31 қаңтардағы № 39/НҚ бұйрығы',
      ru: 'Приказ уполномоченного органа в сфере оказания государственных услуг от 31 января 2020 г. № 39/НҚ',
    });
  });

  it.each([
    ['2025-04-02', '2025 жылғы 2 сәуірдегі'],
    ['2025-07-10', '2025 жылғы 10 шілдедегі'],
    ['2013-09-18', '2013 жылғы 18 қыркүйектегі'],
    ['2024-12-30', '2024 жылғы 30 желтоқсандағы'],
  ])('puts the Kazakh date of %s in the locative: %s', (date, kk) => {
    expect(decreeTitle('government-resolution', '1', date).kk).toContain(`${kk} № 1 қаулысы`);
  });
});
