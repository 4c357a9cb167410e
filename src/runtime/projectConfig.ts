/**
 * The config readers of loadProject (projectCore.ts): schemagate.yml through YAML and the zod schema,
 * atlas.hcl. A module of their own so that only projects with a config file load them.
 */
import { parse as parseYaml } from 'yaml';
import { parseConfig } from '../core/config/load.js';
import { readAtlasHcl } from './atlasHclProject.js';
import type { ConfigReaders } from './projectCore.js';

export const configReaders: ConfigReaders = { parseConfig, keysSetIn, readAtlasHcl };

/** Which path keys the file itself sets (not filled in by a default). */
function keysSetIn(text: string): Set<string> {
  const out = new Set<string>();
  let raw: any;
  try {
    raw = parseYaml(text);
  } catch {
    return out;
  }
  if (typeof raw?.migrations === 'string' || raw?.migrations?.dir !== undefined) out.add('migrations.dir');
  return out;
}
