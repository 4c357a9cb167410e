import { branchNameFor, expiresAt, prNumberOf, searchPrefix } from '../../src/neon/naming.js';

describe('branch naming', () => {
  it('fills {number} and reads it back, rejecting foreign names', () => {
    expect(branchNameFor('preview/pr-{number}', 42)).toBe('preview/pr-42');
    expect(prNumberOf('preview/pr-{number}', 'preview/pr-42')).toBe(42);
    expect(prNumberOf('preview/pr-{number}', 'preview/pr-42-old')).toBeUndefined();
    expect(prNumberOf('preview/pr-{number}', 'main')).toBeUndefined();
    expect(prNumberOf('pr-{number}-db', 'pr-7-db')).toBe(7);
    expect(searchPrefix('preview/pr-{number}')).toBe('preview/pr-');
  });

  it('computes expires_at in RFC 3339 with whole seconds, at most 30 days ahead', () => {
    const now = new Date('2026-11-30T02:00:00.750Z');
    expect(expiresAt(now, 7 * 86_400_000)).toBe('2026-12-07T02:00:00Z');
    expect(expiresAt(now, 30 * 86_400_000)).toBe('2026-12-30T02:00:00Z');
    expect(expiresAt(now, 0)).toBeUndefined();
    expect(() => expiresAt(now, 31 * 86_400_000)).toThrow('at most 30 days');
  });
});
