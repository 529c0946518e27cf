/**
 * Read aloud's rules (components/narrator.ts) with a fake speechSynthesis and a fake highlight
 * registry: what is read and in which order, what is skipped, pause/resume, skipping paragraphs,
 * speed, voices for the article's language, and when it may scroll.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { collectUtterances, createNarrator, HIGHLIGHT_NAME, pickVoice, splitSentences, USER_SCROLL_QUIET_MS, type NarratorEnv } from '../../components/narrator';

interface FakeUtterance {
  text: string;
  voice: SpeechSynthesisVoice | null;
  lang: string;
  rate: number;
  onend: (() => void) | null;
  onerror: ((e: { error: string }) => void) | null;
}

const voice = (lang: string, name = `${lang} voice`, extra: Partial<SpeechSynthesisVoice> = {}) =>
  ({ lang, name, localService: true, default: false, voiceURI: name, ...extra }) as SpeechSynthesisVoice;

export class FakeSynth {
  spoken: FakeUtterance[] = [];
  cancels = 0;
  voices: SpeechSynthesisVoice[];
  private voiceListeners: (() => void)[] = [];
  constructor(voices: SpeechSynthesisVoice[] = [voice('en-US'), voice('fr-FR'), voice('de-DE')]) {
    this.voices = voices;
  }
  speak(u: SpeechSynthesisUtterance) {
    this.spoken.push(u as unknown as FakeUtterance);
  }
  cancel() {
    this.cancels++;
  }
  getVoices() {
    return this.voices;
  }
  addEventListener(_: string, l: () => void) {
    this.voiceListeners.push(l);
  }
  removeEventListener() {}
  loadVoices(voices: SpeechSynthesisVoice[]) {
    this.voices = voices;
    for (const l of this.voiceListeners) l();
  }
  get last() {
    return this.spoken[this.spoken.length - 1];
  }
  /** The browser finishes the utterance being spoken. */
  finish() {
    this.last.onend?.();
  }
}

const ARTICLE = `
  <h2>Talks open</h2>
  <p>Kerry met Lavrov in Geneva. They spoke for an hour!</p>
  <figure><img src="https://img.example/a.jpg" alt=""><figcaption>The two ministers.</figcaption></figure>
  <pre><code>code()</code></pre>
  <ul><li>First point.</li><li>Second point.</li></ul>
  <table><tr><td>1</td></tr></table>
  <blockquote><p>A quote.</p></blockquote>`;

function setup(options: { html?: string; synth?: FakeSynth | null; lang?: string; uiLang?: string; now?: () => number; isInView?: () => boolean } = {}) {
  const dom = new JSDOM(`<body><div class="cr-body">${options.html ?? ARTICLE}</div></body>`);
  const doc = dom.window.document;
  const body = doc.querySelector('.cr-body')!;
  const synth = options.synth === null ? undefined : options.synth ?? new FakeSynth();
  const registry = new Map<string, { range: Range }>();
  const env: NarratorEnv = {
    synth,
    createUtterance: (text) => ({ text, voice: null, lang: '', rate: 1, onend: null, onerror: null }) as unknown as SpeechSynthesisUtterance,
    highlights: { set: (name, value) => registry.set(name, value as { range: Range }), delete: (name) => registry.delete(name) },
    createHighlight: (range) => ({ range }),
    now: options.now,
    scrollRoot: doc,
    isInView: options.isInView ?? (() => true),
    announce: (kind) => (kind === 'code' ? 'Code block, skipped.' : 'Table, skipped.'),
    uiLang: options.uiLang ?? 'en-US',
  };
  const narrator = createNarrator(body, options.lang ?? 'en', env);
  const highlighted = () => registry.get(HIGHLIGHT_NAME)?.range.toString();
  return { narrator, synth: synth as FakeSynth, highlighted, doc, body };
}

