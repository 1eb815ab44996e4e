import { neutraliseFormula, restoreFormula } from './registry-csv';

describe('registry CSV cells and spreadsheets', () => {
  it.each(['=HYPERLINK("http://example.org","x")', '+77011234567', '-1', '@SUM(A1:A2)', '\tcmd', '\rcmd'])(
    'prefixes %j with an apostrophe, and the import takes it off again',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
      expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
    },
  );

  it('leaves ordinary text alone, including an apostrophe of its own', () => {
    for (const cell of ['Баланың тууын тіркеу', "'quoted'", '01.01-001', '']) {
      expect(neutraliseFormula(cell)).toBe(cell);
      expect(restoreFormula(cell)).toBe(cell);
    }
  });
});
