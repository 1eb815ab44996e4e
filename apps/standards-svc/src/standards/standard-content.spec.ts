import { diffContent } from './content-diff';
import { missingItems, type StandardContent } from './standard-content';
import { completeContent as fixture } from '../test/standard-fixtures';

const completeContent = fixture('0b3f8a66-2f0e-4a55-8d5b-6e0f5c1f2a10');

const text = { kk: 'мәтін', ru: 'текст' };

describe('missingItems (Art. 8)', () => {
  it('names all eleven items of an empty draft, in the order of the article', () => {
    expect(missingItems({}).map((m) => m.article)).toEqual([
      '8.1',
      '8.2',
      '8.3',
      '8.4',
      '8.5',
      '8.6',
      '8.7',
      '8.8',
      '8.9',
      '8.10',
      '8.11',
    ]);
  });

  it('finds nothing missing in a complete draft', () => {
    expect(missingItems(completeContent)).toEqual([]);
  });

  it('names each item left out, and a paid fee without amount or payment method', () => {
    const { documents: _d, appeal: _a, ...rest } = completeContent;
    const draft: StandardContent = {
      ...rest,
      fee: { free: false, legalBasis: text, paymentMethods: [] },
    };
    expect(missingItems(draft).map((m) => m.item)).toEqual(['fee', 'documents', 'appeal']);
  });

  it('treats blank text in one language as missing (Art. 3: both languages)', () => {
    expect(
      missingItems({ ...completeContent, procedure: { kk: ' ', ru: 'текст' } }).map((m) => m.item),
    ).toEqual(['procedure']);
  });
});

describe('diffContent', () => {
  it('reports the changed, added and removed paths between versions', () => {
    const after: StandardContent = {
      ...completeContent,
      term: { value: 3, unit: 'working_days' },
      documents: [...(completeContent.documents ?? []), { name: text, mandatory: false, form: 'original' }],
      refusalGrounds: undefined,
    };
    expect(diffContent(completeContent, after)).toEqual([
      { path: 'documents[1]', change: 'added', after: { name: text, mandatory: false, form: 'original' } },
      { path: 'refusalGrounds', change: 'removed', before: completeContent.refusalGrounds },
      { path: 'term.value', change: 'changed', before: 5, after: 3 },
    ]);
  });
});
