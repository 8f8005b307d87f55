// Add-on menu and sidebar. The menu only names functions: each must be exported from index.ts to be a global.
import type { Language } from '../engine';
import { catalogue } from '../i18n/text';
import { languageOfLocale } from './sheetContext';
import { clear, rerunLast } from './sidebar/service';

const SIDEBAR_FILE = 'Sidebar';
const SIDEBAR_WIDTH = 300;

/** The user's language; onOpen may run without authorization, where even this is not guaranteed: then English. */
function menuLanguage(): Language {
  try {
    return languageOfLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

/** Runs when the spreadsheet opens; an add-on in AuthMode.NONE may only build its menu, which is all this does. */
export function onOpen(): void {
  const text = catalogue(menuLanguage()).menu;
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(text.open, 'showSidebar')
    .addSeparator()
    .addItem(text.rerun, 'menuRerun')
    .addItem(text.clear, 'menuClear')
    .addToUi();
}

/** Installing from the add-on store does not fire onOpen for the open spreadsheet, so show the menu now. */
export function onInstall(): void {
  onOpen();
}

export function showSidebar(): void {
  // createHtmlOutputFromFile, not a template: the inlined bundle must not be scanned for `<?` scriptlets.
  const page = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(catalogue(menuLanguage()).menu.title).setWidth(SIDEBAR_WIDTH);
  SpreadsheetApp.getUi().showSidebar(page);
}

function tell(message: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, catalogue(menuLanguage()).menu.title);
}

export function menuRerun(): void {
  tell(rerunLast().message);
}

export function menuClear(): void {
  tell(clear().message);
}
