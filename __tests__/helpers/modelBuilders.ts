/** Builders of plain model objects for tests that work on hand-made models (no database). */
import type { Column, Table } from '../../src/core/model/types.js';

export function column(name: string, type: string, extra: Partial<Column> = {}): Column {
  return {
    name,
    position: 1,
    type,
    collation: null,
    notNull: false,
    default: null,
    identity: null,
    identitySequence: null,
    generated: null,
    grants: [],
    comment: null,
    ...extra,
  };
}

export function table(schema: string, name: string, columns: Column[], extra: Partial<Table> = {}): Table {
  return {
    schema,
    name,
    owner: 'postgres',
    comment: null,
    columns: Object.fromEntries(columns.map((c, i) => [c.name, { ...c, position: i + 1 }])),
    constraints: {},
    partitioning: null,
    partitionOf: null,
    inherits: [],
    unlogged: false,
    options: [],
    rowSecurity: false,
    forceRowSecurity: false,
    policies: {},
    triggers: {},
    grants: [],
    ...extra,
  };
}
