// The shape every language's catalogue must fill: all the words the add-on shows, in one place per language
// (en.ts, es.ts, zh.ts). A missing entry does not compile. `Catalogue` is what the sheet, the menu and the server's
// messages need (it goes into dist/Code.js); `SidebarText` is the page's own words (only in Sidebar.html).
import type {
  ClassificationId,
  GroupKey,
  ProblemCode,
  ProblemField,
  ReasonCode,
  ReasonNote,
  SettingError,
  TierPreset,
  ValueColumn,
} from '../engine';

/** What a reason's sentence can use: the language's number formats and the group labels. */
export interface TextKit {
  label(group: GroupKey): string;
  /** 0.412 → 41.2% (one decimal). */
  percent(share: number): string;
  /** 0.8 → 80%. */
  threshold(share: number): string;
  /** 12500.5 → 12,500.5 */
  amount(value: number): string;
  /** 1237 → 1,237 */
  count(n: number): string;
  /** A day number as the sheet's date text. */
  date(day: number): string;
}

/**
 * A sentence template (src/i18n/template.ts) per reason code. It reads the reason's own fields and the few derived
 * facts src/i18n/reasonFacts.ts adds for its code; test/i18n/reasonTemplates.test.ts checks every name it reads.
 */
export type ReasonTexts = Record<ReasonCode, string>;

/**
 * Templates (src/i18n/template.ts). Facts: the error's own fields, and `name` (the setting as the reader knows it: the
 * sidebar's label, or a formula's argument), `tierA`, `tierB` (those settings' names) and `tierALower`, `tierBLower`
 * (the same in lower case). fraction_between: `minTierA` (true when the minimum is tier A's value, said with its
 * name) and `minValue` (the minimum as a number either way).
 */
export type SettingErrorTexts = { [C in SettingError['code']]: string };

/** A sentence template per note code, reading the note's own fields (a `segment`, where it has one). */
export type NoteTexts = Record<ReasonNote['code'], string>;

/**
 * The settings as the sidebar names them, and their choices. The summary's "Settings used" and the setting errors
 * use the same words, so a setting is called one thing wherever it is shown.
 */
export interface SettingWords {
  /** The classifications as the checkboxes name them. */
  classifications: Record<ClassificationId, string>;
  /** The list of classifications (a setting of its own). */
  computeHeading: string;
  mainGrouping: string;
  tierPreset: string;
  tierPresets: Record<TierPreset | 'custom', string>;
  tierMethod: string;
  tierMethods: Record<'share' | 'count' | 'amount', string>;
  tierA: string;
  tierB: string;
  tierMetric: string;
  tierMetrics: Record<'revenue' | 'profit', string>;
  profitRule: string;
  profitRules: Record<'loss' | 'bottom20', string>;
  tenureDays: string;
  bigRule: string;
  bigRules: Record<'tierA' | 'amount', string>;
  bigAmount: string;
  lapseDays: string;
  /** Under the lapse setting: a customer's own cycle can lapse them earlier, and the reason shows the cut-off. */
  lapseHelp: string;
  rfmPreset: string;
  rfmPresets: Record<'grid11' | 'class8', string>;
  churnModel: string;
  churnModels: Record<'mbgnbd' | 'bgnbd', string>;
  churnActive: string;
  churnLost: string;
  churnDays: string;
  valueMonths: string;
  annualDiscount: string;
  asOf: string;
  language: string;
  languages: Record<'en' | 'es' | 'zh', string>;
  /** Any other setting (a saved one an older version wrote). */
  settings: string;
}

/** A formula's bad argument, as a code and its facts (src/server/ranges.ts raises them). */
export type FormulaErrorFacts =
  | { code: 'as_of'; got: string }
  | { code: 'not_a_number'; name: string; got: string }
  | { code: 'threshold_amount'; name: string; got: number }
  | { code: 'threshold_fraction'; name: string; method: string; got: number }
  | { code: 'single_column'; name: string; width: number }
  | { code: 'table_needed'; name: string }
  | { code: 'same_height'; first: string; firstRows: number; other: string; otherRows: number }
  | { code: 'one_of'; name: string; options: readonly string[]; got: string }
  | { code: 'no_header'; name: string }
  | { code: 'settings'; message: string }
  | { code: 'unexpected'; message: string };

/** Templates (src/i18n/template.ts) whose facts are the error's own fields. */
export type FormulaErrorTexts = { [C in FormulaErrorFacts['code']]: string };

/**
 * Words of the run history: its sheet, the per-row columns, the summary's movement section and the formula.
 * Sentences are templates (src/i18n/template.ts); each names the facts it is given.
 */
