// `docker build` commands wherever a shell runs them: shell scripts, Makefile recipes, package.json scripts,
// CI steps. One reader, several ways of finding the script text and the folder it runs in.
import { readDockerBuild, type DockerBuildCommand } from '../docker-build';
import type { BuildDecl, BuildSource } from '../model';
import { isRemoteContext, joinPath } from '../paths';
import { parseImageRef } from '../ref';
import { expandWord, shellAssignments, tokenizeShell, type Vars, type Word } from '../shell';

export interface ShellSite {
  path: string;
  source: BuildSource;
  /** Folders the commands may run in, most likely first (a script's own folder, the repository root…). */
  cwds: string[];
  /** "docker build in scripts/build.sh" */
  label: string;
  vars: Vars;
}

/** Every `docker build` in a script text (`base` = its offset in the file). */
export function scanShell(view: string, base: number, site: ShellSite, out: BuildDecl[]): void {
  const commands = tokenizeShell(view, base);
  const vars = shellAssignments(commands, new Map(site.vars));
  for (const cmd of commands) {
    const build = readDockerBuild(cmd.words);
    if (build) out.push(...buildDecls(build, { ...site, vars }));
  }
}

/** One declaration per `-t` of a `docker build` command. */
export function buildDecls(cmd: DockerBuildCommand, site: ShellSite): BuildDecl[] {
  const context = value(cmd.context, site.vars);
  const file = cmd.file ? value(cmd.file, site.vars) : undefined;
  const localContext = context !== undefined && context !== '-' && !isRemoteContext(context);
  const dockerfiles: string[] = [];
  for (const cwd of site.cwds) {
    // `-f` is relative to the working directory, not to the context.
    if (file !== undefined) {
      if (file !== '-') dockerfiles.push(joinPath(cwd, file));
    } else if (!cmd.file && localContext) {
      dockerfiles.push(joinPath(joinPath(cwd, context), 'Dockerfile'));
    }
  }
  const fileSpans = [cmd.context, cmd.file].flatMap((w) => (w ? [{ start: w.innerStart, end: w.innerEnd }] : []));
  const target = cmd.target ? value(cmd.target, site.vars) : undefined;
  return cmd.tags.map((tag) => {
    const decl: BuildDecl = {
      source: site.source,
      path: site.path,
      ref: parseImageRef(value(tag, site.vars) ?? tag.value),
      span: { start: tag.innerStart, end: tag.innerEnd },
      context: localContext ? joinPath(site.cwds[0] ?? '', context) : undefined,
      dockerfiles: [...new Set(dockerfiles)],
      fileSpans,
      label: site.label,
    };
    if (target) decl.target = target;
    return decl;
  });
}

function value(word: Word | undefined, vars: Vars): string | undefined {
  return word ? expandWord(word, vars) : undefined;
}
