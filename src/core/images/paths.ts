// POSIX path arithmetic on the '/'-separated paths the index is fed. Pure: the caller owns the file system.

/** The folder of a path ('' for a bare name). */
export function dirName(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? (i === 0 ? '/' : '') : path.slice(0, i);
}

/** `base` joined with `rel` ('.', '..' resolved); an absolute `rel` wins. Never ends in '/'. */
export function joinPath(base: string, rel: string): string {
  const full = rel.startsWith('/') || base === '' ? rel : `${base}/${rel}`;
  const absolute = full.startsWith('/');
  const parts: string[] = [];
  for (const seg of full.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (seg !== '..' || !absolute) parts.push(seg);
  }
  const joined = parts.join('/');
  return absolute ? `/${joined}` : joined;
}

/** True when `path` is `folder` or lies under it. */
export function isUnder(path: string, folder: string): boolean {
  if (folder === '' || folder === '/') return true;
  return path === folder || path.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}

/** A build context that is not a local folder (git URL, tarball URL, stdin) has no Dockerfile we can see. */
export function isRemoteContext(context: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/|-$)/i.test(context);
}