export interface HistoryTexts {
  sheetName: string;
  /** The history sheet's column headers (its classification columns use the classifications' own headers). */
  date: string;
  customer: string;
  revenue: string;
  state: string;
  previous: string;
  changedOn: string;
  /** In the main classification's reason: `B (was A on 10/1/2026): …`. Facts: label, date (as text). */
  was: string;
  /** The next step of a customer who just dropped from tier A or from Loyal to Lapsed, and why. */
  dropped: string;
  /** Facts: classification (its header), from, to (group labels). */
  droppedWhy: string;
  /** The summary's section. */
  heading: string;
  /** Facts: from, to (the runs' dates as text). */
  since: string;
  firstRun: string;
  /** Facts: date, last (dates as text). */
  notRecorded: string;
  /** Facts: runsFit (a number). */
  keep: string;
  fromTo: string;
  added: string;
  gone: string;
  total: string;
  /** A cell of the matrix: customers and their revenue now. Facts: count (a number), revenue (money as text). */
  cell: string;
  movers: string;
  /** The movers' revenue at the earlier run (they are ordered by it) and now. */
  revenueThen: string;
  moved: string;
  /**
   * A mover's moves in the language's punctuation. Facts: moves, a list of { classification (its header), from, to
   * (group labels) }, rendered through `{moves, list, …}` with `#` as one move already worded by `move`.
   */
  move: string;
  moves: string;
  noMovers: string;
  /** The movement formula's corner cell. */
  formulaCorner: string;
}

/**
 * Entries typed `string` below that are sentences are templates (src/i18n/template.ts), filled in by `say` (text.ts)
 * with the facts their comment names; the build packs them with the other words.
 */
export interface Catalogue {
  labels: Record<GroupKey, string>;
  /** What to do with each group. */
  actions: Record<GroupKey, string>;
  /** Column headers: each classification's group column, and the columns written beside it. */
  headers: { [C in ClassificationId]: { [V in ValueColumn]?: string } & { group: string } } & { nextStep: string; action: string };
  /** The header of a reason column beside a classification's group column. Facts: header. */
  reasonHeader: string;
  /** Fields as a reader of the language calls them, lower case: 'revenue', 'ventas', '销售额'. */
  fields: Record<ProblemField, string>;
  /** Problem sentences: `{F}` is the capitalised field, `{v}` the quoted value (nothing when blank). */
  problems: Record<ProblemCode, string>;
  /** A cell's value quoted inside a problem sentence, with the space before it where the language has one. Facts: text. */
  quote: string;
  reasons: ReasonTexts;
  /** Where two classifications of a row seem to disagree, why: in brackets after the reason. */
  notes: NoteTexts;
  /** What a cell shows for "not applicable". */
  notApplicable: string;
  nextStep: {
    /** Facts: problem (its sentence). */
    fixData: string;
    keyCustomerLapsed: string;
    /** A valuable customer at risk of leaving (churn risk): a personal call. */
    callAtRisk: string;
    /** Facts: date (as text). */
    by: string;
    review: string;
    /** After the action: why this step comes first, in words ("Why: lapsed key customer (Champions)."). Facts: because. */
    why: string;
    because: {
      close: string;
      lapsed: string;
      /** Facts: who (the RFM segment's label, or tierA below). */
      keyLapsed: string;
      /** Facts: group (Slipping or Likely lost), value (their value over the next `months`, as money text), months. */
      atRisk: string;
      tierA: string;
      /** Facts: touch (the touch's label in lower case). */
      contact: string;
      notInterested: string;
      drain: string;
      /** The value treatment or the stage. Facts: classification (its header), label (the row's group). */
      group: string;
    };
  };
  settingWords: SettingWords;
  /** What a run did not use, said in the summary and the sidebar. */
  runNotes: {
    heading: string;
    /** Facts: scores (the unused scores as text, e.g. "F2, F3"). */
    rfmUnused: string;
    cycleSkipped: string;
    /** Facts: rows (a number). */
    rowsAfterAsOf: string;
  };
  /** The churn model's fit in plain words (the sidebar's preview and the summary sheet), one sentence per line. */
  churnModel: {
    heading: string;
    /** Facts: model (its name), params ("r = 0.52, α = 6.18, a = 0.89, b = 1.61"), customers fitted on (as text). */
    fitted: string;
    /** Facts: params (as text). */
    spend: string;
    /** "a typical customer buys every … weeks; … % of customers are likely lost". Facts: weeks, lostShare (as text). */
    pace: string;
    /** Facts: months (a number), value (money as text), discount (a rate as text). */
    revenue: string;
    /** Spend could not be fitted: needs at least `needs` repeat buyers with a positive spend, has `has` (numbers). */
    noSpend: string;
    /** The spend fit was at its boundary: order values spread too wide for it. */
    spendRejected: string;
  };
  settingErrors: SettingErrorTexts;
  formulaErrors: FormulaErrorTexts;
  /** CUSTOMER_ACTION's answers that are not an action. Facts: problem (its sentence); text (the cell's text). */
  actionFormula: { fixFirst: string; notALabel: string };
  summary: {
    sheetName: string;
    title: string;
    /** Facts: asOf, made (dates as text), customers (a number). */
    about: string;
    colour: string;
    group: string;
    customers: string;
    revenue: string;
    share: string;
    average: string;
    action: string;
    problems: string;
    none: string;
    settings: string;
    chart: string;
    /** The Pareto curve's axes and marks. */
    paretoCustomers: string;
    paretoRevenue: string;
    paretoLine: string;
    /** The column that marks where tier A ends. */
    paretoA: string;
    /** Where tier A ends. Facts: customers, revenue (its shares as text). */
    paretoAEnds: string;
    top: string;
    customer: string;
    tier: string;
    stage: string;
    /** How the next step is chosen: a heading and one line per rule, in order (outcome.ts NEXT_STEP_ORDER). */
    nextStepHeading: string;
    nextStepRules: string[];
  };
  /** The name of the sheet that lists an order log's customers. */
  customerSheet: string;
  menu: { title: string; open: string; rerun: string; clear: string };
  /** The run history (historyPlan.ts): its sheet, the Previous / Changed on columns, movement and movers. */
  history: HistoryTexts;
  /** The sidebar server's sentences. */
  messages: {
    noTable: string;
    noColumns: string;
    nothingToCompute: string;
    onResultsSheet: string;
    busy: string;
    nothingToClear: string;
    cleared: string;
    /** Facts: rows, columns (numbers). */
    applied: string;
    /** An order log: its customers listed on the customer sheet, and the main group beside each order. Facts: customers,
     *  orders (numbers), sheet (its name). */
    appliedLog: string;
    logColumnsNeeded: string;
    applyStopped: string;
    applyNotStarted: string;
    clearStopped: string;
    cellLimit: string;
    columnLimit: string;
    mergedFreeze: string;
    /** Teaching a note its intent (the sidebar's teaching list), and undoing it. Facts: note, label. */
    taught: string;
    /** Facts: note. */
    forgot: string;
    teachEmpty: string;
    /** Facts: max (a number). */
    teachTooLong: string;
    /** Facts: max (a number). */
    teachTooMany: string;
    /** Comparing runs: one of them is no longer in the history. */
    noHistoryRun: string;
  };
}

