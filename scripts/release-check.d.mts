export interface ReleaseFiles {
  readonly packageJson: string;
  readonly versionTs: string;
  readonly changelog: string;
}
export function releaseCheck(version: string, files: ReleaseFiles): { problems: string[]; notes: string };
export function changelogSection(
  text: string,
  version: string,
): { heading: string; body: string } | undefined;
