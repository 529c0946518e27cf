/**
 * Read aloud as a plain factory (no Preact inside; the thin hook is in ReaderTools.tsx, and this
 * module loads with the export code on first use — components/lazy-tools.ts), like comments-view:
 * everything the browser provides — speechSynthesis, the utterance constructor, the highlight
 * registry, the clock, scrolling — comes in through `NarratorEnv`, so the rules are unit-tested
 * with a fake synthesizer and jsdom.
 *
 * One utterance per sentence, spoken one at a time: pausing cancels and remembers the sentence
 * (Chromium's own pause/resume is unreliable across voices), skipping is a cancel plus a new
 * utterance, and the highlight follows each sentence's `start`.
 */

export const HIGHLIGHT_NAME = 'calm-reading';
/** The reader's own scrolling wins for this long: the narrator does not scroll after it. */
export const USER_SCROLL_QUIET_MS = 4000;

export type NarratorStatus = 'stopped' | 'playing' | 'paused';
/** Why read aloud cannot work here, shown instead of the controls. */
export type NarratorUnavailable = 'unsupported' | 'no-voices';

export interface NarratorState {
  status: NarratorStatus;
  unavailable?: NarratorUnavailable;
  rate: number;
  /** Index of the sentence being read (or where reading resumes). */
  index: number;
  total: number;
  /** The voice's language differs from the article's: no voice speaks the article's language. */
  fallbackLang?: string;
  voiceName?: string;
}

/** One thing to say: a sentence of a readable block, or a short announcement for a skipped one. */
export interface Utterance {
  block: number;
  element: Element;
  text: string;
  /** Offsets in the block's text (its text nodes concatenated); absent for announcements. */
  start?: number;
  end?: number;
}

interface SpeechLike {
  speak(u: SpeechSynthesisUtterance): void;
  cancel(): void;
  getVoices(): SpeechSynthesisVoice[];
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
  removeEventListener?(type: 'voiceschanged', listener: () => void): void;
}

interface HighlightRegistry {
  set(name: string, value: unknown): unknown;
  delete(name: string): unknown;
}

export interface NarratorEnv {
  synth?: SpeechLike;
  createUtterance?: (text: string) => SpeechSynthesisUtterance;
  /** CSS.highlights and the Highlight constructor, where the browser has them. */
  highlights?: HighlightRegistry;
  createHighlight?: (range: Range) => unknown;
  now?: () => number;
  /** Where the reader's scroll events arrive (the document, or the in-page reader's shadow root). */
  scrollRoot?: EventTarget;
  /** Whether a rectangle is comfortably inside the visible area. */
  isInView?: (rect: DOMRect) => boolean;
  /** Text for skipped blocks ("Code, skipped."). */
  announce: (kind: 'code' | 'table') => string;
  /** The UI language (the voice used when none speaks the article's language). */
  uiLang: string;
}

const READABLE = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, blockquote';
const ANNOUNCED = 'pre, table';
const SKIPPED = 'figcaption, caption';

/** Blocks of the article in reading order: the outermost readable or announced ones. */
export function collectUtterances(body: Element, lang: string | undefined, announce: NarratorEnv['announce']): Utterance[] {
  const out: Utterance[] = [];
  const blocks = Array.from(body.querySelectorAll(`${READABLE}, ${ANNOUNCED}`)).filter((el) => {
    const parent = el.parentElement?.closest(`${READABLE}, ${ANNOUNCED}, ${SKIPPED}`);
    return !(parent && body.contains(parent)) && !el.closest(SKIPPED);
  });
  blocks.forEach((element, block) => {
    if (element.matches(ANNOUNCED)) {
      out.push({ block, element, text: announce(element.matches('pre') ? 'code' : 'table') });
      return;
    }
    const text = textOf(element);
    for (const s of splitSentences(text, lang)) out.push({ block, element, text: s.text, start: s.start, end: s.end });
  });
  return out;
}

/** The block's text as its text nodes hold it, skipping captions, code and tables inside it. */
function textNodes(element: Element): Text[] {
  const nodes: Text[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, 4);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const excluded = node.parentElement?.closest(`${SKIPPED}, ${ANNOUNCED}`);
    if (!excluded || !element.contains(excluded)) nodes.push(node);
  }
  return nodes;
}

function textOf(element: Element): string {
  return textNodes(element).map((n) => n.nodeValue ?? '').join('');
}

