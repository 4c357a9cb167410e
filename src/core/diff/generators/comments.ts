/**
 * COMMENT ON for every commented object kind. Runs after the other generators so that objects
 * they created or recreated (which lose their comment) get it back.
 */

import type { ObjectKind } from '../../model/types.js';
import { qualified, quoteIdent, quoteNullableLiteral } from '../../sql/quote.js';
import { type DiffContext, RANK, stmt, vid } from '../context.js';
import type { Ref } from '../refs.js';
import { refs } from '../refs.js';

/** An object that can carry a comment; its SQL and references are built only when it changes. */
interface Target {
  readonly kind: ObjectKind;
  /** Key used for recreated-object lookup. */
  readonly key: string;
  readonly schema: string | null;
  readonly name: string;
  /** The object clause of COMMENT ON, e.g. `TABLE public.t`. */
  readonly clause: () => string;
  readonly from: string | null | undefined;
  readonly to: string | null;
  readonly requires: () => readonly Ref[];
  /** True when the object did not exist before this plan. */
  readonly created: boolean;
}

function* targets(ctx: DiffContext): Generator<Target> {
  const { from, to } = ctx;
  for (const [k, s] of Object.entries(to.schemas)) {
    yield {
      kind: 'schema',
      key: k,
      schema: null,
      name: s.name,
      clause: () => `SCHEMA ${quoteIdent(s.name)}`,
      from: from.schemas[k]?.comment,
      to: s.comment,
      requires: () => [refs.schema(s.name)],
      created: !from.schemas[k],
    };
  }
  for (const [k, e] of Object.entries(to.extensions)) {
    yield {
      kind: 'extension',
      key: k,
      schema: null,
      name: e.name,
      clause: () => `EXTENSION ${quoteIdent(e.name)}`,
      from: from.extensions[k]?.comment,
      to: e.comment,
      requires: () => [refs.ext(e.name)],
      created: !from.extensions[k],
    };
  }
  for (const [k, e] of Object.entries(to.enums)) {
    yield {
      kind: 'enum',
      key: k,
      schema: e.schema,
      name: e.name,
      clause: () => `TYPE ${k}`,
      from: ctx.analysis.swappedEnums.has(k) ? null : from.enums[k]?.comment,
      to: e.comment,
      requires: () => [refs.type(k)],
      created: !from.enums[k],
    };
  }
  for (const [k, d] of Object.entries(to.domains)) {
    yield {
      kind: 'domain',
      key: k,
      schema: d.schema,
      name: d.name,
      clause: () => `DOMAIN ${k}`,
      from: from.domains[k]?.comment,
      to: d.comment,
      requires: () => [refs.type(k)],
      created: !from.domains[k],
    };
  }
  for (const [k, c] of Object.entries(to.composites)) {
    yield {
      kind: 'composite',
      key: k,
      schema: c.schema,
      name: c.name,
      clause: () => `TYPE ${k}`,
      from: from.composites[k]?.comment,
      to: c.comment,
      requires: () => [refs.type(k)],
      created: !from.composites[k],
    };
  }
  for (const [k, s] of Object.entries(to.sequences)) {
    yield {
      kind: 'sequence',
      key: k,
      schema: s.schema,
      name: s.name,
      clause: () => `SEQUENCE ${k}`,
      from: from.sequences[k]?.comment,
      to: s.comment,
      requires: () => [refs.rel(k)],
      created: !from.sequences[k],
    };
  }
  for (const [k, t] of Object.entries(to.tables)) {
    const f = from.tables[k];
    yield {
      kind: 'table',
      key: k,
      schema: t.schema,
      name: t.name,
      clause: () => `TABLE ${k}`,
      from: f?.comment,
      to: t.comment,
      requires: () => [refs.rel(k)],
      created: !f,
    };
    for (const [n, c] of Object.entries(t.columns)) {
      const fc = f?.columns[n];
      yield {
        kind: 'column',
        key: `${k}\u0000${n}`,
        schema: t.schema,
        name: `${t.name}.${n}`,
        clause: () => `COLUMN ${k}.${quoteIdent(n)}`,
        from: fc?.comment,
        to: c.comment,
        requires: () => [refs.rel(k)],
        created: !fc,
      };
    }
    // Objects that live inside the table and are commented ON <name> ON <table>.
    const members = [
      ['constraint', 'CONSTRAINT', t.constraints, f?.constraints],
      ['trigger', 'TRIGGER', t.triggers, f?.triggers],
      ['policy', 'POLICY', t.policies, f?.policies],
    ] as const;
    for (const [kind, keyword, now, before] of members) {
      for (const [n, o] of Object.entries(
        now as Record<string, { comment: string | null; inherited?: boolean }>,
      )) {
        if (o.inherited) continue;
        const prev = (before as Record<string, { comment: string | null }> | undefined)?.[n];
        yield {
          kind,
          key: `${k}\u0000${n}`,
          schema: t.schema,
          name: `${t.name}.${n}`,
          clause: () => `${keyword} ${quoteIdent(n)} ON ${k}`,
          from: prev?.comment,
          to: o.comment,
          requires: () => [refs.rel(k)],
          created: !prev,
        };
      }
    }
  }
  for (const [k, ix] of Object.entries(to.indexes)) {
    // A constraint's index is rebuilt with its constraint and loses its comment then.
    const rebuilt =
      ix.constraint !== null && ctx.isRecreated('constraint', `${ix.table}\u0000${ix.constraint}`);
    yield {
      kind: 'index',
      key: k,
      schema: ix.schema,
      name: ix.name,
      clause: () => `INDEX ${k}`,
      from: rebuilt ? null : from.indexes[k]?.comment,
      to: ix.comment,
      requires: () => [refs.rel(k), refs.rel(ix.table)],
      created: !from.indexes[k],
    };
  }
  for (const [kind, map, fromMap, word] of [
    ['view', to.views, from.views, 'VIEW'],
    ['materializedView', to.materializedViews, from.materializedViews, 'MATERIALIZED VIEW'],
  ] as const) {
    for (const [k, v] of Object.entries(map)) {
      const f = fromMap[k];
      yield {
        kind,
        key: k,
        schema: v.schema,
        name: v.name,
        clause: () => `${word} ${k}`,
        from: f?.comment,
        to: v.comment,
        requires: () => [refs.rel(k)],
        created: !f,
      };
      const recreated = ctx.isRecreated(kind, k);
      for (const [n, text] of Object.entries(v.columnComments)) {
        yield {
          kind: 'column',
          key: `${k}\u0000${n}`,
          schema: v.schema,
          name: `${v.name}.${n}`,
          clause: () => `COLUMN ${k}.${quoteIdent(n)}`,
          from: recreated ? null : f?.columnComments[n],
          to: text,
          requires: () => [refs.rel(k)],
          created: !f,
        };
      }
      if (f && !recreated) {
        for (const n of Object.keys(f.columnComments)) {
          if (v.columnComments[n] === undefined && v.columns.some((c) => c.name === n)) {
            yield {
              kind: 'column',
              key: `${k}\u0000${n}`,
              schema: v.schema,
              name: `${v.name}.${n}`,
              clause: () => `COLUMN ${k}.${quoteIdent(n)}`,
              from: f.columnComments[n],
              to: null,
              requires: () => [refs.rel(k)],
              created: false,
            };
          }
        }
      }
    }
  }
  for (const [k, r] of Object.entries(to.routines)) {
    yield {
      kind: r.kind,
      key: k,
      schema: r.schema,
      name: `${r.name}(${r.argTypes})`,
      clause: () =>
        `${r.kind === 'procedure' ? 'PROCEDURE' : 'FUNCTION'} ${qualified(r.schema, r.name)}(${r.argTypes})`,
      from: from.routines[k]?.comment,
      to: r.comment,
      requires: () => [refs.routine(k)],
      created: !from.routines[k],
    };
  }
}

export function commentsGenerator(ctx: DiffContext): void {
  for (const t of targets(ctx)) {
    const before = t.created || ctx.isRecreated(t.kind, t.key) ? null : (t.from ?? null);
    if (before === t.to) continue;
    ctx.add({
      id: vid(t.kind, t.schema, t.name, 'comment'),
      rank: RANK.comment,
      statements: [stmt(`COMMENT ON ${t.clause()} IS ${quoteNullableLiteral(t.to)}`)],
      requires: t.requires(),
    });
  }
}
