// Add-on menu and sidebar. The menu only names functions: each must be exported from index.ts to be a global.
import type { Language } from '../engine/types';
import { languageOfLocale } from './sheetContext';
import { clear, rerunLast } from './sidebar/service';

const SIDEBAR_FILE = 'Sidebar';
const SIDEBAR_WIDTH = 300;

const MENU: Record<Language, { title: string; open: string; rerun: string; clear: string }> = {
  en: { title: 'Customer segments', open: 'Open sidebar', rerun: 'Re-run the last classification', clear: 'Clear the classification' },
  es: { title: 'Segmentos de clientes', open: 'Abrir el panel', rerun: 'Repetir la última clasificación', clear: 'Borrar la clasificación' },
  zh: { title: '客户分群', open: '打开侧边栏', rerun: '重新运行上次分类', clear: '清除分类' },
};

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
  const text = MENU[menuLanguage()];
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
  const page = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(MENU[menuLanguage()].title).setWidth(SIDEBAR_WIDTH);
  SpreadsheetApp.getUi().showSidebar(page);
}

function tell(message: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, MENU[menuLanguage()].title);
}

export function menuRerun(): void {
  tell(rerunLast().message);
}

export function menuClear(): void {
  tell(clear().message);
}