/** Sentences with their offsets; Intl.Segmenter where there is one, else a punctuation rule. */
export function splitSentences(text: string, lang?: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (/[\p{L}\p{N}]/u.test(trimmed)) out.push({ text: trimmed.replace(/\s+/g, ' '), start: start + lead, end: start + lead + trimmed.length });
  };
  const Segmenter = (Intl as unknown as { Segmenter?: new (l?: string, o?: object) => { segment(t: string): Iterable<{ index: number; segment: string }> } }).Segmenter;
  if (Segmenter) {
    let segmenter;
    try {
      segmenter = new Segmenter(lang || undefined, { granularity: 'sentence' });
    } catch {
      segmenter = new Segmenter(undefined, { granularity: 'sentence' });
    }
    for (const { index, segment } of segmenter.segment(text)) push(index, index + segment.length);
    return joinAbbreviations(text, out);
  }
  const re = /[^.!?。！？]+(?:[.!?。！？]+["'”’)\]]*|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0]) break;
    push(m.index, m.index + m[0].length);
  }
  return joinAbbreviations(text, out);
}

/** "U.S." and "Dr." end no sentence, although the segmenter (and the rule) split after them. */
const ABBREVIATION_END = /(?:^|[\s(])(?:(?:\p{Lu}\.)+|(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|No|vs|etc|e\.g|i\.e)\.)$/u;

function joinAbbreviations(text: string, parts: { text: string; start: number; end: number }[]) {
  const out: typeof parts = [];
  for (const part of parts) {
    const prev = out[out.length - 1];
    if (prev && ABBREVIATION_END.test(prev.text)) {
      prev.end = part.end;
      prev.text = text.slice(prev.start, prev.end).replace(/\s+/g, ' ');
    } else out.push({ ...part });
  }
  return out;
}

/** A DOM range over offsets of a block's text. */
export function rangeFor(element: Element, start: number, end: number): Range | null {
  const doc = element.ownerDocument;
  const range = doc.createRange();
  let offset = 0;
  let started = false;
  for (const node of textNodes(element)) {
    const length = node.nodeValue?.length ?? 0;
    if (!started && start <= offset + length) {
      range.setStart(node, Math.max(0, start - offset));
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, Math.max(0, end - offset));
      return range;
    }
    offset += length;
  }
  return null;
}

const normalizeLang = (lang: string | undefined) => (lang ?? '').replace(/_/g, '-').toLowerCase();

/** The voice for the article's language (exact tag, then the language alone), else the UI's. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], articleLang: string | undefined, uiLang: string): { voice?: SpeechSynthesisVoice; fallback: boolean } {
  const find = (lang: string) => {
    const want = normalizeLang(lang);
    const primary = want.split('-')[0];
    if (!primary) return undefined;
    const exact = voices.filter((v) => normalizeLang(v.lang) === want);
    const loose = voices.filter((v) => normalizeLang(v.lang).split('-')[0] === primary);
    const ranked = [...exact, ...loose];
    return ranked.find((v) => v.localService) ?? ranked.find((v) => v.default) ?? ranked[0];
  };
  const wanted = articleLang || uiLang;
  const voice = find(wanted);
  if (voice) return { voice, fallback: false };
  return { voice: find(uiLang), fallback: true };
}

export interface Narrator {
  getState(): NarratorState;
  subscribe(listener: () => void): () => void;
  play(): void;
  pause(): void;
  toggle(): void;
  stop(): void;
  next(): void;
  previous(): void;
  setRate(rate: number): void;
  /** Stop and let go of every listener (the reader closed). */
  dispose(): void;
  /** The sentence being read (tests, and the hook's scroll). */
  current(): Utterance | undefined;
}

