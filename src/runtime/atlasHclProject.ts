/** Zero config for Atlas projects: reads <root>/atlas.hcl when there is no schemagate.yml. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AtlasHclResult, atlasHclConfig } from '../core/config/atlasHcl.js';

export function readAtlasHcl(root: string, env: string | undefined): AtlasHclResult | undefined {
  const file = join(root, 'atlas.hcl');
  if (!existsSync(file)) return undefined;
  return atlasHclConfig(readFileSync(file, 'utf8'), 'atlas.hcl', env);
}
