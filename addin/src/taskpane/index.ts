// PLACEHOLDER written by the platform engineer so the build has an entry point; the add-in logic
// engineer replaces this file with the real task pane.
function render(): void {
  const app = document.getElementById('app');
  if (app) app.textContent = 'pegaso: riquadro in preparazione.';
}

if (typeof Office !== 'undefined') void Office.onReady(render);
else render();
