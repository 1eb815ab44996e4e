import fc from 'fast-check';
import { canonicalJson, NotCanonicalizableError, type JsonValue } from './canonical-json';

describe('canonicalJson (RFC 8785)', () => {
  it('serialises numbers, literals and strings as the RFC 8785 §3.2.2 example does', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
        ' "literals": [null, true, false]}',
    ) as JsonValue;
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts members by the UTF-16 code units of their names (RFC 8785 §3.2.3)', () => {
    const input: JsonValue = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    expect(canonicalJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('sorts nested objects and keeps array order', () => {
    expect(canonicalJson({ b: [3, { z: 1, a: 2 }], a: { d: true, c: null } })).toBe(
      '{"a":{"c":null,"d":true},"b":[3,{"a":2,"z":1}]}',
    );
  });

  it('writes -0 as 0 and integers without a fraction', () => {
    expect(canonicalJson([-0, 1.0, 100, 1e21, 1e-7])).toBe('[0,1,100,1e+21,1e-7]');
  });

  it('gives the same text for the same data whatever the member order or whitespace', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const reordered = JSON.parse(JSON.stringify(value, null, 2)) as JsonValue;
        expect(canonicalJson(reordered)).toBe(canonicalJson(value as JsonValue));
        expect(JSON.parse(canonicalJson(value as JsonValue))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('refuses what has no JSON form, naming where it is', () => {
    expect(() => canonicalJson({ a: [1, Number.NaN] })).toThrow(
      new NotCanonicalizableError('$.a[1]', 'non-finite number'),
    );
    expect(() => canonicalJson({ name: 'x\ud800' })).toThrow(NotCanonicalizableError);
    expect(() => canonicalJson({ at: new Date(0) } as unknown as JsonValue)).toThrow(/\$\.at/);
  });
});
