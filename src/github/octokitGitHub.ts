import { NotImplementedError } from '../core/errors.js';
import type { GitHubPort } from './port.js';

/** The Octokit-backed GitHub port (issue #8). */
export function octokitGitHub(_token: string, _env: Readonly<Record<string, string | undefined>>): GitHubPort {
  throw new NotImplementedError('posting to GitHub is not built yet (issue #8)');
}
