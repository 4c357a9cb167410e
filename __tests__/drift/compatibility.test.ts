import {
  columnCompatibility,
  defaultCompatibility,
  enumCompatibility,
} from '../../src/core/drift/compatibility.js';
import { decide } from '../../src/core/drift/decide.js';
import type { Difference } from '../../src/core/drift/types.js';
import type { Column } from '../../src/core/model/types.js';

const col = (over: Partial<Column> = {}): Column => ({
  name: 'c',
  position: 1,
  type: 'text',
  collation: null,
  notNull: false,
  default: null,
  identity: null,
  identitySequence: null,
  generated: null,
  grants: [],
  comment: null,
  ...over,
});

describe('compatibility class of a difference (reference -> checked state)', () => {
  it('additions are compatible, removals and narrowing additions breaking', () => {
    expect(defaultCompatibility('table', 'extra', [])).toBe('compatible');
    expect(defaultCompatibility('index', 'extra', [])).toBe('compatible');
    expect(defaultCompatibility('view', 'extra', [])).toBe('compatible');
    expect(defaultCompatibility('table', 'missing', [])).toBe('breaking');
    expect(defaultCompatibility('constraint', 'extra', [])).toBe('breaking');
    expect(defaultCompatibility('view', 'changed', ['definition'])).toBe('breaking');
    expect(defaultCompatibility('table', 'changed', ['comment'])).toBe('compatible');
  });

  it('columns: nullable or defaulted additions are compatible; new NOT NULL and type changes are not', () => {
    expect(columnCompatibility('extra', undefined, col(), [])).toBe('compatible');
    expect(columnCompatibility('extra', undefined, col({ notNull: true, default: "''" }), [])).toBe(
      'compatible',
    );
    expect(columnCompatibility('extra', undefined, col({ notNull: true }), [])).toBe('breaking');
    expect(columnCompatibility('missing', col(), undefined, [])).toBe('breaking');
    expect(columnCompatibility('changed', col(), col({ type: 'integer' }), ['type'])).toBe('breaking');
    expect(columnCompatibility('changed', col({ notNull: true }), col(), ['notNull'])).toBe('compatible');
    expect(columnCompatibility('changed', col(), col({ notNull: true }), ['notNull'])).toBe('breaking');
    expect(columnCompatibility('changed', col(), col({ default: '1' }), ['default'])).toBe('compatible');
  });

  it('enums: appended labels are compatible, removed or reordered ones breaking', () => {
    const e = (labels: string[]) => ({ schema: 'public', name: 'mood', labels, comment: null }) as never;
    expect(enumCompatibility('changed', e(['a', 'b']), e(['a', 'b', 'c']), ['labels'])).toBe('compatible');
    expect(enumCompatibility('changed', e(['a', 'b']), e(['a', 'x', 'b']), ['labels'])).toBe('compatible');
    expect(enumCompatibility('changed', e(['a', 'b']), e(['a']), ['labels'])).toBe('breaking');
    expect(enumCompatibility('changed', e(['a', 'b']), e(['b', 'a']), ['labels'])).toBe('breaking');
  });

  it('strict blocks breaking differences by default, any difference with strict_blocks: any', () => {
    const d = (compatibility: Difference['compatibility'], critical = false): Difference => ({
      kind: 'column',
      table: 'public.t',
      object: 'public.t.c',
      change: 'extra',
      left: null,
      right: 'c text',
      fields: [],
      critical,
      compatibility,
    });
    expect(decide([d('compatible')], 'strict')).toBe('drift');
    expect(decide([d('compatible')], 'strict', 'any')).toBe('fail');
    expect(decide([d('compatible'), d('breaking')], 'strict')).toBe('fail');
    expect(decide([d('breaking')], 'canary')).toBe('drift');
    expect(decide([d('compatible', true)], 'canary')).toBe('fail');
  });
});