/** The sidebar page's own words. Labels, reasons, problems, settings and their errors come from the Catalogue. */
export interface SidebarText {
  title: string;
  loading: string;
  refreshing: string;
  notInSheets: string;
  unreachable: string;
  retry: string;
  refresh: string;

  dataHeading: string;
  sheet: string;
  headerRow: string;
  customers: string;
  shape: string;
  shapeCustomers: string;
  shapeOrders: string;
  /** Above an order log's dropdowns: what is derived from them. */
  logHint: string;
  orderRows: string;
  columnsHeading: string;
  notUsed: string;
  /** `{letter}`: the sheet column of a column whose header is blank. */
  blankHeader: string;
  hasOutput: string;

  problemsHeading: string;
  noProblems: string;
  /** `{n}`: all problems in the table. */
  problemTotal: string;
  problemKinds: Record<ProblemCode, string>;
  /** `{row}`: sheet row number. */
  problemRow: string;
  /** `{shown}` of `{total}`. */
  problemsShown: string;
  problemHint: string;

  /** `{fields}`: the missing columns, joined with `or`/`and` words below. */
  needsColumn: string;
  and: string;
  or: string;
  noneChosen: string;

  settingsHeading: string;
  tierHints: Record<'share' | 'count' | 'amount', string>;

  previewHeading: string;
  previewWaiting: string;
  previewInvalid: string;
  previewGroup: string;
  previewCustomers: string;
  previewShare: string;
  /** `{n}` rows. */
  previewProblems: string;
  previewNotApplicable: string;
  previewOthers: string;
  /** Teaching intent: the notes the reader could not read, to set by hand; the taught phrases, to undo. */
  teachHeading: string;
  teachIntro: string;
  teachUnread: string;
  teachRead: string;
  teachNone: string;
  /** {n}: rows with the note. */
  teachRows: string;
  /** {n}: distinct notes left out of the list. */
  teachMore: string;
  teachSet: string;
  teachMatches: string;
  taughtHeading: string;
  /** {n}: rows decided by taught phrases. */
  taughtDecided: string;
  taughtUndo: string;
  teachBusy: string;
  /** `{n}` order rows. */
  previewOrdersWithoutCustomer: string;
  previewOrdersAfterAsOf: string;

