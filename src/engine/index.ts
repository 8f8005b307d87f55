// The engine's public surface: what the catalogues, the output builder, the Apps Script layer and the benchmarks use.
// (The sidebar page imports only the dependency-free modules: types, groups, classifications/needs, settings.)
export * from './types';
export * from './groups';
export * from './reasons';
export { DESCRIPTORS, descriptorOf, type Descriptor, type NumberColumn, type ValueColumn } from './classifications';
export {
  CLASSIFICATION_IDS,
  NEEDS,
  availableClassifications,
  missingFields,
  type ClassificationId,
  type TierMetric,
} from './classifications/needs';
export { abcTiers, type AbcOptions, type AbcResult, type AbcMethod, type AbcMetric } from './classify/abc';
export type { ProfitRule } from './classify/profitSplit';
export type { BigRule } from './classify/quadrant';
export type { RfmPreset } from './classify/rfm';
export { readCustomerTable, type CustomerTable } from './customerTable';
export { aggregateOrderLog } from './orderLog';
export { classifyCustomers, type Classified } from './classifyCustomers';
export { outcome, groupOf, nextStep, problemOf } from './outcome';
export { paretoCurve, summarize, type ClassificationSummary, type GroupSummary, type ParetoCurve } from './summary';
export { segmentValues, type Segmentation, type SegmentOptions } from './segment';
export type { RunNote } from './runNotes';
export { NEXT_STEP_ORDER } from './outcome';
export { churnSummary, type ChurnSummary } from './classify/churn';
export type { ReasonNote } from './agreement';
export {
  parseSettings,
  presetOf,
  DEFAULT_SETTINGS,
  DEFAULT_CLASSIFICATIONS,
  TIER_PRESETS,
  TIER_DEFAULTS,
  type Settings,
  type SettingsInput,
  type SettingError,
  type TierPreset,
} from './settings';
export { PALETTE, PROBLEM_COLOR, colorOf } from './palette';
export { readIntent, createIntentReader, type IntentReading } from './intent';
export { teachingKey, withTaught, TAUGHT_INTENTS, type TaughtIntent, type TaughtPhrases } from './taught';
export { detectColumns, type HeaderMatch } from './headers';
export { cjkConcepts, STATUS, wordConcepts } from './headerLexicon';
export { findTable, type TableLocation } from './findTable';
export { cellToText, normalizeText } from './text';
export * from './parse/columns';
export { resolveAsOf, type AsOfResult } from './asOf';
export {
  parseAsOf,
  formatDayNumber,
  dayNumberOfDate,
  dateOfDayNumber,
  dayNumberOfYmd,
  isKnownTimeZone,
  ymdOfDayNumber,
} from './parse/dates';
export {
  advance,
  customerKeys,
  decodeStates,
  encodeStates,
  isUrgentDrop,
  movement,
  NO_STATE,
  stateOf,
  type Drop,
  type GroupState,
  type Movement,
  type MovementCell,
  type RowHistory,
  type RunLabels,
} from './history';
