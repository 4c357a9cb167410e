/**
 * Facts that cross object kinds, computed once before the generators run: which tables are
 * reshaped, which views must be recreated (transitively), which enums need a type swap, which
 * routines CREATE OR REPLACE cannot change.
 */
import { relKey } from '../model/ids.js';
import type { Index, SchemaModel } from '../model/types.js';
import { qualified, quoteIdent } from '../sql/quote.js';
import type { Analysis } from './context.js';
import { deepEqual } from './diff.js';
import { columnReshapes } from './generators/columns.js';
import { routineNeedsRecreate } from './generators/routines.js';
import { withoutNotValid } from './generators/sql.js';
import { partitionChanges } from './generators/tables.js';
import { columnsOfType, enumOnlyAdds } from './generators/types.js';
import { viewChanged, viewColumnsCompatible } from './generators/views.js';
import { type Ref, type RefIndex, refs, refsIn } from './refs.js';

export function refIndex(model: SchemaModel): RefIndex {
  return {
    types: new Set([
      ...Object.keys(model.enums),
      ...Object.keys(model.domains),
      ...Object.keys(model.composites),
      ...model.unsupported
        .filter((u) => (u.id.kind === 'other' || u.id.kind === 'collation') && u.id.schema !== null)
        .map((u) => relKey(u.id.schema!, u.id.name)),
    ]),
    rels: new Set([
      ...Object.keys(model.tables),
      ...Object.keys(model.views),
      ...Object.keys(model.materializedViews),
      ...Object.keys(model.sequences),
    ]),
    funcs: new Set([
      ...Object.values(model.routines).map((r) => qualified(r.schema, r.name)),
      ...model.unsupported
        .filter((u) => (u.id.kind === 'aggregate' || u.id.kind === 'function') && u.id.schema !== null)
        .map((u) => relKey(u.id.schema!, u.id.name)),
    ]),
  };
}

function viewDeps(model: SchemaModel, index: RefIndex): Map<string, Ref[]> {
  const out = new Map<string, Ref[]>();
  for (const [key, v] of [...Object.entries(model.views), ...Object.entries(model.materializedViews)]) {
    out.set(
      key,
      refsIn(v.definition, index).filter((r) => r !== refs.rel(key)),
    );
  }
  return out;
}

/** The CREATE INDEX text without the index name, to match an index to a constraint's index. */
export function indexShape(def: string, name: string): string {
  const prefix = /^CREATE (UNIQUE )?INDEX /.exec(def)?.[0] ?? '';
  const q = quoteIdent(name);
  return def.startsWith(`${prefix}${q} `) ? `${prefix}${def.slice(prefix.length + q.length)}` : def;
}

/** True when ADD CONSTRAINT … USING INDEX accepts this index (plain btree unique, no expression, no WHERE). */
export function usableForConstraint(ix: Index): boolean {
  return (
    ix.unique &&
    ix.method === 'btree' &&
    ix.predicate === null &&
    ix.include.length === 0 &&
    ix.valid &&
    !/\(\(|\bDESC\b|NULLS (FIRST|LAST)|COLLATE/.test(ix.definition.slice(ix.definition.indexOf('(')))
  );
}

function adoptedIndexes(from: SchemaModel, to: SchemaModel): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const key of Object.keys(to.tables).sort()) {
    const a = from.tables[key];
    const b = to.tables[key];
    if (!a || b.partitioning !== null || a.partitioning !== null || b.partitionOf !== null) continue;
    for (const name of Object.keys(b.constraints).sort()) {
      const c = b.constraints[name];
      if ((c.type !== 'primaryKey' && c.type !== 'unique') || c.inherited || a.constraints[name]) continue;
      const target = to.indexes[relKey(b.schema, name)];
      if (!target || target.table !== key) continue;
      const shape = indexShape(target.definition, target.name);
      const found = Object.keys(from.indexes)
        .sort()
        .find((k) => {
          const ix = from.indexes[k];
          const stays = to.indexes[k] !== undefined && to.indexes[k].constraint === null;
          return (
            ix.table === key &&
            ix.constraint === null &&
            !stays &&
            !taken.has(k) &&
            usableForConstraint(ix) &&
            indexShape(ix.definition, ix.name) === shape
          );
        });
      if (found) {
        taken.add(found);
        out.set(`${key}\u0000${name}`, found);
      }
    }
  }
  return out;
}

