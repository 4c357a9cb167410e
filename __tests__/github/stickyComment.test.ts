import {
  hasMarker,
  MARKER,
  MAX_COMMENT_CHARS,
  parseSections,
  renderComment,
  sectionEnd,
  sectionStart,
  withSection,
} from '../../src/github/stickyComment.js';

const ORDER = ['neon-branch', 'migrate', 'drift-check', 'lint-gate'];

describe('sticky comment body', () => {
  it('starts with the marker and frames each section in pipeline order', () => {
    let body = withSection(undefined, 'lint-gate', '### lint\nall good', ORDER);
    body = withSection(body, 'neon-branch', '### neon\nbranch ready', ORDER);
    expect(body).toBe(
      [
        MARKER,
        `${sectionStart('neon-branch')}\n\n### neon\nbranch ready\n\n${sectionEnd('neon-branch')}`,
        `${sectionStart('lint-gate')}\n\n### lint\nall good\n\n${sectionEnd('lint-gate')}`,
      ].join('\n\n') + '\n',
    );
  });

  it('rewrites only its own section and keeps the others byte for byte', () => {
    let body = withSection(undefined, 'migrate', 'applied 2', ORDER);
    body = withSection(body, 'drift-check', 'drift: none', ORDER);
    const after = withSection(body, 'migrate', 'applied 3', ORDER);
    expect(parseSections(after, ORDER)).toEqual(
      new Map([
        ['migrate', 'applied 3'],
        ['drift-check', 'drift: none'],
      ]),
    );
  });

  it('keeps a body over 65,536 characters under the limit, with a truncation note', () => {
    const huge = 'x'.repeat(200_000);
    const body = withSection(
      withSection(undefined, 'migrate', 'small report', ORDER),
      'lint-gate',
      huge,
      ORDER,
    );
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    const sections = parseSections(body, ORDER);
    expect(sections.get('migrate')).toBe('small report');
    expect(sections.get('lint-gate')).toContain('cut to fit GitHub');
    expect(sections.get('lint-gate')!.startsWith('xxxx')).toBe(true);
  });

  it('truncates several large sections until the whole fits', () => {
    const sections = new Map(ORDER.map((s) => [s, s.repeat(10_000)]));
    const body = renderComment(sections, ORDER);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(parseSections(body, ORDER).size).toBe(4);
  });

  it('recognises the marker only at the start (a quote of it is not ours)', () => {
    expect(hasMarker(`${MARKER}\n\nhi`)).toBe(true);
    expect(hasMarker(`> ${MARKER}\n> quoted`)).toBe(false);
    expect(hasMarker(null)).toBe(false);
  });
});