describe('what is read', () => {
  it('headings, paragraphs, list items and quotes by sentence; code and tables announced; captions skipped', () => {
    const { body } = setup();
    expect(collectUtterances(body, 'en', (k) => `[${k}]`).map((u) => u.text)).toEqual([
      'Talks open', 'Kerry met Lavrov in Geneva.', 'They spoke for an hour!', '[code]', 'First point.', 'Second point.', '[table]', 'A quote.',
    ]);
  });

  it('splits sentences with their offsets in the text', () => {
    const text = '  One here. Two there?  Three';
    for (const s of splitSentences(text, 'en')) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text, 'en').map((s) => s.text)).toEqual(['One here.', 'Two there?', 'Three']);
    // Abbreviations end no sentence.
    expect(splitSentences('The U.S. Secretary met Dr. Lee. Then left.', 'en').map((s) => s.text)).toEqual(['The U.S. Secretary met Dr. Lee.', 'Then left.']);
  });
});

describe('playing', () => {
  it('speaks one sentence at a time in a voice of the article language, highlighting each', () => {
    const { narrator, synth, highlighted, body } = setup({ lang: 'fr' });
    narrator.play();
    expect(narrator.getState().status).toBe('playing');
    expect(synth.spoken.map((u) => u.text)).toEqual(['Talks open']);
    expect(synth.last.voice?.lang).toBe('fr-FR');
    expect(synth.last.lang).toBe('fr-FR');
    expect(highlighted()).toBe('Talks open');
    expect(body.querySelector('[data-cr-reading]')?.tagName).toBe('H2');
    synth.finish();
    expect(synth.last.text).toBe('Kerry met Lavrov in Geneva.');
    expect(highlighted()).toBe('Kerry met Lavrov in Geneva.');
    synth.finish();
    expect(highlighted()).toBe('They spoke for an hour!');
    expect(body.querySelector('[data-cr-reading]')?.tagName).toBe('P');
  });

  it('pause cancels and remembers the sentence; play says it again; a late end of the cancelled one is ignored', () => {
    const { narrator, synth } = setup();
    narrator.play();
    synth.finish();
    const cancelled = synth.last;
    narrator.pause();
    expect(narrator.getState().status).toBe('paused');
    expect(synth.cancels).toBeGreaterThan(0);
    cancelled.onend?.();
    expect(synth.spoken).toHaveLength(2);
    narrator.play();
    expect(synth.last.text).toBe('Kerry met Lavrov in Geneva.');
    expect(synth.spoken).toHaveLength(3);
  });

  it('next and previous move by paragraph, speaking at once while playing', () => {
    const { narrator, synth } = setup();
    narrator.play();
    narrator.next();
    expect(synth.last.text).toBe('Kerry met Lavrov in Geneva.');
    narrator.next();
    expect(synth.last.text).toBe('Code block, skipped.');
    narrator.next();
    expect(synth.last.text).toBe('First point.');
    narrator.previous();
    expect(synth.last.text).toBe('Code block, skipped.');
    narrator.previous();
    expect(synth.last.text).toBe('Kerry met Lavrov in Geneva.');
    synth.finish();
    expect(synth.last.text).toBe('They spoke for an hour!');
    // Inside a paragraph, "previous" goes back to its start first.
    narrator.previous();
    expect(synth.last.text).toBe('Kerry met Lavrov in Geneva.');
  });

  it('while paused, skipping moves the highlight without speaking', () => {
    const { narrator, synth, highlighted } = setup();
    narrator.play();
    narrator.pause();
    narrator.next();
    expect(synth.spoken).toHaveLength(1);
    expect(highlighted()).toBe('Kerry met Lavrov in Geneva.');
    narrator.play();
    expect(synth.last.text).toBe('Kerry met Lavrov in Geneva.');
  });

  it('speed is kept between 0.75 and 2 and applies to the sentence being read', () => {
    const { narrator, synth } = setup();
    narrator.play();
    narrator.setRate(1.5);
    expect(synth.last.rate).toBe(1.5);
    expect(synth.last.text).toBe('Talks open');
    narrator.setRate(5);
    expect(narrator.getState().rate).toBe(2);
    narrator.setRate(0.1);
    expect(narrator.getState().rate).toBe(0.75);
  });

  it('stop cancels, clears the highlight and goes back to the start; the end stops too', () => {
    const { narrator, synth, highlighted, body } = setup({ html: '<p>Only one.</p>' });
    narrator.play();
    narrator.stop();
    expect(narrator.getState()).toMatchObject({ status: 'stopped', index: 0 });
    expect(highlighted()).toBeUndefined();
    expect(body.querySelector('[data-cr-reading]')).toBeNull();
    narrator.play();
    synth.finish();
    expect(narrator.getState().status).toBe('stopped');
  });

  it('dispose (the reader closed) stops speaking', () => {
    const { narrator, synth } = setup();
    narrator.play();
    const before = synth.cancels;
    narrator.dispose();
    expect(synth.cancels).toBeGreaterThan(before);
    expect(narrator.getState().status).toBe('stopped');
  });
});

