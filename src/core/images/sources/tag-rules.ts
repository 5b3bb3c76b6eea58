// docker/metadata-action `tags:` rules (also the input of reusable build workflows that forward them):
// which tags a CI build pushes. Literal values become exact tags; rules that follow the commit, branch or
// version become patterns or "any", so a run is never called drift for a tag CI could have made.
import type { TagRule } from '../model';

// What `{{version}}`, `{{major}}`… of a semver/pep440 pattern expand to.
const PLACEHOLDERS: Record<string, string> = {
  version: '\\d+\\.\\d+\\.\\d+(?:-[\\w.]+)?',
  raw: 'v?\\d+\\.\\d+\\.\\d+(?:-[\\w.]+)?',
  major: '\\d+',
  minor: '\\d+',
  patch: '\\d+',
};

/** A semver pattern (`v{{major}}.{{minor}}`) as a regular expression source. */
function versionPattern(pattern: string): string {
  return pattern
    .split(/(\{\{\s*\w+\s*\}\})/)
    .map((part) => {
      const m = /^\{\{\s*(\w+)\s*\}\}$/.exec(part);
      return m ? (PLACEHOLDERS[m[1]] ?? '.+') : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
}

export function parseTagRules(text: string | undefined, flavor?: string): TagRule {
  const rule: TagRule = { exact: [], patterns: [], any: false };
  const lines = (text ?? '').split(/\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  // Without `tags`, the action's defaults follow branches and git tags: anything.
  if (lines.length === 0) rule.any = true;
  let versioned = false;
  for (const line of lines) {
    const attrs = new Map<string, string>();
    for (const part of splitAttrs(line)) {
      const eq = part.indexOf('=');
      if (eq === -1) attrs.set('value', part);
      else attrs.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
    }
    if (/^false$/i.test(attrs.get('enable') ?? '')) continue;
    const type = attrs.get('type') ?? 'raw';
    const prefix = attrs.get('prefix') ?? '';
    const suffix = attrs.get('suffix') ?? '';
    if (/[$]|\{\{/.test(prefix + suffix)) {
      rule.any = true;
      continue;
    }
    const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    switch (type) {
      case 'raw': {
        const value = attrs.get('value') ?? '';
        if (value === '' || /[$]|\{\{/.test(value)) rule.any = true;
        else rule.exact.push(prefix + value + suffix);
        break;
      }
      case 'edge':
        rule.exact.push(`${prefix}edge${suffix}`);
        break;
      case 'ref':
        if (attrs.get('event') === 'pr') rule.patterns.push(new RegExp(`^${literal(prefix || 'pr-')}\\d+${literal(suffix)}$`));
        else rule.any = true;
        if (attrs.get('event') === 'tag') versioned = true;
        break;
      case 'sha':
        rule.patterns.push(new RegExp(`^${literal(attrs.has('prefix') ? prefix : 'sha-')}[0-9a-f]{7,40}${literal(suffix)}$`));
        break;
      case 'semver':
      case 'pep440':
        versioned = true;
        rule.patterns.push(new RegExp(`^${literal(prefix)}${versionPattern(attrs.get('pattern') ?? '{{version}}')}${literal(suffix)}$`));
        break;
      default:
        // schedule, match and anything newer: derived from dates or git refs.
        rule.any = true;
        versioned ||= type === 'match';
    }
  }
  const latest = /latest=(\w+)/.exec(flavor ?? '')?.[1] ?? 'auto';
  if (latest === 'true' || (latest === 'auto' && versioned)) rule.exact.push('latest');
  return rule;
}

/** `type=raw,value=a,b` is not split inside `{{ }}` or `${{ }}` expressions. */
function splitAttrs(line: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of line) {
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim() !== '') out.push(cur.trim());
  return out;
}

/** Does a build whose tags follow `rule` push `tag`? */
export function ruleProduces(rule: TagRule, tag: string): boolean {
  return rule.any || rule.exact.includes(tag) || rule.patterns.some((p) => p.test(tag));
}
