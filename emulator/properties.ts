// PropertiesService: string key/value stores. Document properties live with the spreadsheet (shared by every
// execution on it), user properties with the user. Limits as documented by Apps Script: 9 KB per value, 500 KB per store.
import type { Execution } from './execution';

const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;
const encoder = new TextEncoder();

function byteLength(text: string): number {
  return encoder.encode(text).length;
}

export class PropertyStore {
  readonly entries = new Map<string, string>();

  set(key: string, value: string): void {
    if (byteLength(value) > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
    const previous = this.entries.get(key);
    this.entries.set(key, value);
    if (this.bytes() > MAX_STORE_BYTES) {
      if (previous === undefined) this.entries.delete(key);
      else this.entries.set(key, previous);
      throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
  }

  private bytes(): number {
    let total = 0;
    for (const [k, v] of this.entries) total += byteLength(k) + byteLength(v);
    return total;
  }
}

type PropertiesApi = Pick<
  GoogleAppsScript.Properties.Properties,
  'getProperty' | 'setProperty' | 'setProperties' | 'getProperties' | 'deleteProperty' | 'deleteAllProperties' | 'getKeys'
>;

export class FakeProperties implements PropertiesApi {
  constructor(
    private readonly exec: Execution,
    private readonly store: PropertyStore,
  ) {}

  private api(): GoogleAppsScript.Properties.Properties {
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }

  getProperty(key: string): string | null {
    this.exec.hit('other', 'Properties.getProperty');
    return this.store.entries.get(String(key)) ?? null;
  }

  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    this.exec.hit('other', 'Properties.setProperty');
    this.store.set(String(key), String(value));
    return this.api();
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): GoogleAppsScript.Properties.Properties {
    this.exec.hit('other', 'Properties.setProperties');
    if (deleteAllOthers) this.store.entries.clear();
    for (const key of Object.keys(properties)) this.store.set(key, String(properties[key]));
    return this.api();
  }

  getProperties(): { [key: string]: string } {
    this.exec.hit('other', 'Properties.getProperties');
    const copy = new this.exec.realm.Object() as { [key: string]: string };
    for (const [k, v] of this.store.entries) copy[k] = v;
    return copy;
  }

  getKeys(): string[] {
    this.exec.hit('other', 'Properties.getKeys');
    const keys = this.exec.scriptArray<string>();
    for (const k of this.store.entries.keys()) keys.push(k);
    return keys;
  }

  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    this.exec.hit('other', 'Properties.deleteProperty');
    this.store.entries.delete(String(key));
    return this.api();
  }

  deleteAllProperties(): GoogleAppsScript.Properties.Properties {
    this.exec.hit('other', 'Properties.deleteAllProperties');
    this.store.entries.clear();
    return this.api();
  }
}

export class FakePropertiesService
  implements Pick<GoogleAppsScript.Properties.PropertiesService, 'getDocumentProperties' | 'getUserProperties' | 'getScriptProperties'>
{
  constructor(
    private readonly exec: Execution,
    private readonly stores: { document: PropertyStore; user: PropertyStore; script: PropertyStore },
  ) {}

  getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    this.exec.hit('other', 'PropertiesService.getDocumentProperties');
    return new FakeProperties(this.exec, this.stores.document) as unknown as GoogleAppsScript.Properties.Properties;
  }

  getUserProperties(): GoogleAppsScript.Properties.Properties {
    this.exec.hit('other', 'PropertiesService.getUserProperties');
    return new FakeProperties(this.exec, this.stores.user) as unknown as GoogleAppsScript.Properties.Properties;
  }

  getScriptProperties(): GoogleAppsScript.Properties.Properties {
    this.exec.hit('other', 'PropertiesService.getScriptProperties');
    return new FakeProperties(this.exec, this.stores.script) as unknown as GoogleAppsScript.Properties.Properties;
  }
}