describe('voices', () => {
  it('prefers the exact language, then the language alone, then the UI language (and says so)', () => {
    const voices = [voice('en-GB'), voice('en-US'), voice('pt-PT'), voice('pt-BR')];
    expect(pickVoice(voices, 'pt-BR', 'en').voice?.lang).toBe('pt-BR');
    expect(pickVoice(voices, 'en', 'de').voice?.lang).toBe('en-GB');
    expect(pickVoice(voices, 'cy', 'en-US')).toMatchObject({ fallback: true, voice: { lang: 'en-US' } });
  });

  it('with no voice for the article language it reads in the UI language and reports it', () => {
    const { narrator, synth } = setup({ lang: 'cy', uiLang: 'de-DE' });
    narrator.play();
    expect(synth.last.voice?.lang).toBe('de-DE');
    expect(narrator.getState().fallbackLang).toBe('cy');
  });

  it('without voices it says so, and starts once the browser has loaded them', () => {
    const synth = new FakeSynth([]);
    const { narrator } = setup({ synth });
    narrator.play();
    expect(narrator.getState()).toMatchObject({ status: 'stopped', unavailable: 'no-voices' });
    expect(synth.spoken).toHaveLength(0);
    synth.loadVoices([voice('en-US')]);
    expect(narrator.getState()).toMatchObject({ status: 'playing', unavailable: undefined });
    expect(synth.last.text).toBe('Talks open');
  });

  it('without speechSynthesis it is unavailable and play does nothing', () => {
    const { narrator } = setup({ synth: null });
    expect(narrator.getState().unavailable).toBe('unsupported');
    narrator.play();
    expect(narrator.getState().status).toBe('stopped');
  });
});

describe('keeping the sentence in view', () => {
  it('scrolls a sentence out of view into view, but not right after the reader scrolled', () => {
    let t = 100_000;
    const { narrator, synth, doc } = setup({ now: () => t, isInView: () => false });
    const scrolled = vi.fn();
    (doc.defaultView!.Element.prototype as unknown as { scrollIntoView: () => void }).scrollIntoView = scrolled;
    narrator.play();
    expect(scrolled).toHaveBeenCalledTimes(1);
    // Our own scroll's events do not count as the reader's.
    doc.dispatchEvent(new doc.defaultView!.Event('scroll'));
    t += 2000;
    synth.finish();
    expect(scrolled).toHaveBeenCalledTimes(2);
    // The reader scrolls: the narrator keeps still for a while.
    t += 1500;
    doc.dispatchEvent(new doc.defaultView!.Event('scroll'));
    t += 500;
    synth.finish();
    expect(scrolled).toHaveBeenCalledTimes(2);
    t += USER_SCROLL_QUIET_MS;
    narrator.next();
    expect(scrolled).toHaveBeenCalledTimes(3);
  });
});
