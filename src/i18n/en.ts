// English: every word the add-on shows, for the sheet (Catalogue) and the sidebar page (SidebarText).
// English group labels are fixed by DOMAIN.md: users' own formulas compare against them.
import { atOrAboveMean, withinMean } from '../engine/classify/rfm';
import { chanceShown } from '../engine/classify/chance';
import type { Catalogue, SidebarText } from './catalogue';

const METRIC = { revenue: 'revenue', profit: 'profit' } as const;
const days = (value: number) => String(Math.round(value * 10) / 10);
/** English plurals: 1 order, 2 orders; 1 day, 1.5 days. */
const count = (n: number, one: string, many: string) => `${days(n)} ${n === 1 ? one : many}`;
const scoreBand = (score: number) => (score >= 70 ? '≥ 70' : score >= 40 ? '≥ 40, < 70' : '< 40');

export const EN: Catalogue = {
  labels: {
    A: 'A',
    B: 'B',
    C: 'C',
    core: 'Core',
    maintain: 'Maintain',
    drain: 'Drain',
    old_big: 'Old & big',
    new_big: 'New & big',
    new_small: 'New & small',
    old_small: 'Old & small',
    prospect: 'Prospect',
    potential: 'Potential',
    one_time: 'One-time',
    loyal: 'Loyal',
    lapsed: 'Lapsed',
    ready: 'Ready to buy',
    considering: 'Considering',
    not_now: 'Not now',
    not_interested: 'Not interested',
    unknown: 'Unknown',
    champions: 'Champions',
    loyal_customers: 'Loyal Customers',
    potential_loyalist: 'Potential Loyalist',
    recent_customers: 'Recent Customers',
    promising: 'Promising',
    needs_attention: 'Needs Attention',
    about_to_sleep: 'About To Sleep',
    at_risk: 'At Risk',
    cant_lose_them: "Can't Lose Them",
    hibernating: 'Hibernating',
    lost: 'Lost',
    important_value: 'Important: value',
    important_develop: 'Important: develop',
    important_keep: 'Important: keep',
    important_retain: 'Important: win back',
    general_value: 'General: value',
    general_develop: 'General: develop',
    general_keep: 'General: keep',
    general_retain: 'General: win back',
    thank_you: 'Thank-you message',
    usage_follow_up: 'Usage follow-up',
    keep_in_touch: 'Keep in touch',
    win_back: 'Win-back call',
    active: 'Active',
    slipping: 'Slipping',
    likely_lost: 'Likely lost',
  },
  actions: {
    A: 'Give them your best people and first attention: personal contact, priority service, regular reviews.',
    B: 'Grow them towards A: offer more products and a named contact, and find what would make them buy more.',
    C: 'Serve them well at low cost: standard terms, self-service and group offers.',
    core: 'Learn why they stay and invest to keep them: they bring most of the profit.',
    maintain: 'Keep them: they carry the business’s scale. Look for ways to lift their margin.',
    drain: 'They cost more than they return: cut the cost to serve them, reprice, or let them go decisively.',
    old_big: 'Apply your policies firmly and do not grant special terms by habit; keep their number and size in check.',
    new_big: 'Vet them thoroughly and plan the deal in detail before committing: protect yourself against a costly failure.',
    new_small: 'Develop them boldly: win many, then keep the best. They are tomorrow’s profit.',
    old_small:
      'Serve them with open, fair policies and an attentive rep, and keep delivery costs down: together they bring most of the profit.',
    prospect: 'Make yourself known: wider publicity, useful content, an invitation to try.',
    potential: 'Deepen their impression of your brand and push for the first purchase with a concrete offer.',
    one_time: 'Give excellent service after the first purchase to earn the second.',
    loyal: 'Make the most of them: more products, referrals, VIP treatment.',
    lapsed: 'Find out why they left (service, price, process) and win them back with a reason to return.',
    ready: 'Move fast: follow up actively, call, and take them to the next step once they trust you.',
    considering: 'Talk rather than sell: learn their needs and call more often to close the distance.',
    not_now: 'Keep the relationship: record when they expect to buy and keep in touch periodically.',
    not_interested: 'Lower their guard and learn why; record product gaps for development.',
    unknown: 'Qualify them: ask where they stand and note it in the status column.',
    champions: 'Reward them, ask for referrals and reviews, and let them try new products first.',
    loyal_customers: 'Offer more of what they buy and a loyalty programme; ask for referrals.',
    potential_loyalist: 'Offer membership or a loyalty reward and recommend related products.',
    recent_customers: 'Welcome them and help them succeed with their first purchases.',
    promising: 'Build awareness: show them what else you offer with a light, relevant offer.',
    needs_attention: 'Reach out with a limited-time offer based on what they bought before.',
    about_to_sleep: 'Reconnect before you lose them: share useful news and a reason to come back.',
    at_risk: 'Send a personal message and a strong offer: they used to buy a lot.',
    cant_lose_them: 'Call them personally: win them back before a competitor does.',
    hibernating: 'Offer something relevant at low cost to you, or let them rest.',
    lost: 'Try one win-back campaign; if there is no answer, stop spending on them.',
    important_value: 'Keep them delighted: VIP service, a dedicated contact.',
    important_develop: 'Raise their frequency: reminders, bundles, subscriptions.',
    important_keep: 'They buy often but not lately: contact them personally to bring them back.',
    important_retain: 'High value at risk of loss: call them, find out why, make a retention offer.',
    general_value: 'Lift their spending with upgrades and bundles.',
    general_develop: 'Encourage a second and third purchase with simple offers.',
    general_keep: 'Remind them you are there with low-cost messages.',
    general_retain: 'Low priority: include them in broad campaigns only.',
    thank_you: 'Send a thank-you message.',
    usage_follow_up: 'Ask how they are getting on with what they bought.',
    keep_in_touch: 'Send a short, useful note (news, tips, a seasonal greeting): about once a month, never more.',
    win_back: 'Call to find out why they stopped buying and invite them back.',
    active: 'Keep doing what works: thank them and offer what they are likely to buy next.',
    slipping: 'Reach out soon, before they go: a personal note or an offer tied to what they bought.',
    likely_lost: 'Send one win-back message; if there is no answer, stop spending on them. Call the valuable ones first.',
  },
  headers: {
    tier: { group: 'Tier' },
    profit: { group: 'Profit split' },
    quadrant: { group: 'Quadrant' },
    lifecycle: { group: 'Lifecycle' },
    intent: { group: 'Intent' },
    rfm: { group: 'RFM segment', score: 'RFM score' },
    nextContact: { group: 'Next touch', date: 'Next contact' },
    churn: {
      group: 'Churn risk',
      chance: 'Chance active',
      expected: 'Expected orders (next {n} days)',
      orderValue: 'Expected order value',
      value: 'Value (next {m} months)',
    },
    nextStep: 'Next step',
    action: 'Action',
  },
  reasonHeader: (header) => `${header}: why`,
  fields: {
    customer: 'customer',
    first_purchase: 'first purchase',
    last_purchase: 'last purchase',
    orders: 'orders',
    revenue: 'revenue',
    profit: 'profit',
    status: 'status',
    lead_score: 'lead score',
    order_date: 'order date',
    amount: 'amount',
    order_id: 'order id',
  },
  problems: {
    unparseable_money: '{F}{v} is not an amount of money.',
    percent_not_money: '{F}{v} is a percentage, not an amount of money.',
    sheet_error: '{F}{v} is a spreadsheet error; fix the formula or the data it uses.',
    unparseable_date: '{F}{v} is not a date.',
    impossible_date: '{F}{v} is not a real calendar date.',
    unparseable_number: '{F}{v} is not a number.',
    first_after_as_of: '{F}{v} is after the date of the analysis.',
    last_before_first: '{F}{v} is before the first purchase.',
    last_after_as_of: '{F}{v} is after the date of the analysis.',
    orders_negative: '{F}{v} is negative; orders must be 0 or more.',
    orders_not_whole: '{F}{v} is not a whole number of orders.',
    zero_orders_with_revenue: '{F}{v} does not add up: 0 orders but positive revenue.',
    lead_score_out_of_range: '{F}{v} is outside the range 0 to 100.',
    duplicate_customer: '{F}{v} appears more than once; each row is still classified.',
    missing_value: '{F} is blank; this classification needs it.',
    unknown_time_zone: "{F} cannot be turned into days: the spreadsheet's time zone{v} is not known here. Choose one in File › Settings.",
    order_without_customer: '{F} is blank: this order joins no customer. Fill in who bought it.',
    no_purchase_in_log: '{F}{v} has only refunds or zero amounts in this log: the purchase is older than the log.',
    refunds_exceed_purchases: '{F}{v}: the refunds are larger than the purchases in this log.',
  },
  quote: (text) => ` "${text}"`,
  reasons: {
    tier_no_positive: (r) => `C: no positive ${METRIC[r.metric]}`,
    tier_amount: (r, k) => `${r.tier}: ${METRIC[r.metric]} ${k.amount(r.value)} ${r.tier === 'C' ? '<' : '≥'} ${k.amount(r.limit)}`,
    tier_share: (r, k) =>
      `${r.tier}: customers ranked above hold ${k.percent(r.share)} of ${METRIC[r.metric]} (${r.tier === 'C' ? '≥' : '<'} ${k.threshold(r.limit)})`,
    tier_count: (r, k) =>
      `${r.tier}: ${count(r.above, 'customer', 'customers')} ranked above, ${k.percent(r.share)} of all (${r.tier === 'C' ? '≥' : '<'} ${k.threshold(r.limit)})`,
    profit_core: (r, k) => `Core: only ${k.percent(r.share)} of customers bring more profit (< ${k.threshold(0.2)})`,
    profit_drain_loss: (r, k) => `Drain: profit is negative (${k.amount(r.profit)})`,
    profit_drain_bottom: (r, k) => `Drain: only ${k.percent(r.share)} of customers bring less profit (< ${k.threshold(0.2)})`,
    profit_maintain: (r, k) =>
      `Maintain: neither in the top ${k.threshold(0.2)} nor ${r.rule === 'bottom20' ? `in the bottom ${k.threshold(0.2)}` : 'a loss'} (profit ${k.amount(r.profit)})`,
    quadrant: (r, k) => {
      const old = r.group === 'old_big' || r.group === 'old_small';
      const big = r.group === 'old_big' || r.group === 'new_big';
      const size =
        r.bigRule.kind === 'tierA'
          ? big
            ? 'tier A on revenue'
            : 'not tier A on revenue'
          : `revenue ${big ? '≥' : '<'} ${k.amount(r.bigRule.amount)}`;
      return `${k.label(r.group)}: customer for ${count(r.tenure, 'day', 'days')} (${old ? '≥' : '<'} ${r.tenureDays}), ${size}`;
    },
    quadrant_no_purchase: () => 'no purchase yet',
    lapsed_cycle: (r) =>
      r.cycle >= 1
        ? `Lapsed: quiet ${count(r.since, 'day', 'days')}, ${Math.round(r.since / r.cycle)}× their usual ${days(r.cycle)}-day cycle (cut-off ${days(r.limit)} days)`
        : `Lapsed: quiet ${count(r.since, 'day', 'days')}, though they used to buy within days (cut-off ${days(r.limit)} days)`,
    lapsed_window: (r) => `Lapsed: quiet ${count(r.since, 'day', 'days')} (cut-off ${r.lapseDays} days)`,
    prospect: (r, k) =>
      `Prospect: no orders${r.intent ? `, intent ${k.label(r.intent)}` : ''}${r.score === r.score ? `, lead score ${r.score} (< 60)` : ''}`,
    potential: (r, k) => `Potential: no orders yet, but ${r.intent ? `intent ${k.label(r.intent)}` : `lead score ${r.score} (≥ 60)`}`,
    one_time: (r) => `One-time: 1 order${r.since === r.since ? `, ${count(r.since, 'day', 'days')} ago` : ''}`,
    loyal: (r) =>
      `Loyal: ${count(r.orders, 'order', 'orders')}${r.since === r.since ? `, the last ${count(r.since, 'day', 'days')} ago` : ''}`,
    intent_text: (r, k) => `${k.label(r.intent)}: the note says "${r.cue}"`,
    intent_conflict: (r, k) => `${k.label(r.intent)}: the note says both ${r.words.map((w) => `"${w}"`).join(' and ')}: ask the customer`,
    intent_score: (r, k) => `${k.label(r.intent)}: the note does not say; lead score ${r.score} (${scoreBand(r.score)})`,
    intent_taught: (r, k) => `${k.label(r.intent)}: you taught this note`,
    intent_none: (r, k) => `${k.label(r.intent)}: no recognisable note and no lead score: ask the customer`,
    rfm_none: () => '—: no purchase, no RFM',
    rfm_grid: (r, k) =>
      `${k.label(r.segment)}: R${r.r} F${r.f} M${r.m} (${count(r.days, 'day', 'days')} ago, ${count(r.orders, 'order', 'orders')}); R-FM = ${r.r}${(r.f + r.m + 1) >> 1}`,
    rfm_class8: (r, k) =>
      `${k.label(r.segment)}: bought ${count(r.days, 'day', 'days')} ago (mean ${Math.round(r.meanDays)}, ${withinMean(r.days, r.meanDays) ? 'near' : 'far'}), ` +
      `${count(r.orders, 'order', 'orders')} (mean ${Math.round(r.meanOrders * 10) / 10}, ${atOrAboveMean(r.orders, r.meanOrders) ? 'frequent' : 'rare'}), ` +
      `revenue ${k.amount(r.revenue)} (${atOrAboveMean(r.revenue, r.meanRevenue) ? 'high' : 'low'})`,
    contact: (r, k) => {
      const due = k.date(r.due);
      const span = `(${k.date(r.last)} → ${due})`;
      if (r.touch === 'win_back') return `Win-back call: the customer has lapsed, due now (${due})`;
      if (r.touch === 'thank_you') return `Thank-you: 2 days after the last order ${span}`;
      if (r.touch === 'usage_follow_up') return `Usage follow-up: 7 days after the last order ${span}`;
      return `Keep in touch: every 30 days from the last order ${span}`;
    },
    contact_none: () => '—: no purchase, no contact scheduled',
    churn: (r, k) => {
      const cut =
        r.group === 'active'
          ? `≥ ${k.threshold(r.active)}`
          : r.group === 'likely_lost'
            ? `< ${k.threshold(r.lost)}`
            : `${k.threshold(r.lost)}–${k.threshold(r.active)}`;
      const history =
        r.orders > 1
          ? `buys every ~${r.cycle >= 1 ? k.count(r.cycle) : '1'} ${r.cycle >= 1.5 ? 'days' : 'day'}, quiet for ${k.count(r.since)}`
          : `bought once, ${count(Math.round(r.since), 'day', 'days')} ago`;
      return `${k.label(r.group)}: ${k.threshold(chanceShown(r))} chance still active (${cut}); ${history}`;
    },
    churn_not_ready: (r) =>
      r.reason === 'too_few_customers'
        ? `—: too few customers to fit the churn model (needs at least ${r.needs}, has ${r.has})`
        : `—: not enough repeat purchases to fit (needs at least ${r.needs} customers who bought twice, has ${r.has === 0 ? 'none' : r.has})`,
    churn_no_purchase: () => '—: no purchase yet, no churn risk',
    churn_no_dates: () => '—: needs the first and last purchase dates',
  },
  notes: {
    key_customer: (n, k) => `${n.segment ? k.label(n.segment) : 'tier A'} by value: call first`,
    quieter_than_most: (n, k) => `quieter than most customers: RFM ${k.label(n.segment)}`,
    past_own_cycle: () => 'recent next to other customers, but past their own buying cycle: Lapsed',
    loses_money: () => 'but loses money: see Profit split',
    cycle_unknown: () => 'own buying cycle unknown without a first purchase date',
  },
  notApplicable: '—',
  nextStep: {
    fixData: (problem) => `Fix the data: ${problem}`,
    keyCustomerLapsed: 'Call them personally: find out why they stopped buying and win them back.',
    callAtRisk: 'Call them personally: a valuable customer is drifting away; ask how it is going and give them a reason to stay.',
    by: (date) => ` (by ${date})`,
    review: 'Review this customer: add revenue, orders or dates so they can be classified.',
    why: (because) => ` Why: ${because}.`,
    because: {
      close: 'the note says they are ready to buy',
      lapsed: 'lapsed',
      keyLapsed: (who) => `lapsed key customer (${who})`,
      atRisk: (group, value, months) => `${group}, worth ${value} in the next ${months} months (top fifth by value)`,
      tierA: 'tier A',
      contact: (touch) => `${touch.toLowerCase()} due this week`,
      notInterested: 'the note says they are not interested',
      drain: 'they cost more than they bring (negative profit)',
      group: (classification, label) => `${label} (${classification})`,
    },
  },
  churnModel: {
    heading: 'Churn risk and value: the model',
    fitted: (model, params, customers) => `${model} fitted on ${customers} customers: ${params}.`,
    spend: (params) => `Order value (Gamma-Gamma): ${params}.`,
    pace: (weeks, lostShare) => `A typical customer buys every ${weeks} weeks while active; ${lostShare} of customers are likely lost.`,
    revenue: (months, value, discount) => `Expected revenue in the next ${months} months: ${value} (discounted at ${discount} a year).`,
    noSpend: (needs, has) =>
      `Order value: too few repeat buyers with a positive revenue for the spend model (needs at least ${needs}, has ${has}); each customer's own mean order value is used.`,
    spendRejected:
      "Order value: order values vary too widely for the spend model (Gamma-Gamma); each customer's own mean order value is used.",
  },
  settingErrors: {
    one_of: (e, name) => `${name} must be one of ${e.options.map((o) => `"${o}"`).join(', ')}.`,
    number_between: (e, name, _w, k) =>
      `${name} must be a whole number of days from ${k.amount(e.min)} to ${k.amount(e.max)}, for example 365.`,
    not_a_number: (_e, name) => `${name} must be a number of 0 or more.`,
    fraction_between: (e, name, w, k) =>
      `${name} must be between ${typeof e.min === 'number' ? k.amount(e.min) : `${w.tierA} (${k.amount(e.min.tierA)})`} and ${k.amount(e.max)}, ` +
      `as a fraction or a percentage, for example ${k.amount(e.example)} or ${k.threshold(e.example)}; got ${k.amount(e.got)}.`,
    amount_needs_both: (_e, _name, w) =>
      `With the fixed amount method, give both ${w.tierA} (the amount for A) and ${w.tierB} (the amount for B), with A ≥ B > 0.`,
    amount_order: (e, _name, w, k) =>
      `With the fixed amount method, ${w.tierA} must be at least ${w.tierB}, and ${w.tierB} above 0 (got ${k.amount(e.tierA)} and ${k.amount(e.tierB)}).`,
    not_settings: () => 'The settings must be an object of named settings.',
    as_of: (_e, name) => `${name} must be a date, for example 2026-11-01.`,
    whole_between: (e, name, _w, k) =>
      `${name} must be a whole number from ${k.count(e.min)} to ${k.count(e.max)}, for example ${k.count(e.example)}.`,
  },
  formulaErrors: {
    as_of: (f) => `as_of must be a date: a date cell or a text like 2026-11-22 (got "${f.got}").`,
    not_a_number: (f) => `${f.name} must be a number (got "${f.got}").`,
    threshold_amount: (f) => `${f.name} must be an amount of money above 0 for the amount method (got ${f.got}).`,
    threshold_fraction: (f) => `${f.name} must be a fraction between 0 and 1 for the ${f.method} method, e.g. 0.8 (got ${f.got}).`,
    single_column: (f) => `${f.name} must be a single column (it has ${f.width} columns): give one column, e.g. E2:E501.`,
    table_needed: (f) => `${f.name} must be a range with a header row and at least one row of data, e.g. A1:H501.`,
    same_height: (f) =>
      `${f.first} has ${f.firstRows} rows but ${f.other} has ${f.otherRows}: give ranges of the same height (e.g. both rows 2 to 501).`,
    one_of: (f) => `${f.name} must be one of ${f.options.map((o) => `"${o}"`).join(', ')} (got "${f.got}").`,
    no_header: (f) =>
      `${f.name} must start with a header row naming its columns (e.g. Customer, First order, Last order, Orders, Revenue, Profit, Status).`,
    settings: (f) => f.message,
    unexpected: (f) => `Customer segments could not compute this: ${f.message}`,
  },
  actionFormula: {
    fixFirst: (problem) => `Fix the data first: ${problem}`,
    notALabel: (text) => `"${text}" is not a label of this add-on.`,
  },
  summary: {
    sheetName: 'Segments',
    title: 'Customer segments: summary',
    about: (asOf, n, made, k) => `As of ${asOf} · ${k.count(n)} ${n === 1 ? 'customer' : 'customers'} · made ${made}`,
    colour: 'Colour',
    group: 'Group',
    customers: 'Customers',
    revenue: 'Revenue',
    share: 'Revenue share',
    average: 'Per customer',
    action: 'What to do',
    problems: '⚠ Data to fix',
    none: '— Not applicable',
    settings: 'Settings used',
    chart: 'Pareto curve: share of revenue held by the top customers',
    paretoCustomers: 'Share of customers, highest revenue first',
    paretoRevenue: 'Share of revenue',
    paretoLine: '80% of revenue',
    paretoA: 'Where tier A ends',
    paretoAEnds: (customers, revenue) => `Tier A ends here: ${customers} of customers, ${revenue} of revenue`,
    top: 'Top customers by revenue',
    customer: 'Customer',
    tier: 'Tier',
    stage: 'Lifecycle',
    nextStepHeading: 'How the next step is chosen (the first that applies)',
    nextStepRules: [
      '1. Data to fix: fix it first.',
      '2. The note says ready to buy: close the sale.',
      '3. Churn risk Slipping or Likely lost, and among the fifth most valuable (value in the next months): a personal call.',
      '4. Lapsed: win them back; a key customer (best RFM segment or tier A) with a personal call.',
      '5. A thank-you, follow-up or regular touch due within a week: that touch.',
      '6. The note says not interested: find out why.',
      '7. Negative profit: cut the cost to serve them.',
      '8. Otherwise by value: the RFM segment for the best customers and the valuable ones slipping away, else the quadrant, else the tier.',
      '9. Never bought: by their stage or intent.',
    ],
  },
  runNotes: {
    heading: 'What this run did not use',
    rfmUnused: (scores) => `RFM scores no customer got: ${scores} (tied customers share a score, so some scores stay empty).`,
    cycleSkipped: 'No first purchase column: each customer’s own buying cycle is unknown, so only the lapse window decides Lapsed.',
    rowsAfterAsOf: (rows) => `${rows} ${rows === 1 ? 'row dated' : 'rows dated'} after the analysis date left out.`,
  },
  settingWords: {
    classifications: {
      tier: 'Value tier (ABC)',
      profit: 'Profit split 20/60/20',
      quadrant: 'Old/new × big/small',
      lifecycle: 'Lifecycle',
      intent: 'Purchase intent',
      rfm: 'RFM segments',
      nextContact: 'Next contact',
      churn: 'Churn risk and value',
    },
    computeHeading: 'What to compute',
    mainGrouping: 'Colour rows by',
    tierPreset: 'Tier thresholds',
    tierPresets: {
      '80/95': 'A: top 80% of revenue, B: next 15%',
      '70/90': 'A: top 70% of revenue, B: next 20%',
      'count 20/30/50': 'A: top 20% of customers, B: next 30%',
      custom: 'Custom…',
    },
    tierMethod: 'Method',
    tierMethods: { share: 'Share of the total', count: 'Share of customers', amount: 'Fixed amount' },
    tierA: 'A threshold',
    tierB: 'B threshold',
    tierMetric: 'Rank tiers by',
    tierMetrics: { revenue: 'Revenue', profit: 'Profit' },
    profitRule: 'Drain customers',
    profitRules: { loss: 'Those who lose money', bottom20: 'The bottom 20% by profit' },
    tenureDays: 'Old customer after (days)',
    bigRule: 'Big customer',
    bigRules: { tierA: 'Tier A by revenue', amount: 'Revenue of at least…' },
    bigAmount: 'Amount',
    lapseDays: 'Lapsed after at most (days without buying)',
    lapseHelp:
      'A customer with 3 or more orders lapses earlier when quiet for 3 times their own buying cycle (at least 30 days); each Lapsed reason shows the cut-off used.',
    rfmPreset: 'RFM model',
    rfmPresets: { grid11: '11 segments (R × FM grid)', class8: '8 classes (above/below average)' },
    churnModel: 'Churn model',
    churnModels: { mbgnbd: 'Modified BG/NBD (default)', bgnbd: 'BG/NBD' },
    churnActive: 'Active from (chance still active)',
    churnLost: 'Likely lost below (chance still active)',
    churnDays: 'Expected orders over (days)',
    valueMonths: 'Value over (months)',
    annualDiscount: 'Annual discount rate',
    asOf: 'Analysis date',
    language: 'Language of the results',
    languages: { en: 'English', es: 'Español', zh: '中文' },
    settings: 'Settings',
  },
  customerSheet: 'Customers',
  menu: { title: 'Customer segments', open: 'Open sidebar', rerun: 'Re-run the last classification', clear: 'Clear the classification' },
  messages: {
    noTable: 'No customer table found on this sheet: it needs a header row (Customer, Revenue, Last order…) with data below.',
    noColumns: 'The header row names no column we can use: choose the columns in the dropdowns.',
    nothingToCompute: 'Nothing to compute: tick at least one classification that the chosen columns allow.',
    onResultsSheet:
      'This sheet holds the results of a classification. Open the sheet you classified to run it again; Clear removes the results.',
    busy: 'Another classification is running on this spreadsheet. Try again in a moment.',
    nothingToClear: 'There is no classification on this sheet to clear.',
    cleared: 'Cleared: the columns, colours and summary sheet the add-on added are gone.',
    applied: (rows, columns, k) =>
      `Done: ${k.count(rows)} ${rows === 1 ? 'customer' : 'customers'} classified in ${columns} new columns, with a summary sheet.`,
    appliedLog: (customers, orders, sheet, k) =>
      `Done: ${k.count(customers)} ${customers === 1 ? 'customer' : 'customers'} from ${k.count(orders)} ${orders === 1 ? 'order' : 'orders'}, listed on the "${sheet}" sheet; each order shows its customer's group, with a summary sheet.`,
    logColumnsNeeded: 'An order log needs its order date, customer and amount columns: choose them in the dropdowns.',
    applyStopped: 'Apply stopped part way because Google Sheets refused a change; Clear removes what it had written.',
    applyNotStarted: 'Apply changed nothing: Google Sheets refused its first change.',
    clearStopped: 'Clear stopped part way because Google Sheets refused a change; run Clear again to finish.',
    cellLimit: 'The spreadsheet would go past Google Sheets’ limit of 10 million cells: delete unused rows, columns or sheets first.',
    columnLimit: 'The sheet would go past Google Sheets’ limit of 18,278 columns.',
    mergedFreeze: 'Merged cells cross the header row, so it cannot be frozen: unmerge them first.',
    taught: (note, label) => `Taught: "${note}" is ${label}, here and in every formula of this spreadsheet.`,
    forgot: (note) => `Forgotten: "${note}" is read by the add-on again.`,
    teachEmpty: 'That note has no words to teach.',
    teachTooLong: (max) => `That note is too long to teach: a taught phrase has at most ${max} characters.`,
    teachTooMany: (max) => `This spreadsheet already has ${max} taught phrases, the most it keeps: undo some first.`,
  },
};

