import { describe, expect, it } from 'vitest';
import defaults from '../selectors.json';
import { TreeCollector, threadWordRegex, treeMembersIn, treeNodeAround } from './comment-trees';
import { Selectors } from './selectors';

const words = threadWordRegex(new Selectors('generic', defaults.generic));

const comment = (id: string, text: string, replies = '') =>
  `<li class="comment" id="${id}"><div class="body"><a href="/u/${id}">${id}</a><p>${text}</p></div>${replies ? `<ol class="children">${replies}</ol>` : ''}</li>`;

const page = (cls: string) =>
  new DOMParser().parseFromString(
    `<ol>${comment('c1', 'First comment, long enough to count.', comment('c2', 'A reply nested in the first comment.'))}${comment('c3', 'Another top-level comment here.')}</ol>`.replaceAll(
      'class="comment"',
      `class="${cls}"`,
    ),
    'text/html',
  );

function collect(doc: Document): Map<string, { el: Element; index: number }[]> {
  const trees = new TreeCollector(words);
  Array.from(doc.body.querySelectorAll('*')).forEach((el, i) => {
    trees.add(el, i);
  });
  return trees.trees();
}

describe('comment trees', () => {
  it('finds comments that nest in comments of the same class, in walk order', () => {
    const trees = collect(page('comment'));
    expect(Array.from(trees.keys())).toEqual(['li.comment']);
    expect(trees.get('li.comment')?.map((m) => m.el.id)).toEqual(['c1', 'c2', 'c3']);
  });

  it('ignores nesting of a class that does not name a post (a layout), and siblings that do not nest', () => {
    expect(collect(page('flex')).size).toBe(0);
    const flat = new DOMParser().parseFromString(
      `<ol>${comment('a', 'One comment without replies at all.')}${comment('b', 'Two comments without replies at all.')}${comment('c', 'Three comments without replies at all.')}</ol>`,
      'text/html',
    );
    expect(collect(flat).size).toBe(0);
  });

  it('finds, from a change deep in a reply, that reply; and the replies inside a comment', () => {
    const doc = page('comment');
    const p = doc.querySelector('#c2 p') as Element;
    expect(treeNodeAround(p, words, 12, doc.body)?.el.id).toBe('c2');
    // A comment without replies, beside one that has them, is a comment of the tree too.
    expect(treeNodeAround(doc.querySelector('#c3 p') as Element, words, 12, doc.body)?.el.id).toBe('c3');
    expect(treeMembersIn(doc.querySelector('#c1') as Element, 'li.comment', 10).map((e) => e.id)).toEqual(['c2']);
    expect(treeNodeAround(page('flex').querySelector('p') as Element, words, 12, null)).toBeNull();
  });
});
