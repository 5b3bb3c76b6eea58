// Key paths as the JSON contract writes them: `spec.template.spec.containers[0].image`, and a key that
// holds `.`, `[`, `]`, a space or a quote written as `["app.kubernetes.io/name"]`.

const PLAIN_KEY = /^[^.[\]\s"']+$/;

export function appendKey(path: string, key: string): string {
  return appendKeyAfter(keyPrefix(path), path, key);
}

/** What every plain key's path under `path` starts with. Made once per map, its children's paths share it. */
export function keyPrefix(path: string): string {
  return path === '' ? '' : `${path}.`;
}

/** `appendKey(path, key)`, given `keyPrefix(path)`. */
export function appendKeyAfter(prefix: string, path: string, key: string): string {
  return PLAIN_KEY.test(key) ? prefix + key : `${path}[${JSON.stringify(key)}]`;
}

export function appendIndex(path: string, index: number): string {
  return `${path}[${index}]`;
}