  /** Export as SQL: the query for the columns and settings above, for a warehouse (BigQuery) or DuckDB. */
  sqlHeading: string;
  sqlIntro: string;
  sqlDialect: string;
  sqlTable: string;
  /** Until a table name is typed, where the query will be. */
  sqlTableNeeded: string;
  /** Why a typed table name cannot be read; `{part}`: the part of the name at fault. */
  sqlTableErrors: {
    quoted: string;
    control: string;
    partsBigQuery: string;
    partsDuckDb: string;
    emptyPart: string;
    project: string;
    dataset: string;
    table: string;
  };
  sqlFixSettings: string;
  /** `{field}`: the field; `{column}`: the sheet column (a letter) whose header is blank. */
  sqlBlankHeader: string;
  /** `{name}`: a header that two of the chosen columns share. */
  sqlSameHeader: string;
  sqlColumnsHint: string;
  /** `{param}`: @as_of or $as_of; `{date}`: the analysis date of the settings above. */
  sqlParameter: string;
  sqlQuery: string;
  sqlCopy: string;
  sqlCopied: string;
  sqlCopyFailed: string;
  sqlDownload: string;
  sqlGapsHeading: string;
  /**
   * What the query leaves out (src/sql SqlGap codes). `{name}`: a classification, `{fields}`: the columns it lacks.
   */
  sqlGaps: {
    intent_free_text: string;
    not_enough_columns: string;
    reason_sentences: string;
    next_step: string;
    unreadable_values: string;
    duplicate_customers: string;
    log_customer_name: string;
    log_same_day_status: string;
  };

  apply: string;
  clear: string;
  stepReading: string;
  stepClassifying: string;
  stepWriting: string;
  stepClearing: string;
  fixSettings: string;
  /** The run history: comparing two runs, and Clear's choice to keep it. */
  history: {
    heading: string;
    runs: string;
    from: string;
    to: string;
    compare: string;
    classification: string;
    keep: string;
  };
}

/**
 * The local preview's own words (`npm start`, sidebar/preview/): its top bar, formula bar, grid note and the sentences
 * of its own errors, in the user's language. Not part of the add-on: nothing here goes into dist/.
 * `{name}` marks a value filled in where the sentence is shown.
 */
export interface PreviewText {
  /** The browser tab's title. */
  pageTitle: string;
  openFile: string;
  download: string;
  extensions: string;
  /** The Extensions menu's heading when the add-on has not named itself yet. */
  addOn: string;
  spreadsheetLocale: string;
  yourLanguage: string;
  /** The preview's clock: the date Apply and the formulas take as today (blank: the real date). */
  today: string;
  /** `{zone}`: an IANA time zone such as Europe/Madrid. */
  timeZone: string;
  /** The formula bar's input, for screen readers. */
  cellContents: string;
  /** `{example}`: a CUSTOMER_* formula written the way the spreadsheet's locale writes it. */
  formulaHint: string;
  /** Why only some formulas run in the preview (cell tooltips, formula bar tooltip). */
  supported: string;
  /** `{shown}` and `{total}`: row counts, when a long sheet is drawn only in part. */
  rowsShown: string;
  sidebarFrame: string;
  close: string;
  /** `{n}`: a chart series without a header. */
  series: string;

  /** `{name}`: the file's name; `{types}`: the extensions that can be opened (.csv, .tsv, .txt, .xlsx). */
  fileType: string;
  /** `{name}`: the file's name. The file is broken or not a spreadsheet. */
  fileUnreadable: string;
  /** `{mb}`: the largest size accepted, in MB. */
  fileTooLarge: string;
  /** The page lost its server (npm start was stopped). */
  serverGone: string;

  /**
   * Why a formula typed into the grid shows an error code (the cell's tooltip). `{text}`: the part of the formula that
   * could not be read; `{supported}`: the sentence above; `{name}`: a function or sheet name; `{ref}`: an A1
   * reference; `{cell}`: the cell in the way; `{rows}` × `{cols}`: the answer's size; `{locale}`, `{separator}`,
   * `{decimal}`, `{example}`: the spreadsheet locale's formula conventions.
   */
  formulaErrors: {
    parse: string;
    parseNear: string;
    unclosedQuote: string;
    nested: string;
    separators: string;
    unknownFunction: string;
    unknownSheet: string;
    circular: string;
    notReference: string;
    outsideSheet: string;
    spillBlocked: string;
    noRoom: string;
    emptyArray: string;
  };
}
