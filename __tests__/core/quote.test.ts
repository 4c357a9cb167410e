import { qualified, quoteIdent, quoteLiteral } from '../../src/core/sql/index.js';

describe('quoting', () => {
  it.each([
    ['users', 'users'],
    ['Users', '"Users"'],
    ['user', '"user"'],
    ['order', '"order"'],
    ['my table', '"my table"'],
    ['a"b', '"a""b"'],
    ['ünï', '"ünï"'],
    ['x; DROP TABLE y; --', '"x; DROP TABLE y; --"'],
    ['1abc', '"1abc"'],
  ])('quoteIdent(%j) = %s', (name, out) => {
    expect(quoteIdent(name)).toBe(out);
  });

  it('qualifies names', () => {
    expect(qualified('public', 'Order Items')).toBe('public."Order Items"');
  });

  it.each([
    ['plain', "'plain'"],
    ["it's", "'it''s'"],
    ["'); DROP TABLE t; --", "'''); DROP TABLE t; --'"],
    ['back\\slash', "E'back\\\\slash'"],
  ])('quoteLiteral(%j) = %s', (v, out) => {
    expect(quoteLiteral(v)).toBe(out);
  });

  it('refuses NUL characters', () => {
    expect(() => quoteIdent('a\u0000b')).toThrow(/NUL/);
    expect(() => quoteLiteral('a\u0000b')).toThrow(/NUL/);
  });
});

describe('reserved words', () => {
  it.each(['when', 'right', 'time', 'xmlpi', 'select', 'table', 'between', 'interval'])('quotes %s', (w) => {
    expect(quoteIdent(w)).toBe(`"${w}"`);
  });
  it.each(['t', 'x', 'name', 'status', 'data'])('leaves the plain name %s alone', (w) => {
    expect(quoteIdent(w)).toBe(w);
  });
});
