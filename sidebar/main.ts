// Sidebar entry point: for now the page only offers to close itself.

// The client half of HtmlService, present only inside the sidebar's iframe.
declare const google: { script: { host: { close(): void } } };

document.getElementById('close')?.addEventListener('click', () => google.script.host.close());