export const EN_SIDEBAR: SidebarText = {
  title: 'Customer segments',
  loading: 'Reading the sheet…',
  refreshing: 'Refreshing…',
  notInSheets: 'This page works inside Google Sheets: open it from Extensions › Customer segments.',
  unreachable: 'The add-on did not answer. Check your connection and reopen the sidebar.',
  retry: 'Try again',
  refresh: 'Read again',

  dataHeading: 'Data',
  sheet: 'Sheet',
  headerRow: 'Header row',
  customers: 'Customers',
  shape: 'Layout',
  shapeCustomers: 'One row per customer',
  shapeOrders: 'Order log (one row per order)',
  logHint:
    'Each customer’s first and last purchase, orders and revenue are worked out from their orders; refunds count against revenue, never as a purchase.',
  orderRows: 'Orders',
  columnsHeading: 'Columns',
  notUsed: '— not used —',
  blankHeader: 'Column {letter}',
  hasOutput: 'This sheet already has results. Apply replaces them.',

  problemsHeading: 'Problems',
  noProblems: 'No problems found.',
  problemTotal: 'Problems found: {n}',
  problemKinds: {
    unparseable_money: 'Not an amount',
    percent_not_money: 'A percentage, not an amount',
    sheet_error: 'Spreadsheet error',
    unparseable_date: 'Not a date',
    impossible_date: 'Impossible date',
    unparseable_number: 'Not a number',
    first_after_as_of: 'First purchase after the analysis date',
    last_before_first: 'Last purchase before the first',
    last_after_as_of: 'Last purchase after the analysis date',
    orders_negative: 'Negative orders',
    orders_not_whole: 'Orders not a whole number',
    zero_orders_with_revenue: 'Revenue without orders',
    lead_score_out_of_range: 'Score outside 0–100',
    duplicate_customer: 'Customer listed twice',
    missing_value: 'Missing value',
    unknown_time_zone: 'Time zone not known',
    order_without_customer: 'Order without a customer',
    no_purchase_in_log: 'Only refunds in the log',
    refunds_exceed_purchases: 'Refunds larger than purchases',
  },
  problemRow: 'Row {row}',
  problemsShown: 'The first {shown} of {total}.',
  problemHint: 'Click a problem to go to its cell.',

  needsColumn: 'Needs a column for {fields}',
  and: 'and',
  or: 'or',
  noneChosen: 'Choose at least one classification.',

  settingsHeading: 'Settings',
  tierHints: {
    share: 'Fractions of the total, e.g. 0.8 and 0.95, or percentages: 80% and 95%.',
    count: 'Fractions of customers, e.g. 0.2 and 0.5, or percentages: 20% and 50%.',
    amount: 'Amounts: A from the first, B from the second.',
  },

  previewHeading: 'Preview',
  previewWaiting: 'Working out the groups…',
  previewInvalid: 'Fix the settings above to see the preview.',
  previewGroup: 'Group',
  previewCustomers: 'Customers',
  previewShare: 'Revenue',
  previewProblems: 'With a problem: {n}',
  previewNotApplicable: 'Not applicable: {n}',
  previewOthers: 'Other classifications',
  teachHeading: 'Teach intent',
  teachIntro:
    'Notes the add-on could not read, most frequent first. Set what each one means: it decides those notes here, on Apply and in every formula of this spreadsheet.',
  teachUnread: 'Not read',
  teachRead: 'Read (check)',
  teachNone: 'Every note was read: nothing to teach.',
  teachRows: '{n} rows',
  teachMore: '{n} more notes not listed.',
  teachSet: 'Means…',
  teachMatches:
    'A taught phrase also matches the same note with other capitals, accents, punctuation, spacing or numbers (dates, quantities, prices), not other words.',
  taughtHeading: 'Taught phrases',
  taughtDecided: 'Taught phrases decided {n} rows.',
  taughtUndo: 'Undo',
  teachBusy: 'Saving…',
  previewOrdersWithoutCustomer: 'Orders without a customer (not counted, see Problems): {n}',
  previewOrdersAfterAsOf: 'Orders after the analysis date (left out): {n}',

  sqlHeading: 'Export as SQL',
  sqlIntro:
    'For data past what a sheet holds: one query that gives every customer of a BigQuery or DuckDB table the same groups as Apply, with the columns and settings above. Its answers are the English labels. The add-on only writes the query; it connects to nothing.',
  sqlDialect: 'Dialect',
  sqlTable: 'Table or view',
  sqlTableNeeded: 'Type the name of the table that holds this data to see its query.',
  sqlTableErrors: {
    quoted: 'Type the name without backticks or quotes: the query adds them.',
    control: 'The name holds a line break or another invisible character.',
    partsBigQuery: 'Name the dataset too, and the project unless it is the default one: dataset.table or project.dataset.table.',
    partsDuckDb: 'At most three parts: table, schema.table or database.schema.table.',
    emptyPart: 'A part of the name is empty: check the dots.',
    project:
      '“{part}” is not a BigQuery project ID: 6 to 30 lowercase letters, digits and hyphens, starting with a letter, e.g. my-project-123.',
    dataset: '“{part}” is not a BigQuery dataset name: letters, digits and underscores only, e.g. sales_2026.',
    table: '“{part}” is not a BigQuery table name: letters, digits, spaces, underscores and dashes, at most 1,024 bytes.',
  },
  sqlFixSettings: 'Fix the settings above to see the query.',
  sqlBlankHeader:
    'The column chosen for {field} (column {column}) has no header: type the name it has in your warehouse into its header cell.',
  sqlSameHeader: 'Two of the chosen columns are both headed “{name}”, and a table cannot have two columns of one name: rename one.',
  sqlColumnsHint: 'Each column is read by its header in this sheet; if your warehouse names one differently, change it in the query.',
  sqlParameter: 'One parameter, {param}: the analysis date, a DATE ({date} above). Every “days since” counts from it.',
  sqlQuery: 'SQL query',
  sqlCopy: 'Copy',
  sqlCopied: 'Copied.',
  sqlCopyFailed: 'This browser did not let the page copy: the query is selected, press Ctrl+C (⌘C on a Mac).',
  sqlDownload: 'Download .sql',
  sqlGapsHeading: 'Not in the query',
  sqlGaps: {
    intent_free_text:
      'Free-text notes: the status column counts only where it holds an intent label (Ready to buy, Considering…, in any of the three languages); other notes fall to the lead score. Lifecycle’s Prospect and Potential follow from that.',
    not_enough_columns: '{name}: there is no column for {fields}.',
    reason_sentences: 'Reasons in words: each reason is a code and its numbers.',
    next_step: 'The next step and the action to take.',
    unreadable_values:
      'Unreadable cells: a warehouse column is typed, so a value that did not load is empty. The other checks stay: the answer is then empty and the reason says ⚠ and why.',
    duplicate_customers: 'The warning for a customer listed twice: both rows are classified.',
    log_customer_name:
      'The name shown for a customer: one name in any capitals is one customer; the query shows its first spelling in alphabetical order, the sheet that of its first row.',
    log_same_day_status: 'Two notes on a customer’s last day: the sheet takes the lower row, the query the last in alphabetical order.',
  },

  apply: 'Apply',
  clear: 'Clear',
  stepReading: 'Reading the sheet…',
  stepClassifying: 'Classifying…',
  stepWriting: 'Writing columns…',
  stepClearing: 'Removing what the add-on added…',
  fixSettings: 'Fix the highlighted settings first.',
};

