// Add-on menu and sidebar. The menu only names functions: each must be exported from index.ts to be a global.

const SIDEBAR_FILE = 'Sidebar';
const SIDEBAR_TITLE = 'Customer segments';
const SIDEBAR_WIDTH = 300;

/** Runs when the spreadsheet opens; an add-on in AuthMode.NONE may still build its menu. */
export function onOpen(): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open sidebar', 'showSidebar').addToUi();
}

/** Installing from the add-on store does not fire onOpen for the open spreadsheet, so show the menu now. */
export function onInstall(): void {
  onOpen();
}

export function showSidebar(): void {
  // createHtmlOutputFromFile, not a template: the inlined bundle must not be scanned for `<?` scriptlets.
  const page = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(SIDEBAR_TITLE).setWidth(SIDEBAR_WIDTH);
  SpreadsheetApp.getUi().showSidebar(page);
}
