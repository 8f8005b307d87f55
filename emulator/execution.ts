// One script execution: who is calling (auth mode), how many calls it made, and which realm's Date/Array
// the values it receives belong to (the built bundle runs in a node:vm realm of its own).

/**
 * `service`: a call that reaches the Spreadsheet service. `builder`: a call on a local builder. `local`: a read of
 * what an object already holds (see LOCAL_READS). `other`: any other service.
 */
export type CallKind = 'service' | 'builder' | 'local' | 'other';

/**
 * Reads answered from the object in hand, with no round trip to Sheets: a Range knows its coordinates, and a rule,
 * a metadata entry or its location arrive whole from the call that fetched them (getConditionalFormatRules, find);
 * a metadata finder is a query being built, like a rule builder. They are counted apart from the ~100 ms calls.
 */
const LOCAL_READS = new Set([
  'Range.getRow',
  'Range.getColumn',
  'Range.getNumRows',
  'Range.getNumColumns',
  'Range.getLastRow',
  'Range.getLastColumn',
  'Range.getA1Notation',
  'Range.getSheet',
  'Range.getGridId',
  'Range.getHeight',
  'Range.getWidth',
  'Range.getRowIndex',
  'DeveloperMetadata.getKey',
  'DeveloperMetadata.getValue',
  'DeveloperMetadata.getId',
  'DeveloperMetadata.getVisibility',
  'DeveloperMetadata.getLocation',
  'ConditionalFormatRule.getRanges',
  'ConditionalFormatRule.getBooleanCondition',
  'ConditionalFormatRule.getGradientCondition',
  'Sheet.createDeveloperMetadataFinder',
  'Spreadsheet.createDeveloperMetadataFinder',
  'Range.createDeveloperMetadataFinder',
]);
const LOCAL_PREFIXES = ['BooleanCondition.', 'DeveloperMetadataLocation.', 'DeveloperMetadataFinder.with', 'DeveloperMetadataFinder.on'];

function kindOf(kind: CallKind, name: string): CallKind {
  if (kind !== 'service') return kind;
  // Makes a chart builder, like SpreadsheetApp.newConditionalFormatRule() makes a rule builder.
  if (name === 'Sheet.newChart') return 'builder';
  return LOCAL_READS.has(name) || LOCAL_PREFIXES.some((p) => name.startsWith(p)) ? 'local' : kind;
}

/** The Date/Array/Object constructors of the realm the script runs in. */
export interface Realm {
  Date: DateConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
}

/**
 * Counts every call made by the script, per method name ('Range.getValues') and per kind.
 * The budget "at most 30 calls" is about `total` (kind `service`); builder chains are counted apart
 * because real builders are local objects that only reach the service when the result is set on a sheet.
 */
export class CallCounter {
  private readonly counts = new Map<string, number>();
  private readonly totals: Record<CallKind, number> = { service: 0, builder: 0, local: 0, other: 0 };
  private readonly order: string[] = [];

  record(kind: CallKind, name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.totals[kindOf(kind, name)]++;
    this.order.push(name);
  }

  /** Spreadsheet service calls (SpreadsheetApp, Spreadsheet, Sheet, Range, rules, charts, metadata). */
  get total(): number {
    return this.totals.service;
  }

  /** Calls on ConditionalFormatRuleBuilder / EmbeddedChartBuilder (and the SpreadsheetApp call that makes one). */
  get builderTotal(): number {
    return this.totals.builder;
  }

  /** Reads of what an object already holds (LOCAL_READS). */
  get localTotal(): number {
    return this.totals.local;
  }

  /** Calls on PropertiesService, LockService, HtmlService, Ui, Session, Utilities. */
  get otherTotal(): number {
    return this.totals.other;
  }

  /** How many times `name` ('Range.setValues') was called. */
  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** Every method called, with its count. */
  byMethod(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  /** Method names in call order, for a readable failure message. */
  sequence(): string[] {
    return [...this.order];
  }

  reset(): void {
    this.counts.clear();
    this.order.length = 0;
    this.totals.service = this.totals.builder = this.totals.local = this.totals.other = 0;
  }
}

/**
 * Who is running the script, which decides what it may call:
 * - 'FULL': a sidebar call, a menu item, an authorized trigger.
 * - 'NONE': an add-on's onOpen in a document where it was never used (only menus may be built).
 * - 'CUSTOM_FUNCTION': a formula in a cell; it runs without the user's authorization (see CUSTOM_FUNCTION_ALLOWED).
 */
export type AuthMode = 'FULL' | 'NONE' | 'CUSTOM_FUNCTION';

// What an add-on may call in AuthMode.NONE (onOpen before the user has used it in this document): build
// menus, and use the services that need no authorization (the user's locale, to word the menu; Utilities).
// https://developers.google.com/apps-script/reference/script/auth-mode ("does not allow access to any services that
// require authorization") and https://developers.google.com/workspace/add-ons/concepts/menus (no Properties in NONE).
const ALLOWED_WITHOUT_AUTH = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Menu.addItem',
  'Menu.addSeparator',
  'Menu.addSubMenu',
  'Menu.addToUi',
  'Session.getActiveUserLocale',
  'Utilities.formatDate',
  'Utilities.getUuid',
  'Utilities.sleep',
]);

