import { render } from 'preact';
import readerCss from '@/components/reader.css?inline';
import { ReaderScreen, type ReaderState } from '@/components/ReaderScreen';
import { I18nProvider } from '@/components/i18n';
import { useSettings } from '@/utils/browser/use-settings';
import { sendToBackground } from '@/utils/browser/messaging';
import type { ReadResult } from '@/utils/browser/types';
import { sanitizeResult, type Sanitized } from '@/utils/sanitize-result';
import type { LazyTools } from '@/components/lazy-tools';
import { getBrowserTranslator } from '@/utils/browser/i18n';
import hostCss from './host.css?inline';

/** The one element the reader adds to the page while it is open (and removes on close). */
export const OVERLAY_TAG = 'calm-reader-overlay';

export interface Overlay {
  /** Returns whether the reader is open afterwards. */
  toggle(request: number, mode: 'toggle' | 'open'): boolean;
  /** Show an extraction result; ignored (false) if it is for a request the user closed. */
  show(request: number, result: ReadResult): boolean;
  close(): void;
  isOpen(): boolean;
}

interface OpenState {
  host: HTMLElement;
  mount: HTMLElement;
  request: number;
  state: ReaderState;
  listeners: AbortController;
  scroll: { x: number; y: number };
  focus: Element | null;
}

function toReaderState(result: Sanitized<ReadResult>): ReaderState {
  return result.ok ? { kind: 'article', article: result.article } : { kind: 'failed', reason: result.reason, detail: result.detail };
}

function OverlayApp(props: { state: ReaderState; request: number; onClose(): void }) {
  const [settings, updateSettings] = useSettings();
  const extractAgain = (force: boolean) => void sendToBackground('reader-extract', { request: props.request, force });
  return (
    <ReaderScreen
      surface="overlay"
      state={props.state}
      settings={settings}
      onSettingsChange={updateSettings}
      onShowAnyway={() => extractAgain(true)}
      onRetry={() => extractAgain(false)}
      onClose={props.onClose}
      onPrint={() => window.print()}
      loadTools={loadTools}
    />
  );
}

/**
 * Styles go in through a constructable stylesheet where the browser allows it: it is not subject
 * to the page's CSP (an inline <style> can be), and it never appears as a node. Firefox's content
 * script sandbox cannot always adopt sheets made in it; a <style> in the shadow root is the
 * fallback — still inside our shadow root, never in the page.
 */
function applyStyles(shadow: ShadowRoot, win: Window): void {
  const css = `${hostCss}\n${readerCss}`;
  try {
    const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    if (shadow.adoptedStyleSheets.length === 1) return;
  } catch {
    // fall through
  }
  const style = win.document.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

/**
 * Read aloud's model and the Copy / Save code, injected by the background into this tab on first
 * use (most readers never use them, so this script does not carry them). They land in this
 * isolated world, out of the page's reach.
 */
async function loadTools(): Promise<LazyTools> {
  const scope = globalThis as { __calmTools?: LazyTools };
  if (!scope.__calmTools && !(await sendToBackground('reader-load-tools', {})).ok) throw new Error('reader tools not loaded');
  if (!scope.__calmTools) throw new Error('reader tools not loaded');
  return scope.__calmTools;
}

/** Hides everything of the page but the reader, in print only; null where sheets cannot be adopted. */
function createPrintSheet(win: Window): CSSStyleSheet | null {
  try {
    const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(`@media print { html > :not(${OVERLAY_TAG}) { display: none !important; } }`);
    return sheet;
  } catch {
    return null;
  }
}

export function createOverlay(win: Window): Overlay {
  const doc = win.document;
  let current: OpenState | null = null;

  const paint = () => {
    if (!current) return;
    render(
      <I18nProvider translator={getBrowserTranslator()}>
        <OverlayApp state={current.state} request={current.request} onClose={close} />
      </I18nProvider>,
      current.mount,
    );
  };

  function open(request: number): void {
    const focus = doc.activeElement;
    const scroll = { x: win.scrollX, y: win.scrollY };
    const host = doc.createElement(OVERLAY_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    applyStyles(shadow, win);
    const mount = doc.createElement('div');
    mount.className = 'calm-overlay';
    mount.setAttribute('role', 'dialog');
    mount.setAttribute('aria-modal', 'true');
    const ui = getBrowserTranslator();
    mount.setAttribute('aria-label', ui.t('extName'));
    mount.tabIndex = -1;
    // The scroll container follows the interface's direction (its scrollbar side), not the page's.
    mount.lang = ui.locale;
    mount.dir = ui.dir;
    shadow.append(mount);
    // documentElement, not body: a frameset page or a page that replaces <body> still works,
    // and the page's body-level layout and listeners never see us.
    doc.documentElement.append(host);

    const listeners = new AbortController();
    const { signal } = listeners;
    win.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          event.preventDefault();
          close();
        }
      },
      { capture: true, signal },
    );
    // The page behind must not scroll while the reader is open, and we do not touch its styles
    // (overflow: hidden on <html> would be a change to the page): undo any scroll instead.
    win.addEventListener('scroll', () => win.scrollTo(scroll.x, scroll.y), { capture: true, signal, passive: true });
    // Keep keyboard focus inside the reader: focus that lands on the page behind comes back.
    doc.addEventListener(
      'focusin',
      (event) => {
        if (current && event.target !== current.host) current.mount.focus({ preventScroll: true });
      },
      { capture: true, signal },
    );

    // Printing while the reader is open prints the reader alone: the page's own content is hidden
    // for the print only, by a sheet that exists between beforeprint and afterprint.
    const pageSheet = createPrintSheet(win);
    if (pageSheet) {
      // Firefox's content-script sandbox may refuse a sheet made in it: printing then shows the
      // page under the reader, which is all that is lost.
      const hide = () => {
        try {
          doc.adoptedStyleSheets = [...doc.adoptedStyleSheets.filter((s) => s !== pageSheet), pageSheet];
        } catch {
          // see above
        }
      };
      const show = () => {
        try {
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== pageSheet);
        } catch {
          // see above
        }
      };
      win.addEventListener('beforeprint', hide, { signal });
      win.addEventListener('afterprint', show, { signal });
      signal.addEventListener('abort', show);
    }

    current = { host, mount, request, state: { kind: 'loading' }, listeners, scroll, focus };
    paint();
    mount.focus({ preventScroll: true });
  }

  function close(): void {
    if (!current) return;
    const { host, mount, listeners, scroll, focus } = current;
    current = null;
    listeners.abort();
    render(null, mount);
    host.remove();
    win.scrollTo(scroll.x, scroll.y);
    if (focus instanceof (win as unknown as typeof globalThis).HTMLElement && focus.isConnected) focus.focus({ preventScroll: true });
  }

  return {
    toggle(request, mode) {
      if (current) {
        if (mode === 'open') {
          // Already open: keep it, take the new request so its article is shown.
          current.request = request;
          current.state = { kind: 'loading' };
          paint();
          return true;
        }
        close();
        return false;
      }
      open(request);
      return true;
    },
    show(request, result) {
      if (!current || current.request !== request) return false;
      current.state = toReaderState(sanitizeResult(result, win));
      paint();
      return true;
    },
    close,
    isOpen: () => current !== null,
  };
}