export function analyse(from: SchemaModel, to: SchemaModel): Analysis {
  const fromIndex = refIndex(from);
  const toIndex = refIndex(to);
  const droppedTables = new Set(Object.keys(from.tables).filter((k) => !to.tables[k]));

  const swappedEnums = new Set<string>();
  for (const key of Object.keys(to.enums)) {
    const a = from.enums[key];
    if (a && !enumOnlyAdds(a.labels, to.enums[key].labels)) swappedEnums.add(key);
  }

  const reshapedTables = new Set<string>();
  for (const key of Object.keys(to.tables)) {
    const a = from.tables[key];
    const b = to.tables[key];
    if (!a || (a.partitionOf && b.partitionOf)) continue;
    for (const name of Object.keys(a.columns)) {
      if (columnReshapes(a.columns[name], b.columns[name])) reshapedTables.add(key);
    }
  }
  for (const e of swappedEnums) for (const c of columnsOfType(from, e)) reshapedTables.add(c.table);
  // Partitions share the shape of their parent.
  for (const [key, t] of Object.entries(from.tables)) {
    if (t.partitionOf && reshapedTables.has(t.partitionOf.parent)) reshapedTables.add(key);
  }

  const droppedRoutines = new Set(Object.keys(from.routines).filter((k) => !to.routines[k]));
  const recreatedRoutines = new Set(
    Object.keys(to.routines).filter(
      (k) => from.routines[k] && routineNeedsRecreate(from.routines[k], to.routines[k]),
    ),
  );
  const removedFuncNames = new Set(
    [...droppedRoutines, ...recreatedRoutines].map((k) =>
      qualified(from.routines[k].schema, from.routines[k].name),
    ),
  );

  const fromViewDeps = viewDeps(from, fromIndex);
  const toViewDeps = viewDeps(to, toIndex);
  const recreatedViews = new Set<string>();
  const gone = (r: Ref): boolean => {
    const [kind, key] = [r.slice(0, r.indexOf(':')), r.slice(r.indexOf(':') + 1)];
    if (kind === 'rel') {
      return (
        droppedTables.has(key) ||
        reshapedTables.has(key) ||
        recreatedViews.has(key) ||
        (!!(from.views[key] || from.materializedViews[key]) &&
          !(to.views[key] || to.materializedViews[key])) ||
        (!!from.sequences[key] && !to.sequences[key])
      );
    }
    if (kind === 'func') return removedFuncNames.has(key);
    if (kind === 'type')
      return swappedEnums.has(key) || (!to.enums[key] && !to.domains[key] && !to.composites[key]);
    return false;
  };
  const viewKeys = [...Object.keys(from.views), ...Object.keys(from.materializedViews)].sort();
  for (const key of viewKeys) {
    const a = from.views[key];
    const b = to.views[key];
    if (a && b && viewChanged(a, b) && !viewColumnsCompatible(a, b)) recreatedViews.add(key);
    const ma = from.materializedViews[key];
    const mb = to.materializedViews[key];
    if (ma && mb && (viewChanged(ma, mb) || ma.populated !== mb.populated)) recreatedViews.add(key);
  }
  // Anything a view reads being dropped or rebuilt forces the view to be rebuilt: iterate to a fixpoint.
  let changed = true;
  while (changed) {
    changed = false;
    for (const key of viewKeys) {
      if (recreatedViews.has(key) || !(to.views[key] || to.materializedViews[key])) continue;
      if ((fromViewDeps.get(key) ?? []).some(gone)) {
        recreatedViews.add(key);
        changed = true;
      }
    }
  }

  const keyChangedTables = new Set<string>();
  for (const key of Object.keys(from.tables)) {
    const a = from.tables[key];
    const b = to.tables[key];
    if (!b) continue;
    for (const [name, c] of Object.entries(a.constraints)) {
      if (c.type !== 'primaryKey' && c.type !== 'unique') continue;
      const d = b.constraints[name];
      if (!d || withoutNotValid(d.definition) !== withoutNotValid(c.definition) || d.type !== c.type)
        keyChangedTables.add(key);
    }
  }
  for (const [key, ix] of Object.entries(from.indexes)) {
    if (!ix.unique || ix.constraint !== null) continue;
    const b = to.indexes[key];
    if (!b || b.definition !== ix.definition || !deepEqual(b.elements, ix.elements))
      keyChangedTables.add(ix.table);
  }

  const retypedColumns = new Map<string, Set<string>>();
  for (const key of Object.keys(to.tables)) {
    const a = from.tables[key];
    const b = to.tables[key];
    if (!a) continue;
    for (const [name, c] of Object.entries(b.columns)) {
      const old = a.columns[name];
      if (old && (old.type !== c.type || old.collation !== c.collation)) {
        const set = retypedColumns.get(key) ?? new Set<string>();
        set.add(name);
        retypedColumns.set(key, set);
      }
    }
  }

  const { detached } = partitionChanges(from, to);
  return {
    adoptedIndexes: adoptedIndexes(from, to),
    removedFuncNames,
    retypedColumns,
    droppedTables,
    reshapedTables,
    recreatedViews,
    swappedEnums,
    droppedRoutines,
    recreatedRoutines,
    detachedTables: detached,
    keyChangedTables,
    fromIndex,
    toIndex,
    fromViewDeps,
    toViewDeps,
  };
}
