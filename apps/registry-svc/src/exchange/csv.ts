import { CsvError, parse } from 'csv-parse/sync';

/** One CSV record and the line of the file it starts on (a quoted field may span several lines). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export enum CsvProblemCode {
  QuoteNotClosed = 'CSV_QUOTE_NOT_CLOSED',
  QuoteMisplaced = 'CSV_QUOTE_MISPLACED',
  CellCountMismatch = 'CSV_CELL_COUNT_MISMATCH',
  Malformed = 'CSV_MALFORMED',
}

/** A place where the file is not well-formed CSV, by the line its record starts on. */
export interface CsvProblem {
  line: number;
  code: CsvProblemCode;
  message: string;
}

/** The records of a file, and its problems: when there are any, the records cannot be trusted. */
export interface CsvParse {
  records: CsvRecord[];
  problems: CsvProblem[];
}

const CR = 0x0d;
const LF = 0x0a;

/** Line numbers of byte offsets, counted forward once over the file (offsets are asked in order). */
function lineCounter(bytes: Buffer) {
  let offset = 0;
  let line = 1;
  return {
    /** The line of the first non-blank byte at or after `from`, where the next record starts. */
    lineOfRecordAt(from: number): number {
      for (
        ;
        offset < from || (offset < bytes.length && (bytes[offset] === CR || bytes[offset] === LF));
        offset += 1
      ) {
        const byte = bytes[offset];
        if (byte === LF || (byte === CR && bytes[offset + 1] !== LF)) line += 1;
      }
      return line;
    },
  };
}

/** csv-parse's codes for a quote where the grammar allows none. */
const misplacedQuote: ReadonlySet<string> = new Set([
  'CSV_INVALID_CLOSING_QUOTE',
  'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE',
  'INVALID_OPENING_QUOTE',
]);

function problemOf(error: CsvError, line: number): CsvProblem {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return {
      line,
      code: CsvProblemCode.QuoteNotClosed,
      message: `The record starting on line ${line} opens a quote that is never closed`,
    };
  }
  const code = misplacedQuote.has(error.code) ? CsvProblemCode.QuoteMisplaced : CsvProblemCode.Malformed;
  return { line, code, message: `Line ${line}: ${error.message}` };
}

/**
 * RFC 4180 CSV read by csv-parse in strict mode: quoted fields, doubled quotes, the line end the file starts
 * with, a leading BOM ignored, blank lines skipped. Every record must have as many cells as the header (the
 * first record); a broken quote stops the reading, since nothing after it can be told apart.
 */
export function parseCsvRecords(text: string): CsvParse {
  const bytes = Buffer.from(text, 'utf8');
  const lines = lineCounter(bytes);
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let recordStart = 0;
  try {
    parse(bytes, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      on_record: (cells, context) => {
        records.push({ line: lines.lineOfRecordAt(recordStart), cells });
        recordStart = context.bytes;
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    problems.push(problemOf(error, lines.lineOfRecordAt(recordStart)));
  }
  const width = records[0]?.cells.length ?? 0;
  for (const { line, cells } of records.slice(1)) {
    if (cells.length !== width) {
      problems.push({
        line,
        code: CsvProblemCode.CellCountMismatch,
        message: `Line ${line} has ${cells.length} cell(s); the header has ${width}`,
      });
    }
  }
  return { records, problems: problems.sort((a, b) => a.line - b.line) };
}

/** The cells of a file that must be well-formed (the registry's own export); throws naming the first problem. */
export function parseCsv(text: string): string[][] {
  const { records, problems } = parseCsvRecords(text);
  const [problem] = problems;
  if (problem) throw new Error(problem.message);
  return records.map((record) => record.cells);
}
