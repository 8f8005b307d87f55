// The sidebar–server contract: JSON only (google.script.run carries no Date, Map or typed array), used by both sides.
// Dates travel as 'YYYY-MM-DD' strings; rows and columns as 1-based sheet numbers unless the name says otherwise.
import type {
  ClassificationId as Classification,
  Field,
  GroupKey,
  IntentReading,
  Language,
  LogField,
  ProblemCode,
  ProblemField,
  RunNote,
  ChurnSummary,
  Settings,
  SettingsInput,
  TaughtIntent,
} from '../engine';
import type { IntentGroup } from '../engine/groups';

/** Names of the server functions the sidebar calls through google.script.run (each is a global of dist/Code.js). */
export const SERVER_CALLS = {
  analyze: 'sidebarAnalyze',
  preview: 'sidebarPreview',
  apply: 'sidebarApply',
  clear: 'sidebarClear',
  selectCell: 'sidebarSelectCell',
  teach: 'sidebarTeach',
  compareRuns: 'sidebarCompareRuns',
} as const;

export interface DetectedColumn {
  field: Field;
  /** 0-based index within the table's columns, or null when the field was not found. */
  column: number | null;
}

export interface DetectedLogColumn {
  field: LogField;
  column: number | null;
}

/** One row per customer, or an order log (one row per order or order line) aggregated per customer. */
export type TableShape = 'customers' | 'orders';

export interface ProblemCount {
  code: ProblemCode;
  field: ProblemField;
  count: number;
}

export interface ProblemRow {
  /** Sheet row and column (1-based) of the cell, for "click to select". */
  row: number;
  column: number;
  field: ProblemField;
  value: string;
  /** The sidebar says it in the user's language (src/i18n problemText). */
  code: ProblemCode;
  severity: 'error' | 'warning';
}

export interface AnalyzeResult {
  ok: true;
  sheetName: string;
  /** The language of the sidebar itself (user's locale), and of the labels by default (spreadsheet locale). */
  uiLanguage: Language;
  /** Sheet row of the header; data rows; first and last column of the table (all 1-based). */
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  firstColumn: number;
  lastColumn: number;
  /** Header texts of the table's columns (to fill the dropdowns). */
  header: string[];
  columns: DetectedColumn[];
  /** The order log's columns: detected for a log, else a guess from the customer columns for the shape switch. */
  logColumns: DetectedLogColumn[];
  shape: TableShape;
  /** Customers (for an order log, the distinct customers of its rows), and for a log its order rows. */
  customers: number;
  orderRows: number | null;
  /** The spreadsheet's locale: numbers and dates in the sidebar follow it, as the sheet's cells do. */
  locale: string;
  problemCounts: ProblemCount[];
  /** The first problems by row (at most 20), for the list. */
  firstProblems: ProblemRow[];
  problemTotal: number;
  /** Classifications the detected columns allow. */
  available: Classification[];
  /** Saved settings of this document, or the defaults. */
  settings: Settings;
  /** Today in the spreadsheet's time zone, the default as_of. */
  today: string;
  /** True when the sheet holds output of an earlier Apply (a re-run replaces it). */
  hasOutput: boolean;
  /** The run dates in the history ('YYYY-MM-DD', oldest first); empty without a history. */
  historyRuns: string[];
}

export interface Failure {
  ok: false;
  /** A sentence for the user, in their language. */
  message: string;
  /** Why, when Google Sheets refused a change: its reason in the user's words where known, else its own message. */
  detail?: string;
  /** For invalid settings: which setting, what is allowed. */
  errors?: { setting: string; message: string }[];
}

export interface RunRequest {
  /** Field → 0-based column within the table, as the user confirmed it in the dropdowns (null: not used). */
  columns: Partial<Record<Field, number | null>>;
  /** How to read the table; left out, as detected. */
  shape?: TableShape;
  /** For an order log: its field → 0-based column within the table (null: not used). */
  logColumns?: Partial<Record<LogField, number | null>>;
  settings: SettingsInput;
  /** 'YYYY-MM-DD' for this run only; left out, today in the spreadsheet's time zone. Never saved. */
  asOf?: string;
}

/** Groups travel as keys: the sidebar names them in the user's language. */
export interface PreviewGroup {
  group: GroupKey;
  color: string;
  customers: number;
  /** 0–1 of the classification's revenue. */
  share: number;
  revenue: number;
}

export interface PreviewClassification {
  classification: Classification;
  groups: PreviewGroup[];
  problems: number;
  notApplicable: number;
}

export interface PreviewResult {
  ok: true;
  customers: number;
  /** For an order log, the order rows that joined a customer; null for a customer table. */
  orderRows: number | null;
  /** Order rows with no customer (each a problem on its row), and rows left out for being after the analysis date. */
  ordersWithoutCustomer: number;
  ordersAfterAsOf: number;
  /** What the run did not use (the sidebar says it in the user's language). */
  notes: RunNote[];
  /** The churn model's fit, when churn risk is computed: parameters and plain-language figures. */
  churn: ChurnSummary | null;
  classifications: PreviewClassification[];
  /** The notes for teaching, when the sheet has a notes column; null otherwise. */
  teaching: TeachingList | null;
}

/** One distinct note (by teaching key) and how it is read now. */
export interface NoteLine {
  /** The note as it first appears in the sheet. */
  text: string;
  /** Rows with this note (or one that normalises to the same teaching key). */
  rows: number;
  intent: IntentGroup;
  /** 'none' or 'score': the note itself said nothing the reader knows; 'taught': a taught phrase decided. */
  via: IntentReading['via'];
}

export interface TaughtLine {
  /** The note as the user taught it. */
  text: string;
  intent: TaughtIntent;
  on: string;
  /** Rows of this sheet it decided. */
  rows: number;
}

export interface TeachingList {
  /** Notes the reader could not read (Unknown, or only the lead score decided), most frequent first. */
  unread: NoteLine[];
  /** Notes it did read, most frequent first, for the user to check and correct. */
  read: NoteLine[];
  /** Distinct notes in each list before the lists were cut to their first lines. */
  unreadTotal: number;
  readTotal: number;
  taught: TaughtLine[];
  /** Rows a taught phrase decided. */
  taughtRows: number;
}

export interface TeachRequest {
  note: string;
  /** null forgets the phrase (undo). */
  intent: TaughtIntent | null;
}

export interface TeachResult {
  ok: true;
  message: string;
}

export interface ApplyResult {
  ok: true;
  /** Columns written (1-based sheet columns), rows classified, and the summary sheet's name. */
  firstOutputColumn: number;
  outputColumns: number;
  rows: number;
  summarySheet: string;
  /** True when columns were inserted because the user's own data stood where the output goes. */
  insertedColumns: boolean;
  message: string;
}

export interface ClearResult {
  ok: true;
  message: string;
}

export type Result<T> = T | Failure;

/** Two runs of the history to compare (their dates). */
export interface CompareRequest {
  from: string;
  to: string;
}

/** One classification's from → to counts between two runs; labels are group keys, `⚠` or `—`. */
export interface CompareClassification {
  classification: string;
  from: string[];
  to: string[];
  colors: Record<string, string>;
  cells: number[][];
  gone: number[];
  added: number[];
}

export interface CompareResult {
  ok: true;
  from: string;
  to: string;
  classifications: CompareClassification[];
}
