/**
 * Focused tests of the plan on hand-built models: the exact SQL text (quoting, in-place ALTER vs
 * recreate, ordering), the flags on each statement, renames and unsupported reporting. The
 * corpus (corpus.test.ts) proves on real databases that such plans work.
 */
import { Dag, planDiff, renderPlanSql } from '../../src/core/diff/index.js';
import type { Column, EnumType, Index, SchemaModel, View } from '../../src/core/model/types.js';
import { emptyModel } from '../../src/core/model/types.js';
import { column as col, table } from '../helpers/modelBuilders.js';

function view(schema: string, name: string, definition: string, columns: [string, string][]): View {
  return {
    schema,
    name,
    owner: 'postgres',
    comment: null,
    definition,
    definitionFingerprint: definition,
    columns: columns.map(([n, t], i) => ({ name: n, type: t, position: i + 1 })),
    options: [],
    columnComments: {},
    grants: [],
  };
}

function enumType(schema: string, name: string, labels: string[]): EnumType {
  return { schema, name, labels, owner: 'postgres', comment: null, grants: [] };
}

const schemaPublic = { public: { name: 'public', owner: 'postgres', comment: null, grants: [] } };

function model(parts: Partial<SchemaModel>): SchemaModel {
  return { ...emptyModel(150000), schemas: schemaPublic, ...parts };
}

const sqlOf = (from: SchemaModel, to: SchemaModel, options = {}) =>
  planDiff(from, to, options).statements.map((s) => s.sql);

describe('quoting', () => {
  test('hostile identifiers and enum labels are quoted in generated SQL', () => {
    const to = model({
      schemas: {
        ...schemaPublic,
        '"My Schema"': { name: 'My Schema', owner: 'postgres', comment: null, grants: [] },
      },
      enums: {
        '"My Schema"."Mood"': enumType('My Schema', 'Mood', ["it's", 'back\\slash', '); DROP TABLE x; --']),
      },
      tables: {
        '"My Schema"."select"': table('My Schema', 'select', [
          col('we"ird', 'integer', { notNull: true }),
          col('café', '"My Schema"."Mood"'),
        ]),
      },
    });
    expect(sqlOf(model({}), to)).toEqual([
      'CREATE SCHEMA "My Schema"',
      `CREATE TYPE "My Schema"."Mood" AS ENUM ('it''s', E'back\\\\slash', '); DROP TABLE x; --')`,
      'CREATE TABLE "My Schema"."select" (\n  "we""ird" integer NOT NULL,\n  "café" "My Schema"."Mood"\n)',
    ]);
  });

  test('comments are string literals', () => {
    const from = model({ tables: { 'public.tbl': table('public', 'tbl', []) } });
    const to = model({
      tables: { 'public.tbl': table('public', 'tbl', [], { comment: "it's; DROP TABLE t; --" }) },
    });
    expect(sqlOf(from, to)).toEqual([`COMMENT ON TABLE public.tbl IS 'it''s; DROP TABLE t; --'`]);
  });
});

