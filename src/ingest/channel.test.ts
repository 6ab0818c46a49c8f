import { describe, expect, it } from 'vitest';
import { readChannel } from './channel.js';

const EXPORT = {
  name: 'Invented Headquarters',
  type: 'public_channel',
  messages: [
    { id: 1, type: 'service', date: '2025-06-01T09:00:00', action: 'create_channel', text: '' },
    {
      id: 2,
      type: 'message',
      date: '2025-06-12T14:30:00',
      date_unixtime: '1749727800',
      text: ['Сьогодні ', { type: 'bold', text: '84 захисники' }, ' повернулися додому.\nОбмін відбувся за посередництва ОАЕ.'],
    },
    { id: 3, type: 'message', date: '2025-06-13T08:00:00', text: 'Another post in plain text.' },
    { id: 4, type: 'message', date: '2025-06-13T09:00:00', text: '' },
  ],
};

describe('readChannel', () => {
  it('joins message texts, formatted parts included, and dates from the first message with text', () => {
    const read = readChannel(JSON.stringify(EXPORT));
    expect(read).toEqual({
      kind: 'channel',
      value: {
        text: 'Сьогодні 84 захисники повернулися додому.\nОбмін відбувся за посередництва ОАЕ.\n\nAnother post in plain text.',
        title: 'Invented Headquarters',
        publishedAt: '2025-06-12',
      },
    });
  });

  it('tells text that is not JSON from JSON of another shape', () => {
    expect(readChannel('{Update} the exchange is over').kind).toBe('not-json');
    expect(readChannel('{"items": []}').kind).toBe('not-channel');
    expect(readChannel('[1,2,3]').kind).toBe('not-channel');
  });

  it('reads the unix date when the ISO one is missing', () => {
    const read = readChannel(JSON.stringify({ messages: [{ date_unixtime: '1749727800', text: 'x' }] }));
    expect(read.kind === 'channel' && read.value.publishedAt).toBe('2025-06-12');
  });
});
