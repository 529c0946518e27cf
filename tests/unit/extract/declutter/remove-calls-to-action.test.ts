/** remove-calls-to-action: Follow, channel, app, newsletter and membership lines in several languages. Each rule on a page that shows it, and on what it must leave alone. */
import { describe, expect, it } from 'vitest';
import { removeCallsToAction } from '../../../../utils/extract/declutter/remove-calls-to-action';
import { cleanWith, STORY } from './news-lines';

describe('remove-calls-to-action', () => {
  it('takes follow, channel, newsletter and membership lines in several languages', () => {
    const lines = [
      '<p>Abonnieren Sie kostenlos unseren Hafen-Newsletter und verpassen Sie nichts mehr.</p>',
      '<p>¿Ya sabías que tenemos canal de Telegram? Únete en <a href="https://t.example/x">este enlace</a>.</p>',
      '<div class="g"><span>Nos siga no</span> <a href="https://news.example/pub"><img src="/gn.png" alt=""></a></div>',
      '<p><strong>Follow the Harbour Post on Instagram @harbourpost.</strong></p>',
      '<p>Werden Sie Mitglied und erhalten Sie exklusive Angebote!</p>',
      // A name in another script, and a line in capitals: the phrases are matched in either case,
      // with letters of any script where the phrase leaves room for a name.
      '<p>Follow Радио Гавань on Telegram for the evening bulletin.</p>',
      '<p>FOLGEN SIE UNS AUF INSTAGRAM</p>',
    ];
    const text = cleanWith(removeCallsToAction, `${STORY(2)}${lines.join(STORY(1))}`);
    for (const gone of ['Hafen-Newsletter', 'canal de Telegram', 'Nos siga no', 'Follow the Harbour Post', 'Werden Sie Mitglied', 'Радио Гавань', 'FOLGEN SIE']) expect(text).not.toContain(gone);
  });

  it('keeps story sentences that mention following someone or a newsletter', () => {
    const kept = [
      'Officials asked residents to follow the agency on Twitter for updates on the closure.',
      'The harbour master said the newsletter the port sends to skippers had warned of the shoal in March.',
      '„Folgen Sie mir“, sagte die Lotsin und ging voraus.',
    ];
    const text = cleanWith(removeCallsToAction, `${STORY(2)}${kept.map((k) => `<p>${k}</p>`).join('')}`);
    for (const k of kept) expect(text).toContain(k);
  });

  it('takes widget labels left as whole lines, and keeps the same words inside a sentence', () => {
    const labels = ['<p><a href="/img/1-large.jpg">View larger image</a></p>', '<p>Rate this article</p>', '<p><a href="/news/">Back to the list</a></p>', '<div>Item added to your basket.</div>'];
    const kept = 'Readers were invited to rate this article and the two before it in a survey the paper ran in June.';
    const text = cleanWith(removeCallsToAction, `${STORY(2)}${labels.join(STORY(1))}<p>${kept}</p>`);
    for (const gone of ['View larger image', 'Rate this article', 'Back to the list', 'added to your basket']) expect(text).not.toContain(gone);
    expect(text).toContain(kept);
  });
});
