import { describe, expect, it } from 'vitest';
import { removePolls } from '../../../../utils/extract/declutter/remove-polls';
import { runStep, story } from './helpers';

describe('remove-polls', () => {
  it('removes a reader poll form with its heading, and a box named as a poll', () => {
    const { text, removed } = runStep(removePolls, `<article><h1>Ferry returns</h1>${story()}</article>
      <div class="box-r"><h3>Have your say</h3><form action="/vote"><p>Should the ferry run on Sundays in winter?</p>
        <label><input type="radio" name="q" value="y"> Yes</label><label><input type="radio" name="q" value="n"> No</label>
        <button>Vote</button> <a href="/results">View results</a></form></div>
      <div class="survey-widget"><p>How did you travel to the islands last year?</p><input type="radio" name="s"> Ferry <input type="radio" name="s"> Fishing boat <input type="radio" name="s"> I did not</div>`);
    for (const gone of ['Should the ferry run on Sundays', 'View results', 'Have your say', 'How did you travel']) expect(text).not.toContain(gone);
    expect(removed.length).toBe(2);
    expect(text).toContain('The ferry to the outer islands ran again on Monday');
  });

  it('keeps story text about a poll, a table of its results and a form with one choice', () => {
    const said = 'A poll of 400 islanders by the council found that most would rather have a floating pontoon than a new fixed stage.';
    const { text, doc } = runStep(removePolls, `<article><h1>Ferry returns</h1>${story(3)}
      <p>${said}</p>
      <table class="poll-results"><tr><th>Floating pontoon</th><td>61%</td></tr><tr><th>Fixed stage</th><td>39%</td></tr></table>
      <form class="alerts"><label><input type="radio" name="a" checked> Tell me when the ferry is cancelled</label><button>Save</button></form>
    </article>`);
    expect(text).toContain(said);
    expect(doc.querySelectorAll('table.poll-results tr')).toHaveLength(2);
    expect(doc.querySelector('form.alerts')).not.toBeNull();
  });
});
