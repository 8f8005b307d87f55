// What the server answers for a sheet like test/fixtures/customers-en.csv, with a hostile header and hostile cell
// values mixed in: the sidebar must show them as text.
import { descriptorOf } from '../../src/engine/classifications';
import type { ClassificationId as Classification } from '../../src/engine/classifications/needs';
import { PALETTE } from '../../src/engine/palette';
import { DEFAULT_SETTINGS } from '../../src/engine/settings';
import type { ChurnSummary } from '../../src/engine/classify/churn';
import type { AnalyzeResult, PreviewResult, RunRequest } from '../../src/shared/contract';

export const HOSTILE = '<img src=x onerror=alert(1)>';

/**
 * The header of analyzeAnswer() and of the preview's sample sheet (sidebar/preview/sample-customers.csv), as the SQL
 * generator's column mapping.
 */
export const SAMPLE_COLUMNS = {
  customer: 'Customer',
  first_purchase: 'First order',
  last_purchase: 'Last order',
  orders: 'Orders',
  revenue: 'Total spent',
  profit: 'Profit',
  status: 'Status',
  lead_score: 'Lead score',
};

export function analyzeAnswer(overrides: Partial<AnalyzeResult> = {}): AnalyzeResult {
  return {
    ok: true,
    sheetName: 'Customers',
    uiLanguage: 'en',
    headerRow: 1,
    firstDataRow: 2,
    lastDataRow: 501,
    firstColumn: 1,
    lastColumn: 9,
    header: ['Customer', 'First order', 'Last order', 'Orders', 'Total spent', 'Profit', 'Status', 'Lead score', HOSTILE],
    columns: [
      { field: 'customer', column: 0 },
      { field: 'first_purchase', column: 1 },
      { field: 'last_purchase', column: 2 },
      { field: 'orders', column: 3 },
      { field: 'revenue', column: 4 },
      { field: 'profit', column: 5 },
      { field: 'status', column: 6 },
      { field: 'lead_score', column: 7 },
    ],
    logColumns: [
      { field: 'order_date', column: null },
      { field: 'customer', column: 0 },
      { field: 'amount', column: 4 },
      { field: 'profit', column: 5 },
      { field: 'status', column: 6 },
      { field: 'order_id', column: null },
    ],
    shape: 'customers',
    customers: 500,
    orderRows: null,
    locale: 'en_US',
    problemCounts: [
      { code: 'unparseable_money', field: 'revenue', count: 2 },
      { code: 'duplicate_customer', field: 'customer', count: 1 },
    ],
    firstProblems: [
      { row: 14, column: 5, field: 'revenue', value: HOSTILE, code: 'unparseable_money', severity: 'error' },
      { row: 88, column: 5, field: 'revenue', value: 'n/a', code: 'unparseable_money', severity: 'error' },
      { row: 120, column: 1, field: 'customer', value: 'Pine Printing #002', code: 'duplicate_customer', severity: 'warning' },
    ],
    problemTotal: 3,
    available: ['tier', 'profit', 'quadrant', 'lifecycle', 'intent', 'rfm', 'nextContact'],
    settings: { ...DEFAULT_SETTINGS },
    today: '2026-11-02',
    hasOutput: false,
    historyRuns: [],
    ...overrides,
  };
}

const COUNTS: Record<Classification, number[]> = {
  tier: [96, 131, 273],
  profit: [88, 352, 60],
  quadrant: [40, 25, 190, 245],
  lifecycle: [0, 12, 61, 301, 126],
  intent: [71, 94, 120, 83, 132],
  rfm: [60, 71, 44, 22, 30, 55, 38, 61, 20, 49, 50],
  nextContact: [15, 22, 337, 126],
  churn: [210, 160, 130],
};

/** A fitted churn model as the server reports it (the CDNOW MBG/NBD fit). */
export const CHURN_FIT: ChurnSummary = {
  fitted: true,
  model: 'mbgnbd',
  params: { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 },
  spend: { p: 6.25, q: 3.74, gamma: 15.44 },
  spendNeeds: null,
  spendRejected: false,
  customers: 500,
  typicalWeeks: 11.8,
  likelyLostShare: 0.26,
  totalValue: 48210.5,
  months: 12,
  annualDiscount: 0.1,
};

/** A preview for the request's classifications, with the engine's labels and palette. */
export function previewAnswer(request: RunRequest): PreviewResult {
  const classifications = (request.settings.classifications ?? []).map((classification) => {
    const groups = descriptorOf(classification).groups({ rfmPreset: request.settings.rfmPreset ?? 'grid11' });
    const counts = COUNTS[classification];
    const total = counts.reduce((a, b) => a + b, 0);
    return {
      classification,
      groups: groups.map((group, i) => ({
        group,
        color: PALETTE[group],
        customers: counts[i] ?? 0,
        share: total ? (counts[i] ?? 0) / total : 0,
        revenue: (counts[i] ?? 0) * 1000,
      })),
      problems: classification === 'tier' ? 2 : 0,
      notApplicable: 0,
    };
  });
  return {
    ok: true,
    customers: 500,
    orderRows: null,
    ordersWithoutCustomer: 0,
    ordersAfterAsOf: 0,
    notes: [],
    churn: (request.settings.classifications ?? []).includes('churn') ? CHURN_FIT : null,
    teaching: null,
    classifications,
  };
}
