// Shell scripts, Makefiles and package.json scripts that run `docker build`.
import { isMap } from 'yaml';
import { dirName } from '../paths';
import { baseName } from '../../recognize';
import type { FileFacts } from '../model';
import type { YamlFile } from '../../yaml/parse';
import { child, pairs, scriptWord, stringAt } from '../yaml-text';
import { scanShell } from './shell-builds';

export function isShellScript(path: string): boolean {
  return /\.(?:sh|bash)$/i.test(path);
}

export function isMakefile(path: string): boolean {
  return /^(?:GNUmakefile|[Mm]akefile|.+\.mk)$/.test(baseName(path));
}

export function isPackageJson(path: string): boolean {
  return baseName(path) === 'package.json';
}

/** A script may be run from its own folder or from the folder above (`./scripts/build.sh` at the root). */
export function scriptFacts(facts: FileFacts): void {
  const folder = dirName(facts.path);
  const cwds = folder === '' ? [''] : [folder, dirName(folder)];
  const label = `docker build in ${baseName(facts.path)}`;
  scanShell(facts.text, 0, { path: facts.path, source: 'script', cwds, label, vars: new Map() }, facts.builds);
}

// `NAME = value`, `NAME ?= value`, `NAME := value`, `export NAME = value` (not `+=`, not target lines).
const MAKE_ASSIGN = /^[ \t]*(?:export[ \t]+|override[ \t]+)?([A-Za-z_][\w.-]*)[ \t]*(?:\?|::?|!)?=[ \t]*(.*?)[ \t]*$/gm;

/** Make runs recipes in the Makefile's folder; simple variables resolve `$(IMAGE)` in them. */
export function makefileFacts(facts: FileFacts): void {
  const vars = new Map<string, string>();
  for (let m = MAKE_ASSIGN.exec(facts.text); m; m = MAKE_ASSIGN.exec(facts.text)) {
    const value = m[2].replace(/\s+#.*$/, '');
    const expanded = value.replace(/\$[({]([A-Za-z_][\w.-]*)[)}]/g, (ref, name: string) => vars.get(name) ?? ref);
    if (!/\$/.test(expanded)) vars.set(m[1], expanded);
  }
  MAKE_ASSIGN.lastIndex = 0;
  const site = { path: facts.path, source: 'makefile' as const, cwds: [dirName(facts.path)], label: `docker build in ${baseName(facts.path)}`, vars };
  // Recipe lines are shell; Make's `$$` is a literal `$` for the shell (left unresolved: unknown).
  scanShell(facts.text, 0, site, facts.builds);
}

/** npm runs scripts in the package folder; `$npm_package_name` / `_version` come from package.json. */
export function packageJsonFacts(yaml: YamlFile, facts: FileFacts): void {
  const root = yaml.docs[0]?.contents;
  if (!isMap(root)) return;
  const vars = new Map<string, string>();
  for (const key of ['name', 'version']) {
    const v = stringAt(root, key, facts.text);
    if (v) vars.set(`npm_package_${key}`, v.value);
  }
  const site = { path: facts.path, source: 'npm' as const, cwds: [dirName(facts.path)], label: '', vars };
  for (const { key, pair } of pairs(child(root, 'scripts'))) {
    const word = scriptWord(pair.value, facts.text);
    if (word) scanShell(word.view, word.start, { ...site, label: `npm script "${key}"` }, facts.builds);
  }
}
