// The core, loaded on first use. Activation only registers providers and commands; the core — the layer tables,
// `yaml`, `dockerfile-ast`, the image index, the report text and the hover Markdown — costs several times more to
// compile and run than all of that, so it ships as a second bundle, out/core.js (built from core-bundle.ts),
// required beside out/extension.js when the first hover, report or index scan asks, once.
// Everything the extension loads eagerly may import from the core only types (`import type`, erased) and small
// pure modules (`core/recognize`, `core/text`, `core/editor-language`, `core/guide-sections`): any other value
// import would bundle the core into out/extension.js again (test/unit/extension-bundle.test.ts checks that it
// does not).
import type * as CoreBundle from './core-bundle';

let loaded: typeof CoreBundle | undefined;

function bundle(): typeof CoreBundle {
  // Left unbundled by scripts/build.mjs (external), so Node resolves it beside out/extension.js; a synchronous
  // require on first use is what keeps activation from loading the core. The web bundle (buildWeb), which cannot
  // load a second file, links core-bundle.ts in here instead; it still runs on this first require.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('./core.js') as typeof CoreBundle);
}

/** ClassifiedFile, queries and the report structure. */
export const core = (): typeof CoreBundle.core => bundle().core;
/** The workspace image index, its rules and fixes. */
export const imagesCore = (): typeof CoreBundle.images => bundle().images;
/** The Explain report text (it renders the core's report). */
export const reportText = (): typeof CoreBundle.reportText => bundle().reportText;
/** The hover Markdown. */
export const hoverText = (): typeof CoreBundle.hoverText => bundle().hoverText;
/** The runner model: how each runner starts an image (the process hover, Compare Runners). */
export const runnersCore = (): typeof CoreBundle.runners => bundle().runners;
/** The Compare Runners page and the check of its messages. */
export const compareViewCore = (): typeof CoreBundle.compareView => bundle().compareView;

/** How long after activation the core loads by itself: past the editor's own start-up work, before a first hover. */
export const PRELOAD_DELAY_MS = 500;

/** Small files of each kind with the common keys, run through the core once while idle. */
const WARM_UP = [
  [
    'warm-up.yaml',
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: w\n  labels: {app: w}\nspec:\n  replicas: 1\n  selector:\n    matchLabels: {app: w}\n' +
      '  template:\n    metadata:\n      labels: {app: w}\n    spec:\n      containers:\n        - name: w\n          image: w:1\n          ports:\n            - containerPort: 80\n' +
      '          env:\n            - {name: A, value: "1"}\n          resources:\n            limits: {memory: 64Mi}\n          readinessProbe:\n            httpGet: {path: /, port: 80}\n' +
      '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: w\nspec:\n  selector: {app: w}\n  ports:\n    - port: 80\n',
    'kubernetes',
  ],
  ['compose.yaml', 'services:\n  w:\n    image: w:1\n    ports: ["80:80"]\n    environment: {A: "1"}\n    deploy:\n      replicas: 1\n', 'compose'],
  ['Dockerfile', 'FROM alpine AS b\nRUN true\nFROM alpine\nCOPY --from=b / /\nENV A=1\nUSER 1000\nEXPOSE 80\nCMD ["w"]\n', 'dockerfile'],
] as const;

/**
 * Load the core once the editor is idle after activation, and run it once on a small manifest and Dockerfile so its
 * tables and code paths are warm: the first hover then costs what any other does. Activation pays only the timer.
 * Returns the function that cancels it (on deactivation).
 */
export function preloadWhenIdle(delayMs = PRELOAD_DELAY_MS): () => void {
  const timer = setTimeout(() => {
    try {
      for (const [path, text, kind] of WARM_UP) {
        const c = core();
        const analysis = c.classifyFile(path, text, { kind });
        // The hover's own steps too: finding the field, writing its Markdown.
        for (const field of analysis.fields) hoverText().hoverMarkdown(analysis, { field, on: 'key' }, { detailed: true });
      }
    } catch {
      // A core that cannot load says so on first use, where the user sees it.
    }
  }, delayMs);
  // Never keeps a process alive on its own (the CLI and tests load this module too).
  if (typeof timer === 'object' && typeof timer.unref === 'function') timer.unref();
  return () => clearTimeout(timer);
}
