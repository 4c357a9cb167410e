/**
 * loadProject: the project (config, paths, repository root) every command and stage starts from.
 * The logic is in projectCore.ts; this module adds the config readers, loaded up front.
 */
import { configReaders } from './projectConfig.js';
import { loadProjectWith, type Project, type ProjectOptions } from './projectCore.js';

export * from './projectCore.js';

export function loadProject(options: ProjectOptions): Project {
  return loadProjectWith(options, configReaders);
}