/** The local preview's own words (npm start): its top bar, formula bar and errors. */
export const EN_PREVIEW: import('./catalogue').PreviewText = {
  pageTitle: 'Customer segments · local preview',
  openFile: 'Open file…',
  download: 'Download .xlsx',
  extensions: 'Extensions',
  addOn: 'Add-on',
  spreadsheetLocale: 'Spreadsheet locale',
  yourLanguage: 'Your language',
  timeZone: 'Time zone: {zone}',
  cellContents: 'Cell contents',
  formulaHint: "Only the add-on's CUSTOMER_* functions run here, e.g. {example}",
  supported: "The local preview evaluates only the add-on's CUSTOMER_* functions, with ranges, numbers, text and TRUE/FALSE as arguments.",
  rowsShown: 'Showing the first {shown} of {total} rows; the add-on works on all of them.',
  sidebarFrame: 'Add-on sidebar',
  close: 'Close',
  series: 'Series {n}',

  fileType: '{name}: only {types} files can be opened.',
  fileUnreadable: '{name} could not be read as a spreadsheet.',
  fileTooLarge: 'The file is larger than {mb} MB.',
  serverGone: 'The preview does not answer: check that `npm start` is still running, then reload the page.',

  formulaErrors: {
    parse: 'Formula parse error. {supported}',
    parseNear: 'Formula parse error near {text}.',
    unclosedQuote: 'Formula parse error: a text argument has no closing quote.',
    nested: 'Nested formulas and operators are not supported here ({text}). {supported}',
    separators:
      "Formula parse error near {text}. In this spreadsheet's locale ({locale}) arguments are separated by “{separator}” and decimals are written with “{decimal}”, e.g. {example}",
    unknownFunction: 'Unknown function: {name}. {supported}',
    unknownSheet: "Unresolved sheet name '{name}'.",
    circular: 'Circular dependency detected: the formula reads its own cell.',
    notReference: 'Not a cell reference: {ref}.',
    outsideSheet: '{ref} lies outside the sheet.',
    spillBlocked: 'Array result was not expanded because it would overwrite data in {cell}.',
    noRoom: 'Result was not automatically expanded, please insert more rows or columns ({rows} × {cols} needed).',
    emptyArray: 'The function returned an empty array.',
  },
};
