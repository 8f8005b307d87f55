// Settings and column choices are saved in the document's properties and offered again next time
// (and used by the menu's "Re-run the last classification").
import type { SettingsInput } from '../../engine/settings';
import type { Field } from '../../engine/types';

const KEY = 'customerSegments.lastRun';

export interface SavedRun {
  settings: SettingsInput;
  /** Field → the header text of the chosen column: survives columns moving, unlike an index. */
  columns: Partial<Record<Field, string | null>>;
}

export function loadSavedRun(): SavedRun | null {
  const text = PropertiesService.getDocumentProperties().getProperty(KEY);
  if (!text) return null;
  try {
    const saved = JSON.parse(text) as SavedRun;
    return saved && typeof saved === 'object' && saved.settings ? saved : null;
  } catch {
    return null;
  }
}

export function saveRun(run: SavedRun): void {
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(run));
}
