/**
 * A small JSON parser that also remembers on which line every value starts, so a pack error can say
 * "line 42" and not only "signals[3].patterns[0].re". JSON.parse cannot tell positions, and a pack is
 * edited by hand by NGO volunteers: the line is what they need. Strict JSON (RFC 8259), no comments.
 * Errors are returned as data (line + reason), never thrown.
 */

export type PathSegment = string | number;

export type JsonParseResult = { ok: true; value: unknown; lines: Map<string, number> } | { ok: false; line: number; message: string };

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/** Formats a JSON path the way errors print it: signals[3].patterns[0].re, explanations["a b"].en */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (PLAIN_KEY.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

class JsonSyntaxError extends Error {}

/** Deep enough for any real pack; deeper input is refused instead of overflowing the stack. */
const MAX_DEPTH = 64;

export function parseJsonWithLines(text: string): JsonParseResult {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;

  const fail = (message: string): never => {
    throw new JsonSyntaxError(message);
  };
  const skipWs = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        line++;
        i++;
      } else if (c === 0x20 || c === 0x09 || c === 0x0d) i++;
      else return;
    }
  };
  const describeHere = (): string => (i >= text.length ? 'end of input' : JSON.stringify(text[i]));

  const parseString = (): string => {
    // text[i] is the opening quote.
    i++;
    let out = '';
    let runStart = i;
    for (;;) {
      if (i >= text.length) fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(runStart, i);
        i++;
        return out;
      }
      if (c === 0x0a || c < 0x20) fail('control character or line break inside a string (use \\n)');
      if (c === 0x5c) {
        out += text.slice(runStart, i);
        const e = text[i + 1];
        i += 2;
        switch (e) {
          case '"':
            out += '"';
            break;
          case '\\':
            out += '\\';
            break;
          case '/':
            out += '/';
            break;
          case 'b':
            out += '\b';
            break;
          case 'f':
            out += '\f';
            break;
          case 'n':
            out += '\n';
            break;
          case 'r':
            out += '\r';
            break;
          case 't':
            out += '\t';
            break;
          case 'u': {
            const hex = text.slice(i, i + 4);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape in string');
            out += String.fromCharCode(Number.parseInt(hex, 16));
            i += 4;
            break;
          }
          default:
            fail(`bad escape \\${e ?? ''} in string`);
        }
        runStart = i;
        continue;
      }
      i++;
    }
  };

  const parseNumber = (): number => {
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = i;
    const r = m.exec(text);
    if (!r) fail(`unexpected ${describeHere()}`);
    i = m.lastIndex;
    return Number(r![0]);
  };

  const parseValue = (path: PathSegment[], depth: number): unknown => {
    if (depth > MAX_DEPTH) fail('nested too deeply');
    skipWs();
    lines.set(formatPath(path), line);
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      skipWs();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        skipWs();
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describeHere()}`);
        const key = parseString();
        if (Object.hasOwn(obj, key)) fail(`duplicate property ${JSON.stringify(key)}`);
        skipWs();
        if (text[i] !== ':') fail(`expected ':' after property name, found ${describeHere()}`);
        i++;
        const v = parseValue([...path, key], depth + 1);
        // defineProperty: a "__proto__" key must stay data, not change the prototype.
        Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
        skipWs();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail(`expected ',' or '}' in object, found ${describeHere()}`);
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      skipWs();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(parseValue([...path, arr.length], depth + 1));
        skipWs();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail(`expected ',' or ']' in array, found ${describeHere()}`);
      }
    }
    if (c === '"') return parseString();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return parseNumber();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    return fail(`unexpected ${describeHere()}`);
  };

  try {
    // A UTF-8 byte-order mark is harmless; skip it.
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    const value = parseValue([], 0);
    skipWs();
    if (i < text.length) fail(`unexpected ${describeHere()} after the end of the document`);
    return { ok: true, value, lines };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, line, message: e.message };
    throw e;
  }
}
