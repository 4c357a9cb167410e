/** Schemas and extensions: create, drop, extension version and schema changes. */

import { quoteIdent, quoteLiteral } from '../../sql/quote.js';
import { type DiffContext, RANK, stmt, vid } from '../context.js';
import { diffByKey } from '../diff.js';
import { refs } from '../refs.js';

export function schemasGenerator(ctx: DiffContext): void {
  const d = diffByKey(ctx.from.schemas, ctx.to.schemas, () => true);
  for (const { value: s } of d.adds) {
    ctx.add({
      id: vid('schema', null, s.name, 'create'),
      rank: RANK.createSchema,
      statements: [stmt(`CREATE SCHEMA ${quoteIdent(s.name)}`)],
      provides: [refs.schema(s.name)],
    });
  }
  for (const { value: s } of d.drops) {
    ctx.add({
      id: vid('schema', null, s.name, 'drop'),
      rank: RANK.dropSchema,
      statements: [stmt(`DROP SCHEMA ${quoteIdent(s.name)}`)],
      removes: [refs.schema(s.name)],
    });
  }
}

export function extensionsGenerator(ctx: DiffContext): void {
  const d = diffByKey(
    ctx.from.extensions,
    ctx.to.extensions,
    (a, b) => a.schema === b.schema && a.version === b.version,
  );
  for (const { value: e } of d.adds) {
    ctx.add({
      id: vid('extension', null, e.name, 'create'),
      rank: RANK.createExtension,
      statements: [
        stmt(
          `CREATE EXTENSION IF NOT EXISTS ${quoteIdent(e.name)} WITH SCHEMA ${quoteIdent(e.schema)} VERSION ${quoteLiteral(e.version)}`,
        ),
      ],
      provides: [refs.ext(e.name)],
      requires: [refs.schema(e.schema)],
    });
  }
  for (const { value: e } of d.drops) {
    ctx.add({
      id: vid('extension', null, e.name, 'drop'),
      rank: RANK.dropExtension,
      statements: [stmt(`DROP EXTENSION ${quoteIdent(e.name)}`, { dataLoss: true })],
      removes: [refs.ext(e.name)],
      releases: [refs.schema(e.schema)],
    });
  }
  for (const { from, to } of d.alters) {
    const statements = [];
    if (from.version !== to.version) {
      statements.push(stmt(`ALTER EXTENSION ${quoteIdent(to.name)} UPDATE TO ${quoteLiteral(to.version)}`));
    }
    if (from.schema !== to.schema) {
      statements.push(stmt(`ALTER EXTENSION ${quoteIdent(to.name)} SET SCHEMA ${quoteIdent(to.schema)}`));
    }
    ctx.add({
      id: vid('extension', null, to.name, 'alter'),
      rank: RANK.createExtension,
      statements,
      provides: [refs.ext(to.name)],
      requires: [refs.schema(to.schema)],
      releases: [refs.schema(from.schema)],
    });
  }
}
