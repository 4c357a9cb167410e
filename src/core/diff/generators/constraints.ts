/**
 * Table constraints: primary key, unique, check, foreign key, exclusion. Changed constraints are
 * dropped and added again (PostgreSQL has no ALTER for their definition); CHECK and FOREIGN KEY
 * constraints on existing tables are added NOT VALID and then validated, so the long scan runs
 * under a weaker lock. Constraints inherited from a parent come with the partition.
 */

import { relKey } from '../../model/ids.js';
import type { Constraint, Table } from '../../model/types.js';
import { qualified, quoteIdent } from '../../sql/quote.js';
import { usableForConstraint } from '../analysis.js';
import { type DiffContext, RANK, type Step, stmt, vid } from '../context.js';
import { mentionsAny, refs, refsIn } from '../refs.js';
import type { PlannedStatement } from '../types.js';
import { withoutNotValid } from './sql.js';
import { inlineConstraint } from './tables.js';

function sameConstraint(a: Constraint, b: Constraint): boolean {
  return (
    a.type === b.type &&
    withoutNotValid(a.definition) === withoutNotValid(b.definition) &&
    a.deferrable === b.deferrable &&
    a.initiallyDeferred === b.initiallyDeferred &&
    a.noInherit === b.noInherit &&
    !(a.validated && !b.validated)
  );
}

function dropStep(ctx: DiffContext, key: string, t: Table, c: Constraint, after?: Step['id'][]): Step {
  const fk = c.type === 'foreignKey';
  return {
    id: vid('constraint', t.schema, `${t.name}.${c.name}`, 'drop'),
    rank: fk ? RANK.dropForeignKey : after ? RANK.detach + 1 : RANK.dropConstraint,
    statements: [
      stmt(`ALTER TABLE ${qualified(t.schema, t.name)} DROP CONSTRAINT ${quoteIdent(c.name)}`, {
        locks: [{ table: key, mode: 'ACCESS EXCLUSIVE' }],
      }),
    ],
    releases: [
      ...(fk && c.foreignKey ? [refs.rel(c.foreignKey.referencedTable)] : []),
      ...refsIn(c.definition, ctx.analysis.fromIndex),
    ],
    ...(after ? { after } : {}),
  };
}

function addStep(ctx: DiffContext, key: string, t: Table, c: Constraint, existing: boolean): Step {
  const table = qualified(t.schema, t.name);
  const name = quoteIdent(c.name);
  const def = withoutNotValid(c.definition);
  const fk = c.type === 'foreignKey';
  const validatable = fk || c.type === 'check';
  const lock = [{ table: key, mode: 'ACCESS EXCLUSIVE' as const }];
  const statements: PlannedStatement[] = [];
  if (!c.validated && validatable) {
    statements.push(stmt(`ALTER TABLE ${table} ADD CONSTRAINT ${name} ${def} NOT VALID`, { locks: lock }));
  } else if (existing && validatable && t.partitioning === null) {
    // (Partitioned tables refuse NOT VALID foreign keys before PostgreSQL 18: they get a plain ADD.)
    statements.push(stmt(`ALTER TABLE ${table} ADD CONSTRAINT ${name} ${def} NOT VALID`, { locks: lock }));
    statements.push(
      stmt(`ALTER TABLE ${table} VALIDATE CONSTRAINT ${name}`, {
        locks: [{ table: key, mode: 'SHARE UPDATE EXCLUSIVE' }],
        hazards: [{ id: 'validate-scan', message: `validating ${name} scans ${key}` }],
      }),
    );
  } else {
    const builds = c.type === 'primaryKey' || c.type === 'unique' || c.type === 'exclusion';
    statements.push(
      stmt(`ALTER TABLE ${table} ADD CONSTRAINT ${name} ${def}`, {
        locks: lock,
        hazards:
          existing && builds
            ? [
                {
                  id: 'constraint-index-build',
                  message: `builds the index of ${name} on ${key} under an ACCESS EXCLUSIVE lock`,
                },
              ]
            : [],
      }),
    );
  }
  return {
    id: vid('constraint', t.schema, `${t.name}.${c.name}`, 'create'),
    rank: fk ? RANK.foreignKey : RANK.constraint,
    statements,
    requires: [
      refs.rel(key),
      ...(c.foreignKey ? [refs.rel(c.foreignKey.referencedTable)] : []),
      ...refsIn(c.definition, ctx.analysis.toIndex),
    ],
    provides: [refs.rel(key)],
  };
}

function constraintClause(c: Constraint): string {
  return `${c.type === 'primaryKey' ? 'PRIMARY KEY' : 'UNIQUE'}`;
}

function deferClause(c: Constraint): string {
  return `${c.deferrable ? ' DEFERRABLE' : ''}${c.initiallyDeferred ? ' INITIALLY DEFERRED' : ''}`;
}

/**
 * A new PRIMARY KEY or UNIQUE constraint on an existing table: take over a matching unique index
 * that already exists (`ADD CONSTRAINT … USING INDEX`, no second build), or, with
 * concurrentIndexes, build its index CONCURRENTLY first so the ACCESS EXCLUSIVE lock is brief.
 */