describe('in-place alters', () => {
  const base = (type: string, extra: Partial<Column> = {}) =>
    model({
      tables: { 'public.tbl': table('public', 'tbl', [col('id', 'integer'), col('c', type, extra)]) },
    });

  test('varchar widening is an in-place ALTER TYPE without rewrite or USING', () => {
    const plan = planDiff(base('character varying(10)'), base('character varying(20)'));
    expect(plan.statements.map((s) => s.sql)).toEqual([
      'ALTER TABLE public.tbl ALTER COLUMN c TYPE character varying(20)',
    ]);
    expect(plan.statements[0]).toMatchObject({ rewritesTable: false, dataLoss: false, transactional: true });
  });

  test('a cross-family type change uses USING and is flagged as rewrite and possible data loss', () => {
    const plan = planDiff(base('text'), base('integer'));
    expect(plan.statements.map((s) => s.sql)).toEqual([
      'ALTER TABLE public.tbl ALTER COLUMN c TYPE integer USING c::integer',
    ]);
    expect(plan.statements[0]).toMatchObject({ rewritesTable: true, dataLoss: true });
  });

  test('a type change with no known cast is unsupported, named with the hint that fixes it', () => {
    const plan = planDiff(base('integer'), base('uuid'));
    expect(plan.statements).toEqual([]);
    expect(plan.unsupported).toEqual([
      {
        kind: 'column',
        name: 'public.tbl.c',
        reason:
          'no known cast from integer to uuid; declare the conversion above the table in the declared schema: -- schemagate:using public.tbl.c <expression>',
      },
    ]);
    // Known explicit casts and I/O conversions through text are still planned with ::type.
    expect(sqlOf(base('integer'), base('boolean'))).toEqual([
      'ALTER TABLE public.tbl ALTER COLUMN c TYPE boolean USING c::boolean',
    ]);
    expect(sqlOf(base('text[]'), base('integer[]'))).toEqual([
      'ALTER TABLE public.tbl ALTER COLUMN c TYPE integer[] USING c::integer[]',
    ]);
    expect(planDiff(base('jsonb'), base('integer[]')).unsupported).toHaveLength(1);
  });

  test('a declared USING expression is used as written for that column only', () => {
    const usings = [
      { schema: 'public', table: 'tbl', column: 'c', expression: 'c::text::uuid', file: 'x.sql', line: 1 },
    ];
    const plan = planDiff(base('integer'), base('uuid'), { usings });
    expect(plan.unsupported).toEqual([]);
    expect(plan.statements.map((s) => s.sql)).toEqual([
      'ALTER TABLE public.tbl ALTER COLUMN c TYPE uuid USING c::text::uuid',
    ]);
  });

  test('a default is dropped around a type change and NOT NULL / defaults change in place', () => {
    expect(sqlOf(base('integer', { default: '0' }), base('bigint', { default: '1', notNull: true }))).toEqual(
      [
        'ALTER TABLE public.tbl ALTER COLUMN c DROP DEFAULT',
        'ALTER TABLE public.tbl ALTER COLUMN c TYPE bigint',
        'ALTER TABLE public.tbl ALTER COLUMN c SET DEFAULT 1',
        'ALTER TABLE public.tbl ALTER COLUMN c SET NOT NULL',
      ],
    );
  });

  test('enum additions use ADD VALUE with a position; before PostgreSQL 12 they are non-transactional', () => {
    const from = model({ enums: { 'public.e': enumType('public', 'e', ['b', 'd']) } });
    const to = model({ enums: { 'public.e': enumType('public', 'e', ['a', 'b', 'c', 'd', 'e']) } });
    const plan = planDiff(from, to, { targetVersion: 110000 });
    expect(plan.statements.map((s) => s.sql)).toEqual([
      "ALTER TYPE public.e ADD VALUE 'a' BEFORE 'b'",
      "ALTER TYPE public.e ADD VALUE 'c' AFTER 'b'",
      "ALTER TYPE public.e ADD VALUE 'e' AFTER 'd'",
    ]);
    expect(plan.statements.every((s) => !s.transactional)).toBe(true);
    expect(planDiff(from, to, { targetVersion: 150000 }).statements.every((s) => s.transactional)).toBe(true);
  });

  test('removing an enum label swaps the type and converts columns through text', () => {
    const from = model({
      enums: { 'public.e': enumType('public', 'e', ['a', 'b']) },
      tables: { 'public.tbl': table('public', 'tbl', [col('v', 'public.e', { default: "'a'::public.e" })]) },
    });
    const to = model({
      enums: { 'public.e': enumType('public', 'e', ['a']) },
      tables: { 'public.tbl': table('public', 'tbl', [col('v', 'public.e', { default: "'a'::public.e" })]) },
    });
    const plan = planDiff(from, to);
    expect(plan.statements.map((s) => s.sql)).toEqual([
      'ALTER TYPE public.e RENAME TO e__sg_old',
      "CREATE TYPE public.e AS ENUM ('a')",
      'ALTER TABLE public.tbl ALTER COLUMN v DROP DEFAULT',
      'ALTER TABLE public.tbl ALTER COLUMN v TYPE public.e USING v::text::public.e',
      "ALTER TABLE public.tbl ALTER COLUMN v SET DEFAULT 'a'::public.e",
      'DROP TYPE public.e__sg_old',
    ]);
    expect(plan.statements[3].dataLoss).toBe(true);
  });
});

describe('views', () => {
  const withView = (colType: string, v: View) =>
    model({
      tables: { 'public.tbl': table('public', 'tbl', [col('a', colType)]) },
      views: { 'public.v': v },
    });

  test('a view over a column whose type changes is dropped first and created again after', () => {
    const v = view('public', 'v', 'SELECT tbl.a FROM public.tbl', [['a', 'integer']]);
    const v2 = view('public', 'v', 'SELECT tbl.a FROM public.tbl', [['a', 'bigint']]);
    expect(sqlOf(withView('integer', v), withView('bigint', v2))).toEqual([
      'DROP VIEW public.v',
      'ALTER TABLE public.tbl ALTER COLUMN a TYPE bigint',
      'CREATE VIEW public.v AS\nSELECT tbl.a FROM public.tbl',
    ]);
  });

  test('a view that only gains trailing columns is replaced in place', () => {
    const v = view('public', 'v', 'SELECT tbl.a FROM public.tbl', [['a', 'integer']]);
    const v2 = view('public', 'v', 'SELECT t.a, 1 AS b FROM public.tbl', [
      ['a', 'integer'],
      ['b', 'integer'],
    ]);
    expect(sqlOf(withView('integer', v), withView('integer', v2))).toEqual([
      'CREATE OR REPLACE VIEW public.v AS\nSELECT t.a, 1 AS b FROM public.tbl',
    ]);
  });
});

