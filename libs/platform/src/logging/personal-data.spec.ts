import { maskPersonalData, maskText } from './personal-data';

describe('personal data masking', () => {
  it('masks every 12-digit identifier in free text', () => {
    expect(maskText('applicant 850101300123 and org 990340001234')).toBe(
      'applicant 8501******23 and org 9903******34',
    );
  });

  it('leaves shorter and longer digit runs alone', () => {
    expect(maskText('order 12345 phone 87011234567 id 1234567890123')).toBe(
      'order 12345 phone 87011234567 id 1234567890123',
    );
  });

  it('redacts personal fields by name at any depth', () => {
    expect(
      maskPersonalData({
        applicant: { iin: '850101300123', fullName: 'Айгүл Нұрланқызы', region: '75' },
        note: 'x',
      }),
    ).toEqual({ applicant: { iin: '[redacted]', fullName: '[redacted]', region: '75' }, note: 'x' });
  });
});
