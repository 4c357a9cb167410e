/**
 * planDiff: two models -> an ordered plan. Renames first rewrite `from`; the analysis finds what
 * crosses object kinds; each generator adds steps; the steps' refs become graph edges; the
 * topological sort gives the order.
 */
import { relKey } from '../model/ids.js';
import type { SchemaModel } from '../model/types.js';
import { analyse } from './analysis.js';
import type { DiffContext, Generator, Step } from './context.js';
import { columnsGenerator } from './generators/columns.js';
import { commentsGenerator } from './generators/comments.js';
import { constraintsGenerator } from './generators/constraints.js';
import { defaultPrivilegesGenerator } from './generators/defaultPrivileges.js';
import { definedObjectsGenerator } from './generators/definedObjects.js';
import { grantsGenerator } from './generators/grants.js';
import { indexesGenerator } from './generators/indexes.js';
import { policiesGenerator } from './generators/policies.js';
import { publicationsGenerator } from './generators/publications.js';
import { routinesGenerator } from './generators/routines.js';
import { extensionsGenerator, schemasGenerator } from './generators/schemas.js';
import { sequencesGenerator } from './generators/sequences.js';
import { tablesGenerator } from './generators/tables.js';
import { triggersGenerator } from './generators/triggers.js';
import { compositesGenerator, domainsGenerator, enumsGenerator } from './generators/types.js';
import { viewsGenerator } from './generators/views.js';
import { Dag, vertexKey } from './graph.js';
import type { Ref } from './refs.js';
import { applyRenames } from './renames.js';
import type { Plan, PlanOptions, UnsupportedChange } from './types.js';

/** Order matters only for comments and grants, which look at what the others recreated. */
const GENERATORS: readonly Generator[] = [
  schemasGenerator,
  extensionsGenerator,
  enumsGenerator,
  domainsGenerator,
  compositesGenerator,
  sequencesGenerator,
  tablesGenerator,
  columnsGenerator,
  constraintsGenerator,
  indexesGenerator,
  viewsGenerator,
  routinesGenerator,
  definedObjectsGenerator,
  triggersGenerator,
  policiesGenerator,
  publicationsGenerator,
  commentsGenerator,
  grantsGenerator,
  defaultPrivilegesGenerator,
];

export function planDiff(fromModel: SchemaModel, to: SchemaModel, options: PlanOptions = {}): Plan {
  const renamed = applyRenames(fromModel, to, options.renames ?? []);
  const from = renamed.from;
  const steps: Step[] = [...renamed.steps];
  const unsupported: UnsupportedChange[] = [...renamed.ignored];
  const recreated = new Set<string>();
  const usings = new Map(
    (options.usings ?? []).map((u) => [`${relKey(u.schema, u.table)}\u0000${u.column}`, u.expression]),
  );
  const ctx: DiffContext = {
    from,
    to,
    version: options.targetVersion ?? from.serverVersion ?? to.serverVersion,
    concurrentIndexes: options.concurrentIndexes ?? false,
    analysis: analyse(from, to),
    usingFor: (tableKey, column) => usings.get(`${tableKey}\u0000${column}`),
    add: (step) => {
      if (step.statements.length > 0) steps.push(step);
    },
    unsupported: (u) => unsupported.push(u),
    markRecreated: (kind, key) => recreated.add(`${kind}\u0000${key}`),
    isRecreated: (kind, key) => recreated.has(`${kind}\u0000${key}`),
  };
  const progress = options.onProgress;
  const kinds = GENERATORS.length;
  progress?.({ phase: 'diffing', done: 0, total: kinds, unit: 'object kinds' });
  GENERATORS.forEach((generate, i) => {
    generate(ctx);
    progress?.({ phase: 'diffing', done: i + 1, total: kinds, unit: 'object kinds' });
  });
  progress?.({ phase: 'planning', done: 0, total: steps.length, unit: 'steps' });
  const ordered = orderSteps(steps);
  progress?.({ phase: 'planning', done: steps.length, total: steps.length, unit: 'steps' });
  return { statements: ordered.flatMap((s) => s.statements), unsupported: dedupe(unsupported) };
}

/** Builds the dependency graph from the steps' refs and sorts it. */
export function orderSteps(steps: readonly Step[]): Step[] {
  const dag = new Dag<Step>();
  const ids = steps.map((s) => dag.add(s.id, s.rank, s));
  const providers = new Map<Ref, number[]>();
  const releasers = new Map<Ref, number[]>();
  const byId = new Map<string, number>();
  const push = (m: Map<Ref, number[]>, r: Ref, i: number) => {
    const list = m.get(r);
    if (list) list.push(i);
    else m.set(r, [i]);
  };
  steps.forEach((s, i) => {
    for (const r of s.provides ?? []) push(providers, r, ids[i]);
    for (const r of s.releases ?? []) push(releasers, r, ids[i]);
    byId.set(vertexKey(s.id), ids[i]);
  });
  steps.forEach((s, i) => {
    for (const r of new Set(s.requires ?? [])) for (const p of providers.get(r) ?? []) dag.edge(p, ids[i]);
    for (const r of new Set(s.removes ?? [])) for (const p of releasers.get(r) ?? []) dag.edge(p, ids[i]);
    for (const a of s.after ?? []) {
      const p = byId.get(vertexKey(a));
      if (p !== undefined) dag.edge(p, ids[i]);
    }
  });
  return dag.sort();
}

function dedupe(list: readonly UnsupportedChange[]): UnsupportedChange[] {
  const seen = new Set<string>();
  return list.filter((u) => {
    const k = `${u.kind}\u0000${u.name}\u0000${u.reason}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