describe('ordering', () => {
  const fk = (name: string, target: string) => ({
    name,
    type: 'foreignKey' as const,
    definition: `FOREIGN KEY (ref) REFERENCES ${target}(id)`,
    columns: ['ref'],
    deferrable: false,
    initiallyDeferred: false,
    validated: true,
    noInherit: false,
    index: null,
    foreignKey: {
      referencedTable: target,
      referencedColumns: ['id'],
      onUpdate: 'NO ACTION' as const,
      onDelete: 'NO ACTION' as const,
      match: 'SIMPLE' as const,
    },
    inherited: false,
    comment: null,
  });
  const pk = {
    name: 'pk',
    type: 'primaryKey' as const,
    definition: 'PRIMARY KEY (id)',
    columns: ['id'],
    deferrable: false,
    initiallyDeferred: false,
    validated: true,
    noInherit: false,
    index: null,
    foreignKey: null,
    inherited: false,
    comment: null,
  };
  const full = model({
    enums: { 'public.kind': enumType('public', 'kind', ['x']) },
    tables: {
      'public.a': table(
        'public',
        'a',
        [col('id', 'integer'), col('ref', 'integer'), col('k', 'public.kind')],
        {
          constraints: { pk: { ...pk }, a_ref: fk('a_ref', 'public.b') },
        },
      ),
      'public.b': table('public', 'b', [col('id', 'integer'), col('ref', 'integer')], {
        constraints: { pk: { ...pk }, b_ref: fk('b_ref', 'public.a') },
      }),
    },
    views: {
      'public.v': view('public', 'v', 'SELECT a.id FROM public.a JOIN public.b ON b.id = a.id', [
        ['id', 'integer'],
      ]),
    },
  });

  test('creates: types, tables, foreign keys, views', () => {
    expect(sqlOf(model({}), full)).toEqual([
      "CREATE TYPE public.kind AS ENUM ('x')",
      'CREATE TABLE public.a (\n  id integer,\n  ref integer,\n  k public.kind,\n  CONSTRAINT pk PRIMARY KEY (id)\n)',
      'CREATE TABLE public.b (\n  id integer,\n  ref integer,\n  CONSTRAINT pk PRIMARY KEY (id)\n)',
      'ALTER TABLE public.a ADD CONSTRAINT a_ref FOREIGN KEY (ref) REFERENCES public.b(id)',
      'ALTER TABLE public.b ADD CONSTRAINT b_ref FOREIGN KEY (ref) REFERENCES public.a(id)',
      'CREATE VIEW public.v AS\nSELECT a.id FROM public.a JOIN public.b ON b.id = a.id',
    ]);
  });

  test('drops: views, foreign keys between dropped tables, tables, then types', () => {
    const plan = planDiff(full, model({}));
    expect(plan.statements.map((s) => s.sql)).toEqual([
      'DROP VIEW public.v',
      'ALTER TABLE public.a DROP CONSTRAINT a_ref',
      'ALTER TABLE public.b DROP CONSTRAINT b_ref',
      'DROP TABLE public.a',
      'DROP TABLE public.b',
      'DROP TYPE public.kind',
    ]);
    expect(plan.statements.filter((s) => s.dataLoss).map((s) => s.sql)).toEqual([
      'DROP TABLE public.a',
      'DROP TABLE public.b',
    ]);
  });

  test('the plan does not depend on the order of the input maps', () => {
    const reversed: SchemaModel = {
      ...full,
      tables: Object.fromEntries(Object.entries(full.tables).reverse()),
    };
    expect(renderPlanSql(planDiff(model({}), reversed))).toBe(renderPlanSql(planDiff(model({}), full)));
  });
});

