// Lifecycle stages (DOMAIN.md §4), checked in order: Lapsed, Prospect, Potential, One-time, Loyal.
import type { LifecycleGroup } from '../groups';
import type { Language } from '../types';

export const LIFECYCLE_KEYS: readonly LifecycleGroup[] = ['prospect', 'potential', 'one_time', 'loyal', 'lapsed'];
export const LC_PROSPECT = 0;
export const LC_POTENTIAL = 1;
export const LC_ONE_TIME = 2;
export const LC_LOYAL = 3;
export const LC_LAPSED = 4;
export const NO_LIFECYCLE = 5;

/** Intent codes as stored per row (index into INTENT_GROUPS). */
export const INTENT_READY = 0;
export const INTENT_CONSIDERING = 1;

/** Below this lead score a customer with no orders and no warm intent is only a prospect (DOMAIN.md §4.2). */
const PROSPECT_SCORE_LIMIT = 60;
/** The own-cycle rule never fires before a month has passed: weekly buyers are not lapsed after three weeks off. */
const MIN_CYCLE_GAP_DAYS = 30;
const CYCLE_MULTIPLE = 3;

export interface LifecycleInput {
  orders: ArrayLike<number>;
  firstPurchase: ArrayLike<number>;
  lastPurchase: ArrayLike<number>;
  /** Intent code per row (INTENT_GROUPS order); 255 when no status column. */
  intent: Uint8Array;
  leadScore: ArrayLike<number>;
  asOf: number;
  lapseDays: number;
}

/** Which rule made a lapsed customer lapsed, kept for the reason. */
export const LAPSE_BY_WINDOW = 1;
export const LAPSE_BY_CYCLE = 2;

export interface LifecycleResult {
  groups: Uint8Array;
  lapseRule: Uint8Array;
}

/** The row's stage; NaN orders (a problem) gives NO_LIFECYCLE. A blank last purchase cannot prove lapse: the stage then comes from orders. */
export function lifecycle(input: LifecycleInput): LifecycleResult {
  const { orders, firstPurchase, lastPurchase, intent, leadScore, asOf, lapseDays } = input;
  const n = orders.length;
  const groups = new Uint8Array(n);
  const lapseRule = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const count = orders[i];
    if (count !== count) {
      groups[i] = NO_LIFECYCLE;
      continue;
    }
    if (count >= 1) {
      const since = asOf - lastPurchase[i];
      if (since > lapseDays) {
        groups[i] = LC_LAPSED;
        lapseRule[i] = LAPSE_BY_WINDOW;
        continue;
      }
      if (count >= 3) {
        const cycle = (lastPurchase[i] - firstPurchase[i]) / (count - 1);
        if (since > Math.max(MIN_CYCLE_GAP_DAYS, CYCLE_MULTIPLE * cycle)) {
          groups[i] = LC_LAPSED;
          lapseRule[i] = LAPSE_BY_CYCLE;
          continue;
        }
      }
      groups[i] = count === 1 ? LC_ONE_TIME : LC_LOYAL;
      continue;
    }
    const warm = intent[i] === INTENT_READY || intent[i] === INTENT_CONSIDERING;
    const score = leadScore[i];
    groups[i] = !warm && !(score >= PROSPECT_SCORE_LIMIT) ? LC_PROSPECT : LC_POTENTIAL;
  }
  return { groups, lapseRule };
}

export interface LifecycleFacts {
  group: number;
  lapseRule: number;
  orders: number;
  daysSinceLast: number;
  cycleDays: number;
  lapseDays: number;
  intentLabel: string | null;
  leadScore: number;
}

function days(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function lifecycleReason(f: LifecycleFacts, language: Language): string {
  const since = days(f.daysSinceLast);
  const knownSince = f.daysSinceLast === f.daysSinceLast;
  const score = f.leadScore === f.leadScore ? String(f.leadScore) : null;
  switch (f.group) {
    case LC_LAPSED:
      if (f.lapseRule === LAPSE_BY_CYCLE) {
        const limit = days(Math.max(MIN_CYCLE_GAP_DAYS, CYCLE_MULTIPLE * f.cycleDays));
        const cycle = days(f.cycleDays);
        if (language === 'es') return `Inactivo: ${since} días sin comprar, más de ${limit} (3 × su ciclo de ${cycle} días)`;
        if (language === 'zh') return `流失：已 ${since} 天未购买，超过 ${limit} 天（其购买周期 ${cycle} 天的 3 倍）`;
        return `Lapsed: ${since} days since the last order, more than ${limit} (3 × its ${cycle}-day cycle)`;
      }
      if (language === 'es') return `Inactivo: ${since} días desde la última compra (> ${f.lapseDays})`;
      if (language === 'zh') return `流失：距上次购买 ${since} 天（> ${f.lapseDays}）`;
      return `Lapsed: ${since} days since the last order (> ${f.lapseDays})`;
    case LC_PROSPECT: {
      const intent = f.intentLabel ? (language === 'zh' ? `，意向：${f.intentLabel}` : `, ${language === 'es' ? 'intención' : 'intent'} ${f.intentLabel}`) : '';
      const sc = score ? (language === 'zh' ? `，评分 ${score}（< 60）` : `, ${language === 'es' ? 'puntuación' : 'lead score'} ${score} (< 60)`) : '';
      if (language === 'es') return `Cliente objetivo: sin pedidos${intent}${sc}`;
      if (language === 'zh') return `目标客户：尚无订单${intent}${sc}`;
      return `Prospect: no orders${intent}${sc}`;
    }
    case LC_POTENTIAL: {
      const why = f.intentLabel && !(Number(score) >= 60)
        ? language === 'zh' ? `意向：${f.intentLabel}` : `${language === 'es' ? 'intención' : 'intent'} ${f.intentLabel}`
        : language === 'zh' ? `评分 ${score}（≥ 60）` : `${language === 'es' ? 'puntuación' : 'lead score'} ${score} (≥ 60)`;
      if (language === 'es') return `Potencial: sin pedidos todavía, pero ${why}`;
      if (language === 'zh') return `潜在客户：尚无订单，但${why}`;
      return `Potential: no orders yet, but ${why}`;
    }
    case LC_ONE_TIME: {
      const tail = knownSince ? (language === 'zh' ? `，${since} 天前` : language === 'es' ? `, hace ${since} días` : `, ${since} days ago`) : '';
      if (language === 'es') return `Compra única: 1 pedido${tail}`;
      if (language === 'zh') return `首单客户：1 个订单${tail}`;
      return `One-time: 1 order${tail}`;
    }
    default: {
      const tail = knownSince
        ? language === 'zh' ? `，最近一次在 ${since} 天前` : language === 'es' ? `, el último hace ${since} días` : `, the last ${since} days ago`
        : '';
      if (language === 'es') return `Fiel: ${f.orders} pedidos${tail}`;
      if (language === 'zh') return `忠诚客户：${f.orders} 个订单${tail}`;
      return `Loyal: ${f.orders} orders${tail}`;
    }
  }
}
