import { ProtocolError } from './protocol-error';
import { Reader } from './reader';
import { Writer } from './writer';

describe('Reader', () => {
  it('reads back what Writer wrote', () => {
    const writer = new Writer()
      .int16(7)
      .int32(-1)
      .int64(2n ** 40n)
      .string('topic')
      .string(null)
      .bytes(Buffer.from('v'));
    writer.array(['a', 'b'], (w, item) => w.string(item));
    const reader = new Reader(Buffer.concat([...writer.toChunks()]));
    expect([reader.int16(), reader.int32(), reader.int64AsNumber()]).toEqual([7, -1, 2 ** 40]);
    expect([reader.string(), reader.nullableString(), reader.bytes().toString()]).toEqual([
      'topic',
      null,
      'v',
    ]);
    expect(reader.array((r) => r.string())).toEqual(['a', 'b']);
    expect(reader.remaining).toBe(0);
  });

  it('refuses to read past the end of the frame', () => {
    expect(() => new Reader(Buffer.from([0, 5, 65])).string()).toThrow(ProtocolError);
  });

  it('refuses an array count larger than the bytes left', () => {
    const reader = new Reader(Buffer.from([0x7f, 0xff, 0xff, 0xff]));
    expect(() => reader.array((r) => r.int8())).toThrow(ProtocolError);
  });
});
