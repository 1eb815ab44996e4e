import { parseCsv, parseCsvRecords, toCsv } from './csv';

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

  it('tells the line each record starts on, after fields that span lines', () => {
    const text = 'code,name\r\n01-001,"жол 1\r\nжол 2\nжол 3"\r\n\r\n01-002,x\n01-003,y';
    expect(parseCsvRecords(text).map((record) => [record.line, record.cells[0]])).toEqual([
      [1, 'code'],
      [2, '01-001'],
      [6, '01-002'],
      [7, '01-003'],
    ]);
  });
});
