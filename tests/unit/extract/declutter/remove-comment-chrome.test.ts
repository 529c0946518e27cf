import { describe, expect, it } from 'vitest';
import { removeCommentChrome } from '../../../../utils/extract/declutter/remove-comment-chrome';
import { runStep, story } from './helpers';

describe('remove-comment-chrome', () => {
  it("removes what is left of a comment section: the form, the named container, counts, sorting, closed notices, the engine's sentences", () => {
    const { text } = runStep(removeCommentChrome, `<article><h1>Ferry returns</h1>${story()}</article>
      <div class="thread-tools"><span>12 Comments</span> <span>Sort by</span></div>
      <p>This forum has been closed.</p>
      <div id="comments"><p>Reader Ann: About time too, the boat is the only way to the doctor.</p></div>
      <div class="form-box"><form action="/post"><p>Your email address will not be published. Required fields are marked *</p><textarea name="body"></textarea><button>Post comment</button></form></div>`);
    for (const gone of ['12 Comments', 'Sort by', 'This forum has been closed.', 'About time too', 'will not be published', 'Post comment']) {
      expect(text).not.toContain(gone);
    }
    expect(text).toContain('The ferry to the outer islands ran again on Monday');
  });

  it('removes the same chrome written in German: the named section, counts, the log-in prompt', () => {
    const { text } = runStep(removeCommentChrome, `<article><h1>Fähre fährt wieder</h1>${story()}
      <div class="tip-comments-add"><p>Um den Tipp "Fähre im Winter" kommentieren zu können, müssen Sie eingeloggt sein.</p></div>
      <table><tr><td>Kommentare insgesamt: 0</td></tr></table>
    </article>
    <section id="kommentare"><p>Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)</p></section>`);
    for (const gone of ['kommentieren zu können', 'Kommentare insgesamt', 'Keine Kommentare']) expect(text).not.toContain(gone);
    expect(text).toContain('The ferry to the outer islands ran again on Monday');
  });

  it('keeps a German story line about comments and an opinion column named "kommentar"', () => {
    const said = 'Keine Kommentare wollte der Betreiber zu den Preisen abgeben; im Gemeinderat gab es dazu 40 Kommentare von Anwohnern.';
    const { text } = runStep(removeCommentChrome, `<article><h1>Fähre fährt wieder</h1>${story(3)}
      <p>${said}</p>
      <div class="kommentar"><p>Die Fähre ist unsere Straße: Wer sie spart, spart am falschen Ende, und das wissen alle, die im Winter auf der Insel bleiben.</p></div>
    </article>`);
    expect(text).toContain(said);
    expect(text).toContain('Die Fähre ist unsere Straße');
  });

  it('keeps story text that talks about comments, and a search form', () => {
    const said = 'The operator declined to comment on the fares, but residents left more than 300 comments on the council’s consultation page.';
    const { text, doc } = runStep(removeCommentChrome, `<article><h1>Ferry returns</h1>${story(3)}
      <p>${said}</p>
      <blockquote><p>“Leave a comment at the harbour office and we will answer it,” the notice on the quay said.</p></blockquote>
      <ul><li>Comments to the council close on Friday.</li><li>The next meeting is on 12 March.</li></ul>
    </article>
    <form role="search" action="/search"><input type="search" name="q"><button>Search</button></form>`);
    expect(text).toContain(said);
    expect(text).toContain('Leave a comment at the harbour office');
    expect(text).toContain('Comments to the council close on Friday.');
    expect(doc.querySelector('form[role="search"]')).not.toBeNull();
  });

  it("removes blog engines' thread lines: an empty thread, its feed, the trackback block, a closed thread", () => {
    const { text } = runStep(removeCommentChrome, `<article><h1>Ferry returns</h1>${story()}</article>
      <p>No comments yet.</p>
      <p><a href="/feed/">RSS feed for comments on this post.</a></p>
      <p><a href="/trackback/">TrackBack URI</a></p>
      <p><a href="/2024/03/ferry-returns/comments/atom.xml">This post's comment feed</a></p>
      <div class="trackbacks-info"><p>Listed below are links to weblogs that reference Ferry returns:</p></div>
      <p>The comments to this entry are closed.</p>
      <div class="count"><span>12</span> <span>comments so far. Add yours.</span></div>`);
    for (const gone of ['No comments yet', 'RSS feed for comments', 'TrackBack URI', 'comment feed', 'Listed below are links', 'comments to this entry are closed', 'comments so far']) {
      expect(text).not.toContain(gone);
    }
    expect(text).toContain('The ferry to the outer islands ran again on Monday');
  });
});
