/**
 * Double-encoded text (double-encoding.ts): UTF-8 read back as Windows-1252 is read back again,
 * and text that only looks a little like it is left exactly as written.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isDoubleEncoded, repairDoubleEncoding, repairStrings, repairTextNodes } from '../../../utils/extract/double-encoding';

/**
 * Windows-1252's characters for the bytes 0x80-0x9F, written out: Node 20's TextDecoder reads
 * 'windows-1252' as Latin-1, so it cannot be the oracle here.
 */
const CP1252_ROW = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** What a page shows when `text` was stored as UTF-8 and read back as Windows-1252. */
function doubleEncode(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) => (byte >= 0x80 && byte <= 0x9f ? CP1252_ROW[byte - 0x80] : String.fromCharCode(byte))).join('');
}

describe('double-encoded text', () => {
  const german = 'Für die Gärtnerin ist größer nicht immer besser – sagt sie.';
  const russian = 'При этом город получил новый мост.';

  it('is recognised and read back: accents, dashes, quotes, euro, Cyrillic, emoji', () => {
    expect(doubleEncode('it’s')).toBe('itâ€™s');
    for (const text of [german, russian, 'L’été coûte 12 000 € « au moins » 🎉 déjà.']) {
      const shown = doubleEncode(text);
      expect(shown).not.toBe(text);
      expect(isDoubleEncoded(shown)).toBe(true);
      expect(repairDoubleEncoding(shown)).toBe(text);
    }
  });

  it('gets back "à" and the no-break space after spaces were collapsed', () => {
    const shown = doubleEncode('Rendez-vous à 9 h, déjà prévu, à côté.').replace(/\s+/g, ' ');
    expect(isDoubleEncoded(shown)).toBe(true);
    expect(repairDoubleEncoding(shown)).toBe('Rendez-vous à 9 h, déjà prévu, à côté.');
  });

  it('leaves correct text alone, even where two characters happen to look like a run', () => {
    const french = 'Cet été\u00a0» fut chaud. CAFÉ” écrit-il, puis «\u00a0À–Z\u00a0», à côté.';
    expect(isDoubleEncoded(french)).toBe(false);
    expect(isDoubleEncoded('Für die Gärtnerin ist größer nicht immer besser.')).toBe(false);
  });

  it('leaves a word processor\'s bullets alone ("Ø" and a no-break space), also on a double-encoded page', () => {
    const bullets = ['The survey covers 54 districts.', 'Tier 1 holds the 27 closest races.', 'Tier 2 holds the rest.'].map((line) => `Ø\u00a0${line}`).join('\n');
    expect(isDoubleEncoded(bullets)).toBe(false);
    expect(repairDoubleEncoding(`${bullets}\n${doubleEncode('Für die Gärtnerin ist größer nicht immer besser.')}`)).toBe(`${bullets}\nFür die Gärtnerin ist größer nicht immer besser.`);
  });

  it('leaves a page with one or two odd pairs alone', () => {
    expect(isDoubleEncoded(`Ein Text mit ${doubleEncode('ü')} und ${doubleEncode('ö')} darin.`)).toBe(false);
  });

  it('leaves text in another legacy charset read as Latin-1 alone (GBK shown as Latin-1)', () => {
    const gbk = new TextDecoder('latin1').decode(
      Uint8Array.from([0xd2, 0xbb, 0xb8, 0xf6, 0xd4, 0xbc, 0xb6, 0xa8, 0xa3, 0xac, 0xd0, 0xc5, 0xca, 0xd8, 0x31, 0x35, 0xc4, 0xea, 0xa3, 0xac, 0xb8, 0xd0, 0xc8, 0xcb, 0xd6, 0xc1, 0xc9, 0xee]),
    );
    expect(isDoubleEncoded(gbk.repeat(4))).toBe(false);
  });

  it('repairs the text nodes of an article and every string of plain data', () => {
    const { document } = new JSDOM(`<div><p>${doubleEncode('Später')} <b>${doubleEncode('größer')}</b></p><p>${doubleEncode('Straße')}</p></div>`).window;
    const root = document.querySelector('div')!;
    repairTextNodes(root);
    expect(root.textContent).toBe('Später größerStraße');
    expect(repairStrings({ author: doubleEncode('Jérôme'), replies: [{ text: doubleEncode('Ça va ?'), replies: [] }] })).toEqual({
      author: 'Jérôme',
      replies: [{ text: 'Ça va ?', replies: [] }],
    });
  });
});
