// Runs every classification the columns allow over a customer table, as typed arrays, each through its descriptor
// (classifications/). Answers and reasons are read per row on demand (outcome.ts), so a million rows cost a few sorts
// and linear passes.
import type { RowHistory } from './history';
import type { AbcResult } from './classify/abc';
import type { ChurnResult } from './classify/churn';
import type { LifecycleResult } from './classify/lifecycle';
import type { NextContactResult } from './classify/nextContact';
import type { ProfitSplitResult } from './classify/profitSplit';
import type { BigRule, QuadrantResult } from './classify/quadrant';
import type { RfmResult } from './classify/rfm';
import { COMPUTE_ORDER } from './classifications';
import { availableClassifications, CLASSIFICATION_IDS, fieldsRead, type ClassificationId } from './classifications/needs';
import { FIELD_BIT, type CustomerTable } from './customerTable';
import { INTENT } from './groups';
import type { IntentReading } from './intent';
import type { Settings } from './settings';
import type { TaughtPhrases } from './taught';
import type { Field } from './types';

export interface Classified {
  table: CustomerTable;
  settings: Settings;
  asOf: number;
  /** Chosen and allowed by the columns, in display order. */
  computed: ClassificationId[];
  tier?: AbcResult;
  /** Tier on revenue by the share method: "big" in the quadrant, and "tier A" in the win-back rule. */
  revenueTier?: AbcResult;
  profit?: ProfitSplitResult;
  quadrant?: QuadrantResult;
  bigRule: BigRule;
  lifecycle?: LifecycleResult;
  /** Intent code per row (groups.ts INTENT); INTENT.none without status and lead score columns. */
  intent: Uint8Array;
  /** The reader that read the notes: its cache gives a row's reading again for its reason. */
  readIntent?: (status: string, leadScore: number) => IntentReading;
  /** Phrases the user taught (taught.ts): they win over the reader. */
  taught?: TaughtPhrases;
  /** Rows whose intent a taught phrase decided. */
  taughtRows: number;
  rfm?: RfmResult;
  nextContact?: NextContactResult;
  churn?: ChurnResult;
  /** Per-classification mask of the fields it reads, for problem lookup. */
  masks: Record<ClassificationId, number>;
  /** The run history's Previous / Changed on of each row (history.ts), when the sidebar's server has one. */
  history?: RowHistory;
}

export function classifyCustomers(table: CustomerTable, settings: Settings, asOf: number, taught?: TaughtPhrases): Classified {
  const has = (field: Field) => table.columns[field] !== undefined;
  const computed = availableClassifications(has, settings.tierMetric).filter((id) => settings.classifications.includes(id));
  const masks = {} as Record<ClassificationId, number>;
  for (const id of CLASSIFICATION_IDS) masks[id] = fieldsRead(id, settings.tierMetric).reduce((m, f) => m | FIELD_BIT[f], 0);
  const c: Classified = {
    table,
    settings,
    asOf,
    computed,
    bigRule: settings.bigRule === 'amount' ? { kind: 'amount', amount: settings.bigAmount } : { kind: 'tierA' },
    intent: new Uint8Array(table.n).fill(INTENT.none),
    taught,
    taughtRows: 0,
    masks,
  };
  for (const descriptor of COMPUTE_ORDER) descriptor.compute(c, computed.includes(descriptor.id));
  return c;
}
