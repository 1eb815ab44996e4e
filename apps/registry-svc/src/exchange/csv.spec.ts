import { parseCsv, toCsv } from './csv';

describe('csv', () => {
  it('round-trips quotes, commas, new lines and Kazakh letters', () => {
    const rows = [
      ['код', 'атауы'],
      ['01-001', 'Баланың тууын «тіркеу», оның ішінде'],
      ['01-002', 'жол 1\nжол 2 "дәйексөз"'],
      ['01-003', ''],
    ];
    const text = toCsv(rows[0] ?? [], rows.slice(1));
    expect(parseCsv(text)).toEqual(rows);
  });

  it('ignores a BOM and a missing final new line', () => {
    expect(parseCsv('\ufeffa,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