/**
 * A custom function may call only services that need no authorization
 * (https://developers.google.com/apps-script/guides/sheets/functions, "Using Apps Script services"): the
 * Spreadsheet service read-only ("can use most get*() methods, but not set*()"), Properties, Lock, Utilities, Cache
 * and HTML (to build, not show). Where the page is silent we take the stricter reading:
 * - only get* methods of the Spreadsheet service, and not getUi (a formula cannot show anything);
 * - Properties read-only (the page forbids editors to set user properties; we refuse every set);
 * - Session is not in the table, so it is refused, getScriptTimeZone and getActiveUserLocale included;
 * - builders (conditional-format rules, charts, data validation) and metadata finders are not get* and are refused.
 */
function allowedInCustomFunction(kind: CallKind, name: string): boolean {
  const [object, method = ''] = name.split('.');
  if (name === 'SpreadsheetApp.getUi') return false;
  if (kind === 'service' || kind === 'local') return method.startsWith('get');
  if (object === 'PropertiesService' || object === 'Properties') return method.startsWith('get');
  // A Blob made by Utilities (newBlob, ungzip) is a value in the script's memory, not a service that needs consent.
  if (object === 'Blob') return true;
  return object === 'LockService' || object === 'Lock' || object === 'Utilities' || object === 'HtmlService' || object === 'HtmlOutput';
}

/**
 * The calls that change the document or what the user sees of it (the active sheet): the ones a fault can be injected
 * into (Execution.failOnMutation). Reads, builders (local objects until set on a sheet) and the Ui are not.
 */
const MUTATING = /^(set|insert|delete|add|clear|remove|update|append|move|activate|hide|show|copy|merge|sort|rename|autoResize)/;
const NOT_DOCUMENT = new Set([
  'Blob',
  'Ui',
  'Menu',
  'HtmlService',
  'HtmlOutput',
  'HtmlTemplate',
  'Session',
  'Utilities',
  'Logger',
  'LockService',
  'Lock',
]);

export function isMutating(kind: CallKind, name: string): boolean {
  if (kind === 'builder') return false;
  const [object, method = ''] = name.split('.');
  if (NOT_DOCUMENT.has(object) || object.endsWith('Builder') || object === 'PropertiesService') return false;
  if (object === 'Properties') return method.startsWith('set') || method.startsWith('delete');
  return MUTATING.test(method);
}

/** What an injected fault throws: the generic error Apps Script gives when Sheets refuses or drops a change. */
export const INJECTED_FAULT_MESSAGE = 'Service Spreadsheets failed while accessing document with id fake-spreadsheet-id.';

export class Execution {
  readonly calls = new CallCounter();
  realm: Realm = { Date, Array, Object };
  /** The 1-based number of the mutating call that throws (failOnMutation); 0: none. */
  private faultAt = 0;
  private mutations = 0;

  constructor(public authMode: AuthMode = 'FULL') {}

  /**
   * Makes the k-th mutating call of this execution throw INJECTED_FAULT_MESSAGE before it changes anything (every
   * call of the platform either happens or throws). Calls after it work again, as after a passing fault.
   */
  failOnMutation(k: number): void {
    this.faultAt = k;
  }

  /** Mutating calls made so far (the ones failOnMutation counts). */
  get mutationCount(): number {
    return this.mutations;
  }

  /** Counts a call; refuses what the auth mode does not allow, and throws an injected fault. */
  hit(kind: CallKind, name: string): void {
    if (this.authMode === 'NONE' && !ALLOWED_WITHOUT_AUTH.has(name)) {
      throw new Error(`You do not have permission to call ${name}. Required permissions: (authorization needed, AuthMode.NONE)`);
    }
    if (this.authMode === 'CUSTOM_FUNCTION' && !allowedInCustomFunction(kindOf(kind, name), name)) {
      throw new Error(`You do not have permission to call ${name}.`);
    }
    if (isMutating(kind, name)) {
      this.mutations++;
      if (this.mutations === this.faultAt) {
        this.calls.record(kind, name);
        throw new Error(INJECTED_FAULT_MESSAGE);
      }
    }
    this.calls.record(kind, name);
  }

  /** A Date of the script's realm, so `instanceof Date` holds inside the bundle as it does in Apps Script. */
  scriptDate(time: number): Date {
    return new this.realm.Date(time);
  }

  /** An empty array of the script's realm. */
  scriptArray<T>(): T[] {
    return new this.realm.Array<T>();
  }
}

/** `[object Date]` holds for Dates of every realm, unlike `instanceof Date`. */
export function isDate(value: unknown): value is Date {
  return typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Date]';
}
