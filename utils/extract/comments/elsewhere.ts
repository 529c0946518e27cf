/**
 * Comments that live in a third-party frame cannot be read from the page: report where they are.
 * Each provider is recognised by its placeholder element or its embed script.
 */
import type { CommentsElsewhere } from '../types';
import { scanPage, type PageScan } from './scan';

interface ProviderSpec {
  provider: string;
  /** Placeholder elements the embed fills in. */
  placeholder: string;
  /** Embed script or iframe hosts. */
  host: RegExp;
  /** The anchor readers can follow on the page itself. */
  anchor?: string;
  /** Attribute of the placeholder carrying the provider's thread URL. */
  urlAttr?: string;
}

const PROVIDERS: ProviderSpec[] = [
  { provider: 'disqus', placeholder: '#disqus_thread', host: /(?:^|\.)disqus\.com$/i, anchor: 'disqus_thread' },
  { provider: 'facebook', placeholder: '.fb-comments, fb\\:comments', host: /(?:^|\.)facebook\.com$/i, urlAttr: 'data-href' },
  { provider: 'commento', placeholder: '#commento', host: /(?:^|\.)commento\.io$/i, anchor: 'commento' },
  { provider: 'hyvor', placeholder: '#hyvor-talk-view, hyvor-talk-comments', host: /(?:^|\.)hyvor\.com$/i },
  { provider: 'giscus', placeholder: '.giscus, giscus-widget', host: /(?:^|\.)giscus\.app$/i },
  { provider: 'utterances', placeholder: '.utterances', host: /(?:^|\.)utteranc\.es$/i },
  { provider: 'intensedebate', placeholder: '#idc-container, #idc-container-parent', host: /(?:^|\.)intensedebate\.com$/i },
  { provider: 'livefyre', placeholder: '#livefyre, #livefyre-comments, .livefyre-comments', host: /(?:^|\.)livefyre\.com$/i },
  { provider: 'coral', placeholder: '#coral_thread, #coral-thread', host: /(?:^|\.)coral(?:project)?\.\w+$/i },
  { provider: 'openweb', placeholder: '[data-spotim-module], [data-openweb-ad]', host: /(?:^|\.)(?:spot\.im|openweb\.com)$/i },
  { provider: 'viafoura', placeholder: '.viafoura, vf-conversations', host: /(?:^|\.)viafoura\.(?:co|net|com)$/i },
];

// "Please enable JavaScript to view the comments" and the like; an article is far longer.
const MAX_PLACEHOLDER_TEXT = 400;

function hostOf(src: string | null, base: string): string | null {
  if (!src) return null;
  try {
    return new URL(src, base).hostname;
  } catch {
    return null;
  }
}

function withAnchor(url: string, anchor: string | undefined): string {
  try {
    const u = new URL(url);
    if (anchor) u.hash = anchor;
    return u.href;
  } catch {
    return url;
  }
}

/** The third-party comment provider of a page, with its placeholder elements (to remove). */
export function detectElsewhere(
  doc: Document,
  url: string,
  scan: PageScan = scanPage(doc, url),
): { elsewhere: CommentsElsewhere; regions: Element[] } | null {
  for (const spec of PROVIDERS) {
    // A script alone (comment counts on a listing page) is not a thread: the placeholder must be
    // there for the embed to fill.
    const placeholders = scan.placeholders.filter((el) => {
      try {
        return el.matches(spec.placeholder);
      } catch {
        return false;
      }
    });
    if (placeholders.length === 0) continue;
    const attr = spec.urlAttr ? placeholders[0].getAttribute(spec.urlAttr) : null;
    let threadUrl = withAnchor(url, spec.anchor);
    if (attr) {
      try {
        const u = new URL(attr, url);
        if (u.protocol === 'http:' || u.protocol === 'https:') threadUrl = u.href;
      } catch {
        /* keep the page URL */
      }
    }
    // A placeholder is empty until the embed fills it; one holding prose is some other element
    // that happens to share the name (a theme's wrapper): reported, never removed.
    const empty = placeholders.filter((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length <= MAX_PLACEHOLDER_TEXT);
    const notices = empty.length ? findNotices(empty[0], spec.provider) : [];
    return { elsewhere: { provider: spec.provider, url: threadUrl }, regions: [...empty, ...notices] };
  }
  // An iframe from a known provider inside a comment section, without a known placeholder.
  for (const spec of PROVIDERS) {
    if (!scan.embedHosts.some((h) => spec.host.test(h)) && !(spec.provider === 'disqus' && scan.hasInlineDisqus)) continue;
    // The frames themselves go, not the section around them: on some themes that section is the
    // page's main column.
    const frames = scan.containers.flatMap((c) => [...c.querySelectorAll('iframe[src]')].filter((f) => spec.host.test(hostOf(f.getAttribute('src'), url) ?? '')));
    if (frames.length) return { elsewhere: { provider: spec.provider, url: withAnchor(url, spec.anchor) }, regions: frames };
  }
  return null;
}

/** "Please enable JavaScript to view the comments powered by Disqus." notices beside the placeholder. */
function findNotices(placeholder: Element, provider: string): Element[] {
  const out: Element[] = [];
  const mentions = new RegExp(provider, 'i');
  for (const dir of ['previousElementSibling', 'nextElementSibling'] as const) {
    let sib = placeholder[dir];
    for (let i = 0; sib && i < 4; i++, sib = sib[dir]) {
      if (sib.tagName === 'SCRIPT') continue;
      const text = (sib.textContent ?? '').replace(/\s+/g, ' ').trim();
      const name = `${sib.id} ${sib.getAttribute('class') ?? ''}`;
      if (sib.tagName === 'NOSCRIPT' || (text.length <= 160 && (mentions.test(text) || mentions.test(name) || /dsq/i.test(name)))) out.push(sib);
      else break;
    }
  }
  return out;
}
