/**
 * Reads the repository's schemagate.yml (or the defaults when there is none) and applies the
 * overrides that belong to the edge: action inputs and SCHEMAGATE_MODE.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { type Config, defaultConfig, parseConfig } from '../core/config/index.js';
import { ConfigError } from '../core/errors.js';
import { readAtlasHcl } from './atlasHclProject.js';

export interface Project {
  /** Absolute path of the repository (working directory). */
  readonly root: string;
  /** Path of the config file relative to root, or undefined when defaults are used. */
  readonly configFile: string | undefined;
  readonly config: Config;
  /** Absolute path of a config-relative path. */
  path(p: string): string;
  /** Path relative to root, for messages. */
  display(p: string): string;
  /** What the config source holds that schemagate did not read (atlas.hcl zero config). */
  readonly notes?: readonly string[];
}

export interface ProjectOptions {
  readonly root: string;
  /** Explicit config path; when given it must exist. */
  readonly config?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly mode?: string;
  /** Which env of atlas.hcl to read when there is no schemagate.yml (else SCHEMAGATE_ATLAS_ENV, `ci`, the only one). */
  readonly atlasEnv?: string;
}

export function loadProject(options: ProjectOptions): Project {
  const root = resolve(options.root);
  const explicit = options.config !== undefined && options.config !== '';
  const candidate = resolve(root, explicit ? options.config! : 'schemagate.yml');
  let config: Config;
  let configFile: string | undefined;
  let notes: readonly string[] | undefined;
  if (existsSync(candidate)) {
    configFile = relative(root, candidate) || candidate;
    config = parseConfig(readFileSync(candidate, 'utf8'), configFile);
  } else if (explicit) {
    throw new ConfigError(options.config!, '', 'config file not found');
  } else {
    const atlas = readAtlasHcl(root, options.atlasEnv || options.env?.SCHEMAGATE_ATLAS_ENV || undefined);
    // configFile stays undefined: it names a schemagate.yml (the promotion check reads its YAML).
    if (atlas) notes = [`no schemagate.yml: read atlas.hcl, env "${atlas.env}"`, ...atlas.notes];
    config = atlas?.config ?? defaultConfig();
  }
  config = applyModeOverride(
    config,
    options.mode,
    options.env?.SCHEMAGATE_MODE,
    configFile ?? 'schemagate.yml',
  );
  return {
    root,
    configFile,
    config,
    path: (p) => (isAbsolute(p) ? p : resolve(root, p)),
    display: (p) => (isAbsolute(p) ? relative(root, p) || '.' : p),
    ...(notes && notes.length > 0 ? { notes } : {}),
  };
}

/** Precedence: explicit input/flag, then SCHEMAGATE_MODE, then the file. */
function applyModeOverride(
  config: Config,
  input: string | undefined,
  env: string | undefined,
  file: string,
): Config {
  const chosen = input || env;
  if (!chosen) return config;
  if (chosen !== 'canary' && chosen !== 'strict') {
    const where = input ? 'input mode' : 'SCHEMAGATE_MODE';
    throw new ConfigError(
      file,
      'mode',
      `${where} must be "canary" or "strict", got ${JSON.stringify(chosen)}`,
    );
  }
  return { ...config, mode: chosen };
}
