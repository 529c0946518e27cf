import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import { createMessagesLookup, createTranslator, type MessageEntry } from '../../utils/i18n';
import { createTestTranslator } from './helpers';

const componentsDir = join(__dirname, '../../components');

describe('UI strings go through messages.json', () => {
  it('every key the components ask for exists (plural keys with _one and _other)', () => {
    const keys = messages as Record<string, MessageEntry>;
    const missing: string[] = [];
    for (const file of readdirSync(componentsDir).filter((f) => f.endsWith('.tsx'))) {
      const source = readFileSync(join(componentsDir, file), 'utf8');
      for (const [, key] of source.matchAll(/\bi18n\.t\('([A-Za-z0-9_]+)'/g)) if (!keys[key]) missing.push(`${file}: ${key}`);
      for (const [, key] of source.matchAll(/\bi18n\.plural\('([A-Za-z0-9_]+)'/g)) {
        if (!keys[`${key}_one`] || !keys[`${key}_other`]) missing.push(`${file}: ${key}_one/_other`);
      }
    }
    // Keys chosen from tables (state screens, settings labels) are written as plain strings.
    for (const file of ['FailureScreen.tsx', 'SettingsPanel.tsx']) {
      const source = readFileSync(join(componentsDir, file), 'utf8');
      for (const [, key] of source.matchAll(/(?:title|text|next|[a-z]+): '([a-z][A-Za-z]+(?:Title|Text|Next)|theme[A-Z]\w+|font[A-Z]\w+|width[A-Z]\w+|commentsMode[A-Z]\w+)'/g)) {
        if (!keys[key]) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has the manifest strings the lead uses', () => {
    const keys = messages as Record<string, MessageEntry>;
    expect(keys.extName.message).toBe('Calm Reader');
    expect(keys.extDescription.message.length).toBeLessThanOrEqual(132);
    expect(keys.commandToggleReader.message).toBe('Open or close the in-page reader');
  });

  it('components contain no hard-coded English sentences in JSX text', () => {
    const offenders: string[] = [];
    for (const file of readdirSync(componentsDir).filter((f) => f.endsWith('.tsx'))) {
      const source = readFileSync(join(componentsDir, file), 'utf8');
      // Text between a closing '>' and an opening '<' that contains letters is literal UI text.
      for (const [, text] of source.matchAll(/>\s*([A-Za-z][A-Za-z ,.'!?]{2,})\s*</g)) offenders.push(`${file}: ${text}`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('translator', () => {
  const t = createTestTranslator('en-US');

  it.each([
    [0, '0 comments'], [1, '1 comment'], [2, '2 comments'], [1234, '1,234 comments'],
  ])('plural commentCount(%i) -> %s', (n, expected) => {
    expect(t.plural('commentCount', n)).toBe(expected);
  });

  it('substitutes named placeholders', () => {
    expect(t.t('commentsShown', [50, 312])).toBe('Showing 50 of 312 comments');
    expect(t.t('commentFrom', ['Jersey City, NJ'])).toBe('from Jersey City, NJ');
  });

  it('keeps a "$" in substituted page text as it is', () => {
    expect(t.t('commentFrom', ['$1 and $$ land'])).toBe('from $1 and $$ land');
  });

  it('falls back to _other, then to the key, when a form is missing', () => {
    const lookup = createMessagesLookup({ thing_other: { message: '$N$ things', placeholders: { n: { content: '$1' } } } });
    const pl = createTranslator(lookup, 'pl');
    expect(pl.plural('thing', 3)).toBe('3 things');
    expect(pl.t('nope')).toBe('nope');
  });

  it.each([['en-US', 'ltr'], ['ar', 'rtl'], ['he-IL', 'rtl'], ['fa', 'rtl'], ['fr', 'ltr'], ['ur-PK', 'rtl'], ['arn', 'ltr']])(
    'UI direction of %s is %s', (locale, dir) => {
      expect(createTranslator(() => '', locale).dir).toBe(dir);
    },
  );

  it('uses the language plural rules (Polish has "few")', () => {
    const lookup = createMessagesLookup({
      c_one: { message: '$N$ komentarz', placeholders: { n: { content: '$1' } } },
      c_few: { message: '$N$ komentarze', placeholders: { n: { content: '$1' } } },
      c_many: { message: '$N$ komentarzy', placeholders: { n: { content: '$1' } } },
      c_other: { message: '$N$ komentarza', placeholders: { n: { content: '$1' } } },
    });
    const pl = createTranslator(lookup, 'pl');
    expect([1, 3, 5].map((n) => pl.plural('c', n))).toEqual(['1 komentarz', '3 komentarze', '5 komentarzy']);
  });
});