function usingIndexStep(ctx: DiffContext, key: string, t: Table, c: Constraint): Step | null {
  if (c.type !== 'primaryKey' && c.type !== 'unique') return null;
  const table = qualified(t.schema, t.name);
  const name = quoteIdent(c.name);
  const lock = [{ table: key, mode: 'ACCESS EXCLUSIVE' as const }];
  const id = vid('constraint', t.schema, `${t.name}.${c.name}`, 'create');
  const adopted = ctx.analysis.adoptedIndexes.get(`${key}\u0000${c.name}`);
  if (adopted !== undefined) {
    const ix = ctx.from.indexes[adopted];
    return {
      id,
      rank: RANK.constraint,
      statements: [
        stmt(
          `ALTER TABLE ${table} ADD CONSTRAINT ${name} ${constraintClause(c)} USING INDEX ${quoteIdent(ix.name)}${deferClause(c)}`,
          { locks: lock },
        ),
      ],
      requires: [refs.rel(key)],
      provides: [refs.rel(key), refs.rel(relKey(t.schema, c.name))],
    };
  }
  const ix = ctx.to.indexes[relKey(t.schema, c.name)];
  if (
    !ctx.concurrentIndexes ||
    !ix ||
    t.partitioning !== null ||
    t.partitionOf !== null ||
    !usableForConstraint(ix)
  )
    return null;
  return {
    id,
    rank: RANK.constraint,
    statements: [
      stmt(ix.definition.replace(/^CREATE UNIQUE INDEX /, 'CREATE UNIQUE INDEX CONCURRENTLY '), {
        transactional: false,
        locks: [{ table: key, mode: 'SHARE UPDATE EXCLUSIVE' }],
        hazards: [
          {
            id: 'concurrent-index-invalid',
            message: `if this build fails it leaves an INVALID index ${relKey(t.schema, c.name)}: drop it before retrying`,
          },
        ],
      }),
      stmt(
        `ALTER TABLE ${table} ADD CONSTRAINT ${name} ${constraintClause(c)} USING INDEX ${name}${deferClause(c)}`,
        {
          locks: lock,
        },
      ),
    ],
    requires: [refs.rel(key)],
    provides: [refs.rel(key)],
  };
}

export function constraintsGenerator(ctx: DiffContext): void {
  const { from, to, analysis } = ctx;
  for (const key of Object.keys(to.tables).sort()) {
    const t = to.tables[key];
    const f = from.tables[key];
    for (const name of Object.keys(t.constraints).sort()) {
      const b = t.constraints[name];
      if (b.inherited) continue;
      const a = f?.constraints[name];
      if (!f) {
        if (!inlineConstraint(t, name)) ctx.add(addStep(ctx, key, t, b, false));
        continue;
      }
      const fkTargetChanged =
        b.type === 'foreignKey' &&
        b.foreignKey !== null &&
        analysis.keyChangedTables.has(b.foreignKey.referencedTable);
      if (!a) {
        ctx.add(usingIndexStep(ctx, key, t, b) ?? addStep(ctx, key, t, b, true));
      } else if (a.inherited) {
        // Was inherited, now local (after a detach): PostgreSQL keeps it as a local constraint.
        if (withoutNotValid(a.definition) !== withoutNotValid(b.definition)) {
          ctx.add(dropStep(ctx, key, f, a, [vid('table', t.schema, t.name, 'alter', 'detach')]));
          ctx.add(addStep(ctx, key, t, b, true));
        }
      } else if (
        !sameConstraint(a, b) ||
        fkTargetChanged ||
        mentionsAny(a.definition, analysis.removedFuncNames)
      ) {
        ctx.add(dropStep(ctx, key, f, a));
        ctx.add(addStep(ctx, key, t, b, true));
        ctx.markRecreated('constraint', `${key}\u0000${name}`);
      } else if (!a.validated && b.validated) {
        ctx.add({
          id: vid('constraint', t.schema, `${t.name}.${name}`, 'alter', 'validate'),
          rank: b.type === 'foreignKey' ? RANK.foreignKey : RANK.constraint,
          statements: [
            stmt(`ALTER TABLE ${qualified(t.schema, t.name)} VALIDATE CONSTRAINT ${quoteIdent(name)}`, {
              locks: [{ table: key, mode: 'SHARE UPDATE EXCLUSIVE' }],
              hazards: [{ id: 'validate-scan', message: `validating ${quoteIdent(name)} scans ${key}` }],
            }),
          ],
          requires: [refs.rel(key)],
        });
      }
    }
  }
  for (const key of Object.keys(from.tables).sort()) {
    const f = from.tables[key];
    const t = to.tables[key];
    for (const name of Object.keys(f.constraints).sort()) {
      const a = f.constraints[name];
      if (!t) {
        // Goes with its table, except a foreign key to another dropped table, which could
        // otherwise make the two DROP TABLE statements depend on each other.
        const target = a.foreignKey?.referencedTable;
        if (
          a.type === 'foreignKey' &&
          !a.inherited &&
          target &&
          target !== key &&
          analysis.droppedTables.has(target)
        ) {
          ctx.add(dropStep(ctx, key, f, a));
        }
        continue;
      }
      if (t.constraints[name]) continue;
      if (!a.inherited) ctx.add(dropStep(ctx, key, f, a));
      else if (analysis.detachedTables.has(key)) {
        ctx.add(dropStep(ctx, key, f, a, [vid('table', t.schema, t.name, 'alter', 'detach')]));
      }
    }
  }
}
