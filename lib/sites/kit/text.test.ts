import { describe, expect, it } from 'vitest';
import { htmlToText, isExcluded, textOf, textOfAll } from './text';

const parse = (html: string): Document => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');

describe('textOf', () => {
  it.each([
    ['<p>One</p><p>Two</p>', 'One\nTwo'],
    ['A<br>B', 'A\nB'],
    ['<span>Hello</span> <b>world</b>', 'Hello world'],
    ['  lots   of\n\n  space  ', 'lots of space'],
    ['<ul><li>a</li><li>b</li></ul>', 'a\nb'],
    ['<p>keep</p><script>alert(1)</script><style>p{}</style><button>Like</button>', 'keep'],
    ['<p>x<img alt="🔥">y</p><img alt="Profile photo of Ann">', 'x🔥y'],
    ['<p>a</p><div contenteditable="true">draft</div><div role="textbox">draft2</div><textarea>t</textarea>', 'a'],
    ['<p>a</p><div contenteditable="false">shown</div>', 'a\nshown'],
    ['<p>a</p><lurewatch-warning>warn</lurewatch-warning><span data-lurewatch-ui>ui</span>', 'a'],
    ['<p>a</p><p hidden>secret</p>', 'a'],
    ['<p>a</p><div>·</div><div>b</div>', 'a\nb'],
  ])('%s → %j', (html, expected) => {
    expect(textOf(parse(html).body)).toBe(expected);
  });

  it('drops chrome by selector and by element', () => {
    const doc = parse('<div>Hi<span class="time">12:01</span><em id="x">skip</em></div>');
    expect(textOf(doc.body, { drop: '.time', skip: new Set([doc.querySelector('#x')!]) })).toBe('Hi');
  });

  it('stops at the cap, even inside one huge text node', () => {
    const doc = parse(`<p>${'a'.repeat(1_000_000)}</p><p>after</p>`);
    expect(textOf(doc.body, { max: 100 })).toBe('a'.repeat(100));
  });

  it('joins parts as lines or inline, skipping nested duplicates', () => {
    const doc = parse('<div id="o"><span id="i">in</span></div><span id="s">two</span>');
    const els = ['#o', '#i', '#s'].map((s) => doc.querySelector(s)!);
    expect(textOfAll(els)).toBe('in\ntwo');
    expect(textOfAll(els, { join: ' ' })).toBe('in two');
  });
});

describe('htmlToText', () => {
  it('reads HTML, also escaped twice, without running it', () => {
    const doc = parse('');
    expect(htmlToText('<p>A &amp; B</p><ul><li>c</li></ul>', doc)).toBe('A & B\nc');
    expect(htmlToText('&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two&lt;/p&gt;', doc)).toBe('One\nTwo');
    expect(htmlToText('<img src=x onerror="globalThis.pwned=1"><p>ok</p>', doc)).toBe('ok');
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
});

describe('isExcluded', () => {
  it('knows our UI and editable fields', () => {
    const doc = parse('<div data-lurewatch-ui><p id="a">x</p></div><div contenteditable><p id="b">y</p></div><p id="c">z</p>');
    expect(['#a', '#b', '#c'].map((s) => isExcluded(doc.querySelector(s)!))).toEqual([true, true, false]);
  });
});
