import { describe, expect, it } from 'vitest';
import defaults from '../selectors.json';
import { jobWordCount, pageTitles, talksAboutWork, withoutTitleEchoes } from './job-words';
import { Selectors } from './selectors';

const sel = new Selectors('generic', defaults.generic);

describe('job words', () => {
  it('finds a word that starts after a digit when the word itself starts with a symbol ("$300/day")', () => {
    expect(jobWordCount('Data Entry Clerk – $300/day', sel, 1)).toBe(1);
    // A letter-initial word still has to start a word: "jobless" is a word, "nobjob" is not a job.
    expect(jobWordCount('nobjob', sel, 1)).toBe(0);
  });

  it('reads tags written without spaces between them as separate words ("NairobiFull Time")', () => {
    expect(jobWordCount('Marketing Officer\nNairobiFull TimeKSh 90,000', sel, 1)).toBe(1);
    expect(jobWordCount('KisumuInternship', sel, 1)).toBe(1);
  });

  it('reads Swahili and Russian job talk (kazi, mshahara, вакансии)', () => {
    expect(jobWordCount('Kazi ya online, lipwa Ksh 6,000 kwa siku', sel, 1)).toBe(1);
    expect(jobWordCount('Mshahara Ksh 22,000 kwa mwezi', sel, 1)).toBe(1);
    expect(jobWordCount('Свежие вакансии каждый день', sel, 1)).toBe(1);
  });
});

describe('title echoes', () => {
  const doc = new DOMParser().parseFromString(
    '<title>Agency jobs in Dubai or Cambodia - anyone tried? - Overseas Workers Forum</title><body><h1>Agency jobs in Dubai or Cambodia - anyone tried?</h1></body>',
    'text/html',
  );
  const titles = pageTitles(doc);

  it("drops a line that only repeats the page's title, after a reply prefix", () => {
    const reply = 'Moderator\nRe: Agency jobs in Dubai or Cambodia - anyone tried?\nThe account above has been reported.';
    expect(withoutTitleEchoes(reply, titles)).toBe('Moderator\nThe account above has been reported.');
    expect(talksAboutWork(reply, sel, titles)).toBe(false);
    expect(talksAboutWork('RE: Ответ: Agency jobs in Dubai or Cambodia - anyone tried?\nThanks!', sel, titles)).toBe(false);
  });

  it('keeps the words of a post that talks about work besides the title, and short lines', () => {
    const post = 'Re: Agency jobs in Dubai or Cambodia - anyone tried?\nWe are hiring nurses, salary 2,000 USD.';
    expect(talksAboutWork(post, sel, titles)).toBe(true);
    // "Jobs" alone is shorter than a title: a word, kept.
    expect(withoutTitleEchoes('Jobs\nnothing else', titles)).toBe('Jobs\nnothing else');
    // Without titles (a lone post), nothing is dropped.
    expect(talksAboutWork('Re: Agency jobs in Dubai or Cambodia - anyone tried?', sel, [])).toBe(true);
  });
});
