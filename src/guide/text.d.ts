// esbuild's text loader turns the bundled guide into a string (scripts/build.mjs, loader '.md').
declare module '*.md' {
  const text: string;
  export default text;
}