describe('indexes', () => {
  const ix = (definition: string): Index => ({
    schema: 'public',
    name: 'i',
    table: 'public.tbl',
    definition,
    unique: false,
    method: 'btree',
    elements: [],
    include: [],
    predicate: null,
    nullsNotDistinct: false,
    constraint: null,
    parentIndex: null,
    valid: true,
    comment: null,
  });
  const withIndex = (i?: Index) =>
    model({
      tables: { 'public.tbl': table('public', 'tbl', [col('a', 'integer')]) },
      indexes: i ? { 'public.i': i } : {},
    });

  test('concurrentIndexes builds CONCURRENTLY outside a transaction', () => {
    const plan = planDiff(withIndex(), withIndex(ix('CREATE INDEX i ON public.tbl USING btree (a)')), {
      concurrentIndexes: true,
    });
    expect(plan.statements).toEqual([
      expect.objectContaining({
        sql: 'CREATE INDEX CONCURRENTLY i ON public.tbl USING btree (a)',
        transactional: false,
      }),
    ]);
    expect(renderPlanSql(plan)).toBe(
      '-- schemagate: non-transactional: run outside a transaction block\nCREATE INDEX CONCURRENTLY i ON public.tbl USING btree (a);\n',
    );
  });

  test('a changed index is dropped and created again', () => {
    const a = withIndex(ix('CREATE INDEX i ON public.tbl USING btree (a)'));
    const b = withIndex(ix('CREATE INDEX i ON public.tbl USING btree (a) WHERE (a > 0)'));
    expect(sqlOf(a, b)).toEqual([
      'DROP INDEX public.i',
      'CREATE INDEX i ON public.tbl USING btree (a) WHERE (a > 0)',
    ]);
  });

  test('an index of a partitioned table recurses (ON ONLY is removed)', () => {
    expect(sqlOf(withIndex(), withIndex(ix('CREATE INDEX i ON ONLY public.tbl USING btree (a)')))).toEqual([
      'CREATE INDEX i ON public.tbl USING btree (a)',
    ]);
  });
});

describe('renames and unsupported objects', () => {
  test('a rename hint turns drop + create into ALTER TABLE ... RENAME', () => {
    const from = model({ tables: { 'public.users': table('public', 'users', [col('mail', 'text')]) } });
    const to = model({ tables: { 'public.accounts': table('public', 'accounts', [col('email', 'text')]) } });
    const hint = (kind: 'table' | 'column', t: string, a: string, b: string) => ({
      kind,
      schema: 'public',
      table: t,
      from: a,
      to: b,
      file: 'schema.sql',
      line: 1,
    });
    expect(sqlOf(from, to)).toEqual([
      'DROP TABLE public.users',
      'CREATE TABLE public.accounts (\n  email text\n)',
    ]);
    expect(
      sqlOf(from, to, {
        renames: [
          hint('table', 'accounts', 'users', 'accounts'),
          hint('column', 'accounts', 'mail', 'email'),
        ],
      }),
    ).toEqual([
      'ALTER TABLE public.users RENAME TO accounts',
      'ALTER TABLE public.accounts RENAME COLUMN mail TO email',
    ]);
  });

  test('objects the model does not describe are listed by name, never dropped silently', () => {
    const agg = {
      id: { kind: 'aggregate' as const, schema: 'public', name: 'my_sum', table: null, args: 'integer' },
      reason: 'aggregates are not supported',
    };
    const plan = planDiff(model({ unsupported: [agg] }), model({}));
    expect(plan.statements).toEqual([]);
    expect(plan.unsupported).toEqual([
      {
        kind: 'aggregate',
        name: 'public.my_sum(integer)',
        reason: 'not dropped: aggregates are not supported',
      },
    ]);
    expect(renderPlanSql(plan)).toBe(
      '-- schemagate: PARTIAL PLAN: 1 unsupported change is left out; applying this does not reach the target schema\n' +
        '-- schemagate: unsupported aggregate public.my_sum(integer): not dropped: aggregates are not supported\n\n',
    );
  });

  test('a newline in an unsupported object name cannot escape the SQL comment', () => {
    const agg = {
      id: {
        kind: 'aggregate' as const,
        schema: 'public',
        name: 'x\nDROP TABLE users; --',
        table: null,
        args: null,
      },
      reason: 'aggregates are not supported',
    };
    const sql = renderPlanSql(planDiff(model({}), model({ unsupported: [agg] })));
    expect(sql.split('\n').filter((l) => l !== '' && !l.startsWith('--'))).toEqual([]);
  });

  test('changing the partition key is reported as unsupported', () => {
    const t = (key: string) =>
      model({
        tables: {
          'public.p': table('public', 'p', [col('a', 'integer')], {
            partitioning: { strategy: 'RANGE', key },
          }),
        },
      });
    expect(planDiff(t('RANGE (a)'), t('LIST (a)')).unsupported).toEqual([
      expect.objectContaining({ kind: 'table', name: 'public.p' }),
    ]);
  });
});

describe('graph', () => {
  test('ready vertices come out by rank, then id; a cycle is broken at the lowest rank', () => {
    const dag = new Dag<string>();
    const id = (name: string) => ({ kind: 'table' as const, schema: 'public', name, op: 'create' as const });
    const a = dag.add(id('a'), 2, 'a');
    const b = dag.add(id('b'), 1, 'b');
    const c = dag.add(id('c'), 1, 'c');
    dag.edge(a, b);
    const x = dag.add(id('x'), 5, 'x');
    const y = dag.add(id('y'), 4, 'y');
    dag.edge(x, y);
    dag.edge(y, x);
    expect(dag.sort()).toEqual(['c', 'a', 'b', 'y', 'x']);
    void c;
  });
});
