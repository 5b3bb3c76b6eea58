// The Compare Runners page's only script (loaded with the page's nonce): a link's click, Enter or Space asks the
// extension to open its file at its line; the scroll position survives a re-render (the page is rebuilt as files
// change). It sends nothing else, and the extension checks every message it gets.
// @ts-check
(function () {
  const vscode = acquireVsCodeApi();

  /** @param {EventTarget | null} target */
  const linkOf = (target) => (target instanceof Element ? target.closest('a[data-path]') : null);

  /** @param {Element} a */
  function open(a) {
    const line = Number(a.getAttribute('data-line'));
    vscode.postMessage({ type: 'open', path: a.getAttribute('data-path'), line });
  }

  document.addEventListener('click', (event) => {
    const a = linkOf(event.target);
    if (!a) return;
    event.preventDefault();
    open(a);
  });
  // Enter already clicks a link; Space, as on a button, does too.
  document.addEventListener('keydown', (event) => {
    const a = linkOf(event.target);
    if (a && (event.key === ' ' || event.key === 'Spacebar')) {
      event.preventDefault();
      open(a);
    }
  });

  const state = vscode.getState();
  if (state && typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
  else document.querySelector('[data-focus]')?.scrollIntoView();
  window.addEventListener('scroll', () => vscode.setState({ scrollY: window.scrollY }), { passive: true });
})();
