/**
 * Explicit renames. A `-- schemagate:rename` hint whose old name exists only in `from` and whose
 * new name exists only in `to` becomes ALTER ... RENAME, and `from` is rewritten as if the rename
 * had happened, so the rest of the diff compares like with like. Renames are never guessed.
 */
import { relKey } from '../model/ids.js';
import { sortedRecord } from '../model/records.js';
import type { Column, PublicationTable, RenameHint, SchemaModel, Table } from '../model/types.js';
import { qualified, quoteIdent } from '../sql/quote.js';
import { RANK, type Step, stmt, vid } from './context.js';
import { refs } from './refs.js';
import type { UnsupportedChange } from './types.js';

export interface RenameResult {
  readonly from: SchemaModel;
  readonly steps: readonly Step[];
  readonly ignored: readonly UnsupportedChange[];
}

function renameTableRefs(model: SchemaModel, oldKey: string, newKey: string): SchemaModel {
  const fix = (k: string) => (k === oldKey ? newKey : k);
  const tables: Record<string, Table> = {};
  for (const [k, t] of Object.entries(model.tables)) {
    tables[k] = {
      ...t,
      partitionOf: t.partitionOf ? { ...t.partitionOf, parent: fix(t.partitionOf.parent) } : null,
      inherits: t.inherits.map(fix),
      constraints: Object.fromEntries(
        Object.entries(t.constraints).map(([n, c]) => [
          n,
          c.foreignKey && c.foreignKey.referencedTable === oldKey
            ? {
                ...c,
                definition: c.definition.replace(`REFERENCES ${oldKey}(`, `REFERENCES ${newKey}(`),
                foreignKey: { ...c.foreignKey, referencedTable: newKey },
              }
            : c,
        ]),
      ),
    };
  }
  return {
    ...model,
    tables,
    indexes: Object.fromEntries(
      Object.entries(model.indexes).map(([k, ix]) => [
        k,
        ix.table === oldKey
          ? {
              ...ix,
              table: newKey,
              definition: ix.definition.replace(/ ON (ONLY )?(\S+) USING /, (m, only, name) =>
                name === oldKey ? ` ON ${only ?? ''}${newKey} USING ` : m,
              ),
            }
          : ix,
      ]),
    ),
    sequences: Object.fromEntries(
      Object.entries(model.sequences).map(([k, s]) => [
        k,
        s.ownedBy ? { ...s, ownedBy: { ...s.ownedBy, table: fix(s.ownedBy.table) } } : s,
      ]),
    ),
    // A renamed table stays in its publications.
    publications: mapPublicationTables(model, oldKey, (e) => ({ ...e, table: newKey }), newKey),
  };
}

/** Rewrites the entries of table `key` in every publication (re-keyed to `newKey`). */
function mapPublicationTables(
  model: SchemaModel,
  key: string,
  fn: (e: PublicationTable) => PublicationTable,
  newKey = key,
): SchemaModel['publications'] {
  return Object.fromEntries(
    Object.entries(model.publications ?? {}).map(([k, p]) => {
      const e = p.tables[key];
      if (!e) return [k, p];
      const { [key]: _old, ...rest } = p.tables;
      const tables = sortedRecord(Object.entries({ ...rest, [newKey]: fn(e) }));
      return [k, { ...p, tables }];
    }),
  );
}

export function applyRenames(from: SchemaModel, to: SchemaModel, hints: readonly RenameHint[]): RenameResult {
  let model = from;
  const steps: Step[] = [];
  const ignored: UnsupportedChange[] = [];
  const tableRenames = new Map<string, Step['id']>();
  const ignore = (h: RenameHint, why: string) =>
    ignored.push({
      kind: h.kind,
      name: `${h.file}:${h.line}`,
      reason: `rename hint ${h.from} -> ${h.to} ignored: ${why}`,
    });

  for (const h of hints.filter((x) => x.kind === 'table')) {
    const oldKey = relKey(h.schema, h.from);
    const newKey = relKey(h.schema, h.to);
    const t = model.tables[oldKey];
    if (!t || model.tables[newKey] || !to.tables[newKey] || to.tables[oldKey]) {
      ignore(h, `needs table ${oldKey} only before and ${newKey} only after`);
      continue;
    }
    const { [oldKey]: _old, ...rest } = model.tables;
    model = renameTableRefs(
      { ...model, tables: { ...rest, [newKey]: { ...t, name: h.to } } },
      oldKey,
      newKey,
    );
    tableRenames.set(newKey, vid('table', h.schema, h.from, 'rename'));
    steps.push({
      id: vid('table', h.schema, h.from, 'rename'),
      rank: RANK.rename,
      statements: [
        stmt(`ALTER TABLE ${qualified(h.schema, h.from)} RENAME TO ${quoteIdent(h.to)}`, {
          locks: [{ table: oldKey, mode: 'ACCESS EXCLUSIVE' }],
        }),
      ],
      provides: [refs.rel(newKey)],
      removes: [refs.rel(oldKey)],
    });
  }
  for (const h of hints.filter((x) => x.kind === 'column')) {
    const key = relKey(h.schema, h.table);
    const t = model.tables[key];
    const target = to.tables[key];
    if (
      !t ||
      !target ||
      !t.columns[h.from] ||
      t.columns[h.to] ||
      !target.columns[h.to] ||
      target.columns[h.from]
    ) {
      ignore(h, `needs column ${h.from} only before and ${h.to} only after in ${key}`);
      continue;
    }
    const { [h.from]: col, ...others } = t.columns;
    const renamed: Column = { ...col, name: h.to };
    model = {
      ...model,
      tables: { ...model.tables, [key]: { ...t, columns: { ...others, [h.to]: renamed } } },
      // A publication's column list follows the rename (its row filter text is compared as printed).
      publications: mapPublicationTables(model, key, (e) => ({
        ...e,
        columns: e.columns ? e.columns.map((c) => (c === h.from ? h.to : c)).sort() : null,
      })),
    };
    steps.push({
      id: vid('column', h.schema, `${h.table}.${h.from}`, 'rename'),
      rank: RANK.rename,
      statements: [
        stmt(`ALTER TABLE ${key} RENAME COLUMN ${quoteIdent(h.from)} TO ${quoteIdent(h.to)}`, {
          locks: [{ table: key, mode: 'ACCESS EXCLUSIVE' }],
        }),
      ],
      provides: [refs.rel(key)],
      removes: [refs.rel(key)],
      // The table is renamed first when both are, since this statement uses its new name.
      after: tableRenames.has(key) ? [tableRenames.get(key)!] : [],
    });
  }
  return { from: model, steps, ignored };
}
