/** schemagate introspect + diff as one process, for a like-for-like comparison with the migra CLI. */
import { introspect } from '../../.tmp/bench-engine-build/src/core/catalog/index.js';
import { planDiff, renderPlanSql } from '../../.tmp/bench-engine-build/src/core/diff/index.js';
import { connectPg } from '../../.tmp/bench-engine-build/src/db/pgDb.js';

const [fromUrl, toUrl] = process.argv.slice(2);
const a = connectPg(fromUrl, { max: 1 });
const b = connectPg(toUrl, { max: 1 });
const [from, to] = await Promise.all([introspect(a), introspect(b)]);
const sql = renderPlanSql(planDiff(from, to));
process.stdout.write(sql);
await a.close();
await b.close();
