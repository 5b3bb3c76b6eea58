// Key paths as the JSON contract writes them: `spec.template.spec.containers[0].image`, and a key that
// holds `.`, `[`, `]`, a space or a quote written as `["app.kubernetes.io/name"]`.

const PLAIN_KEY = /^[^.[\]\s"']+$/;

export function appendKey(path: string, key: string): string {
  if (!PLAIN_KEY.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

export function appendIndex(path: string, index: number): string {
  return `${path}[${index}]`;
}