export function createNarrator(body: Element, articleLang: string | undefined, env: NarratorEnv): Narrator {
  const now = env.now ?? (() => Date.now());
  const items = collectUtterances(body, articleLang, env.announce);
  const listeners = new Set<() => void>();
  let state: NarratorState = {
    status: 'stopped',
    unavailable: env.synth ? undefined : 'unsupported',
    rate: 1,
    index: 0,
    total: items.length,
  };
  let speaking: SpeechSynthesisUtterance | null = null;
  let lastUserScroll = -Infinity;
  let ownScrollUntil = -Infinity;
  let marked: Element | null = null;
  /** Play was pressed before the browser had loaded its voices (Chromium loads them lazily). */
  let pendingPlay = false;

  const setState = (patch: Partial<NarratorState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };

  const onScroll = () => {
    if (now() > ownScrollUntil) lastUserScroll = now();
  };
  env.scrollRoot?.addEventListener('scroll', onScroll, { capture: true, passive: true });
  const onVoices = () => {
    if (state.unavailable !== 'no-voices' || (env.synth?.getVoices().length ?? 0) === 0) return;
    setState({ unavailable: undefined });
    if (pendingPlay) speak(state.index);
  };
  env.synth?.addEventListener?.('voiceschanged', onVoices);

  function clearHighlight(): void {
    env.highlights?.delete(HIGHLIGHT_NAME);
    marked?.removeAttribute('data-cr-reading');
    marked = null;
  }

  function show(item: Utterance | undefined, scroll: boolean): void {
    clearHighlight();
    if (!item) return;
    marked = item.element;
    marked.setAttribute('data-cr-reading', '');
    const range = item.start === undefined ? null : rangeFor(item.element, item.start, item.end!);
    if (range && env.highlights && env.createHighlight) env.highlights.set(HIGHLIGHT_NAME, env.createHighlight(range));
    // Keep the sentence in view, unless the reader scrolled away on purpose a moment ago.
    if (!scroll || now() - lastUserScroll < USER_SCROLL_QUIET_MS) return;
    const box = range && typeof range.getBoundingClientRect === 'function' ? range : item.element;
    if (env.isInView?.(box.getBoundingClientRect()) ?? true) return;
    ownScrollUntil = now() + 1000;
    item.element.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }

  function cancel(): void {
    speaking = null;
    env.synth?.cancel();
  }

  function speak(index: number): void {
    const synth = env.synth;
    const item = items[index];
    if (!synth || !item) {
      stop();
      return;
    }
    const voices = synth.getVoices();
    if (voices.length === 0) {
      cancel();
      pendingPlay = true;
      setState({ status: 'stopped', unavailable: 'no-voices' });
      return;
    }
    pendingPlay = false;
    const { voice, fallback } = pickVoice(voices, articleLang, env.uiLang);
    const utterance = env.createUtterance ? env.createUtterance(item.text) : new SpeechSynthesisUtterance(item.text);
    if (voice) utterance.voice = voice;
    utterance.lang = voice?.lang || articleLang || env.uiLang;
    utterance.rate = state.rate;
    const advance = () => {
      if (speaking !== utterance) return; // a cancelled utterance ending late
      if (index + 1 < items.length) speak(index + 1);
      else stop();
    };
    utterance.onend = advance;
    utterance.onerror = (event: SpeechSynthesisErrorEvent) => {
      if (speaking !== utterance) return;
      if (event.error === 'interrupted' || event.error === 'canceled') return;
      advance();
    };
    cancel();
    speaking = utterance;
    setState({
      status: 'playing',
      index,
      unavailable: undefined,
      fallbackLang: fallback && articleLang ? articleLang : undefined,
      voiceName: voice?.name,
    });
    show(item, true);
    synth.speak(utterance);
  }

  function stop(): void {
    pendingPlay = false;
    cancel();
    clearHighlight();
    setState({ status: 'stopped', index: 0 });
  }

  function move(delta: 1 | -1): void {
    const current = items[state.index];
    if (!current) return;
    let target: number;
    if (delta > 0) {
      target = items.findIndex((it) => it.block > current.block);
      if (target < 0) return;
    } else {
      // Back to the start of this block when inside it; from its start, the previous block.
      const blockStart = items.findIndex((it) => it.block === current.block);
      const previousBlock = blockStart > 0 && blockStart === state.index ? items[blockStart - 1].block : current.block;
      target = items.findIndex((it) => it.block === previousBlock);
    }
    if (state.status === 'playing') speak(target);
    else {
      setState({ index: target });
      show(items[target], true);
    }
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    play() {
      if (state.unavailable === 'unsupported') return;
      speak(state.index);
    },
    pause() {
      if (state.status !== 'playing') return;
      cancel();
      setState({ status: 'paused' });
    },
    toggle() {
      if (state.status === 'playing') this.pause();
      else this.play();
    },
    stop,
    next: () => move(1),
    previous: () => move(-1),
    setRate(rate) {
      const clamped = Math.min(2, Math.max(0.75, rate));
      setState({ rate: clamped });
      if (state.status === 'playing') speak(state.index);
    },
    dispose() {
      if (speaking || state.status !== 'stopped') stop();
      else clearHighlight();
      env.scrollRoot?.removeEventListener('scroll', onScroll, { capture: true });
      env.synth?.removeEventListener?.('voiceschanged', onVoices);
      listeners.clear();
    },
    current: () => (state.status === 'stopped' ? undefined : items[state.index]),
  };
}

/** The browser's side of NarratorEnv for a reader rendered in `win`. */
export function browserNarratorEnv(win: Window, root: EventTarget, base: Pick<NarratorEnv, 'announce' | 'uiLang'>): NarratorEnv {
  const w = win as unknown as typeof globalThis & { CSS?: { highlights?: HighlightRegistry }; Highlight?: new (r: Range) => unknown };
  const synth = 'speechSynthesis' in w ? (w.speechSynthesis as SpeechLike) : undefined;
  const Ctor = w.SpeechSynthesisUtterance;
  const HighlightCtor = w.Highlight;
  return {
    ...base,
    synth: synth && Ctor ? synth : undefined,
    createUtterance: Ctor ? (text) => new Ctor(text) : undefined,
    highlights: HighlightCtor ? w.CSS?.highlights : undefined,
    createHighlight: HighlightCtor ? (range) => new HighlightCtor(range) : undefined,
    scrollRoot: root,
    // Clear of the sticky top bar and its narration row, and of the bottom edge.
    isInView: (rect) => rect.top >= 120 && rect.bottom <= win.innerHeight - 24,
  };
}
