// Every string the sidebar shows, per language. The server's own sentences (problem reasons, group labels, result
// messages, settings errors) arrive already translated; this table holds only the page's own words.
import type { Classification } from '../src/engine/groups';
import type { TierPreset } from '../src/engine/settings';
import type { Field, Language, ProblemCode } from '../src/engine/types';

export interface UiText {
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
  columnsHeading: string;
  notUsed: string;
  /** `{letter}`: the sheet column of a column whose header is blank. */
  blankHeader: string;
  fields: Record<Field, string>;
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

  computeHeading: string;
  classifications: Record<Classification, string>;
  /** `{fields}`: the missing columns, joined with `or`/`and` words below. */
  needsColumn: string;
  and: string;
  or: string;
  mainGrouping: string;
  noneChosen: string;

  settingsHeading: string;
  tierPreset: string;
  tierPresets: Record<TierPreset | 'custom', string>;
  tierMethod: string;
  tierMethods: Record<'share' | 'count' | 'amount', string>;
  tierA: string;
  tierB: string;
  tierHints: Record<'share' | 'count' | 'amount', string>;
  tierMetric: string;
  tierMetrics: Record<'revenue' | 'profit', string>;
  profitRule: string;
  profitRules: Record<'loss' | 'bottom20', string>;
  tenureDays: string;
  bigRule: string;
  bigRules: Record<'tierA' | 'amount', string>;
  bigAmount: string;
  lapseDays: string;
  rfmPreset: string;
  rfmPresets: Record<'grid11' | 'class8', string>;
  asOf: string;
  language: string;
  languages: Record<Language, string>;

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

  apply: string;
  clear: string;
  stepReading: string;
  stepClassifying: string;
  stepWriting: string;
  stepClearing: string;
  fixSettings: string;
}

const EN: UiText = {
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
  columnsHeading: 'Columns',
  notUsed: '— not used —',
  blankHeader: 'Column {letter}',
  fields: {
    customer: 'Customer',
    first_purchase: 'First purchase',
    last_purchase: 'Last purchase',
    orders: 'Orders',
    revenue: 'Revenue',
    profit: 'Profit',
    status: 'Status',
    lead_score: 'Lead score',
  },
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
  },
  problemRow: 'Row {row}',
  problemsShown: 'The first {shown} of {total}.',
  problemHint: 'Click a problem to go to its cell.',

  computeHeading: 'What to compute',
  classifications: {
    tier: 'Value tier (ABC)',
    profit: 'Profit split 20/60/20',
    quadrant: 'Old/new × big/small',
    lifecycle: 'Lifecycle',
    intent: 'Purchase intent',
    rfm: 'RFM segments',
    nextContact: 'Next contact',
  },
  needsColumn: 'Needs a column for {fields}',
  and: 'and',
  or: 'or',
  mainGrouping: 'Colour rows by',
  noneChosen: 'Choose at least one classification.',

  settingsHeading: 'Settings',
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
  tierHints: {
    share: 'Fractions of the total, e.g. 0.8 and 0.95.',
    count: 'Fractions of customers, e.g. 0.2 and 0.5.',
    amount: 'Amounts: A from the first, B from the second.',
  },
  tierMetric: 'Rank tiers by',
  tierMetrics: { revenue: 'Revenue', profit: 'Profit' },
  profitRule: 'Drain customers',
  profitRules: { loss: 'Those who lose money', bottom20: 'The bottom 20% by profit' },
  tenureDays: 'Old customer after (days)',
  bigRule: 'Big customer',
  bigRules: { tierA: 'Tier A by revenue', amount: 'Revenue of at least…' },
  bigAmount: 'Amount',
  lapseDays: 'Lapsed after (days without buying)',
  rfmPreset: 'RFM model',
  rfmPresets: { grid11: '11 segments (R × FM grid)', class8: '8 classes (above/below average)' },
  asOf: 'Analysis date',
  language: 'Language of the results',
  languages: { en: 'English', es: 'Español', zh: '中文' },

  previewHeading: 'Preview',
  previewWaiting: 'Working out the groups…',
  previewInvalid: 'Fix the settings above to see the preview.',
  previewGroup: 'Group',
  previewCustomers: 'Customers',
  previewShare: 'Revenue',
  previewProblems: 'With a problem: {n}',
  previewNotApplicable: 'Not applicable: {n}',
  previewOthers: 'Other classifications',

  apply: 'Apply',
  clear: 'Clear',
  stepReading: 'Reading the sheet…',
  stepClassifying: 'Classifying…',
  stepWriting: 'Writing columns…',
  stepClearing: 'Removing what the add-on added…',
  fixSettings: 'Fix the highlighted settings first.',
};

const ES: UiText = {
  title: 'Segmentos de clientes',
  loading: 'Leyendo la hoja…',
  refreshing: 'Actualizando…',
  notInSheets: 'Esta página funciona dentro de Hojas de cálculo de Google: ábrela desde Extensiones › Customer segments.',
  unreachable: 'El complemento no responde. Revisa la conexión y vuelve a abrir el panel.',
  retry: 'Reintentar',
  refresh: 'Volver a leer',

  dataHeading: 'Datos',
  sheet: 'Hoja',
  headerRow: 'Fila de encabezado',
  customers: 'Clientes',
  shape: 'Formato',
  shapeCustomers: 'Una fila por cliente',
  shapeOrders: 'Registro de pedidos (una fila por pedido)',
  columnsHeading: 'Columnas',
  notUsed: '— sin usar —',
  blankHeader: 'Columna {letter}',
  fields: {
    customer: 'Cliente',
    first_purchase: 'Primera compra',
    last_purchase: 'Última compra',
    orders: 'Pedidos',
    revenue: 'Ventas',
    profit: 'Beneficio',
    status: 'Estado',
    lead_score: 'Puntuación',
  },
  hasOutput: 'Esta hoja ya tiene resultados. Al aplicar se reemplazan.',

  problemsHeading: 'Problemas',
  noProblems: 'No se ha encontrado ningún problema.',
  problemTotal: 'Problemas encontrados: {n}',
  problemKinds: {
    unparseable_money: 'Importe no válido',
    percent_not_money: 'Porcentaje en lugar de importe',
    sheet_error: 'Error de la hoja',
    unparseable_date: 'Fecha no válida',
    impossible_date: 'Fecha imposible',
    unparseable_number: 'No es un número',
    first_after_as_of: 'Primera compra posterior a la fecha de análisis',
    last_before_first: 'Última compra anterior a la primera',
    last_after_as_of: 'Última compra posterior a la fecha de análisis',
    orders_negative: 'Pedidos negativos',
    orders_not_whole: 'Pedidos con decimales',
    zero_orders_with_revenue: 'Ventas sin pedidos',
    lead_score_out_of_range: 'Puntuación fuera de 0–100',
    duplicate_customer: 'Cliente repetido',
    missing_value: 'Falta el dato',
    unknown_time_zone: 'Zona horaria desconocida',
  },
  problemRow: 'Fila {row}',
  problemsShown: 'Los primeros {shown} de {total}.',
  problemHint: 'Haz clic en un problema para ir a su celda.',

  computeHeading: 'Qué calcular',
  classifications: {
    tier: 'Nivel de valor (ABC)',
    profit: 'Reparto del beneficio 20/60/20',
    quadrant: 'Antigüedad × tamaño',
    lifecycle: 'Ciclo de vida',
    intent: 'Intención de compra',
    rfm: 'Segmentos RFM',
    nextContact: 'Próximo contacto',
  },
  needsColumn: 'Hace falta una columna de {fields}',
  and: 'y',
  or: 'o',
  mainGrouping: 'Colorear filas según',
  noneChosen: 'Elige al menos una clasificación.',

  settingsHeading: 'Ajustes',
  tierPreset: 'Umbrales de nivel',
  tierPresets: {
    '80/95': 'A: 80 % de las ventas; B: 15 % más',
    '70/90': 'A: 70 % de las ventas; B: 20 % más',
    'count 20/30/50': 'A: 20 % de los clientes; B: 30 % más',
    custom: 'Personalizado…',
  },
  tierMethod: 'Método',
  tierMethods: { share: 'Parte del total', count: 'Parte de los clientes', amount: 'Importe fijo' },
  tierA: 'Umbral de A',
  tierB: 'Umbral de B',
  tierHints: {
    share: 'Fracciones del total, p. ej. 0.8 y 0.95.',
    count: 'Fracciones de clientes, p. ej. 0.2 y 0.5.',
    amount: 'Importes: A desde el primero, B desde el segundo.',
  },
  tierMetric: 'Ordenar niveles por',
  tierMetrics: { revenue: 'Ventas', profit: 'Beneficio' },
  profitRule: 'Clientes lastre',
  profitRules: { loss: 'Los que dan pérdidas', bottom20: 'El 20 % con menos beneficio' },
  tenureDays: 'Cliente antiguo a partir de (días)',
  bigRule: 'Cliente grande',
  bigRules: { tierA: 'Nivel A por ventas', amount: 'Ventas de al menos…' },
  bigAmount: 'Importe',
  lapseDays: 'Inactivo tras (días sin comprar)',
  rfmPreset: 'Modelo RFM',
  rfmPresets: { grid11: '11 segmentos (cuadrícula R × FM)', class8: '8 clases (sobre/bajo la media)' },
  asOf: 'Fecha del análisis',
  language: 'Idioma de los resultados',
  languages: { en: 'English', es: 'Español', zh: '中文' },

  previewHeading: 'Vista previa',
  previewWaiting: 'Calculando los grupos…',
  previewInvalid: 'Corrige los ajustes de arriba para ver la vista previa.',
  previewGroup: 'Grupo',
  previewCustomers: 'Clientes',
  previewShare: 'Ventas',
  previewProblems: 'Con algún problema: {n}',
  previewNotApplicable: 'No aplicable: {n}',
  previewOthers: 'Otras clasificaciones',

  apply: 'Aplicar',
  clear: 'Borrar',
  stepReading: 'Leyendo la hoja…',
  stepClassifying: 'Clasificando…',
  stepWriting: 'Escribiendo las columnas…',
  stepClearing: 'Quitando lo que añadió el complemento…',
  fixSettings: 'Antes, corrige los ajustes marcados.',
};

const ZH: UiText = {
  title: '客户分群',
  loading: '正在读取表格…',
  refreshing: '正在刷新…',
  notInSheets: '此页面需在 Google 表格中使用：请从“扩展程序 › Customer segments”打开。',
  unreachable: '插件没有响应。请检查网络后重新打开侧边栏。',
  retry: '重试',
  refresh: '重新读取',

  dataHeading: '数据',
  sheet: '工作表',
  headerRow: '表头行',
  customers: '客户数',
  shape: '表格类型',
  shapeCustomers: '每行一位客户',
  shapeOrders: '订单流水（每行一笔订单）',
  columnsHeading: '列',
  notUsed: '— 不使用 —',
  blankHeader: '第 {letter} 列',
  fields: {
    customer: '客户',
    first_purchase: '首次购买',
    last_purchase: '最近购买',
    orders: '订单数',
    revenue: '销售额',
    profit: '利润',
    status: '状态',
    lead_score: '评分',
  },
  hasOutput: '此表已有分析结果，应用后会覆盖。',

  problemsHeading: '数据问题',
  noProblems: '未发现问题。',
  problemTotal: '共发现 {n} 个问题',
  problemKinds: {
    unparseable_money: '金额无法识别',
    percent_not_money: '填的是百分比而非金额',
    sheet_error: '单元格错误值',
    unparseable_date: '日期无法识别',
    impossible_date: '日期不存在',
    unparseable_number: '不是数字',
    first_after_as_of: '首次购买晚于分析日期',
    last_before_first: '最近购买早于首次购买',
    last_after_as_of: '最近购买晚于分析日期',
    orders_negative: '订单数为负',
    orders_not_whole: '订单数不是整数',
    zero_orders_with_revenue: '没有订单却有销售额',
    lead_score_out_of_range: '评分不在 0–100 之间',
    duplicate_customer: '客户重复出现',
    missing_value: '缺少数据',
    unknown_time_zone: '无法识别时区',
  },
  problemRow: '第 {row} 行',
  problemsShown: '仅显示前 {shown} 个（共 {total} 个）。',
  problemHint: '点击问题即可跳到对应单元格。',

  computeHeading: '计算内容',
  classifications: {
    tier: '客户价值分级（ABC）',
    profit: '利润贡献分组（20/60/20）',
    quadrant: '新老 × 大小客户',
    lifecycle: '生命周期',
    intent: '购买意向',
    rfm: 'RFM 分群',
    nextContact: '下次联系',
  },
  needsColumn: '需要“{fields}”列',
  and: '和',
  or: '或',
  mainGrouping: '按此分类给行着色',
  noneChosen: '请至少选择一种分类。',

  settingsHeading: '参数',
  tierPreset: '分级标准',
  tierPresets: {
    '80/95': 'A 占销售额前 80%，B 再占 15%',
    '70/90': 'A 占销售额前 70%，B 再占 20%',
    'count 20/30/50': 'A 为前 20% 客户，B 为其后 30%',
    custom: '自定义…',
  },
  tierMethod: '分级方式',
  tierMethods: { share: '按累计占比', count: '按客户比例', amount: '按固定金额' },
  tierA: 'A 类阈值',
  tierB: 'B 类阈值',
  tierHints: {
    share: '填写占总额的比例，如 0.8 和 0.95。',
    count: '填写占客户数的比例，如 0.2 和 0.5。',
    amount: '填写金额：达到第一个为 A，达到第二个为 B。',
  },
  tierMetric: '分级依据',
  tierMetrics: { revenue: '销售额', profit: '利润' },
  profitRule: '拖累客户',
  profitRules: { loss: '亏损的客户', bottom20: '利润最低的 20%' },
  tenureDays: '成为老客户所需天数',
  bigRule: '大客户标准',
  bigRules: { tierA: '销售额 A 类客户', amount: '销售额不低于…' },
  bigAmount: '金额',
  lapseDays: '多少天未购买算流失',
  rfmPreset: 'RFM 模型',
  rfmPresets: { grid11: '11 个分群（R × FM 网格）', class8: '8 类（高于/低于平均）' },
  asOf: '分析日期',
  language: '结果语言',
  languages: { en: 'English', es: 'Español', zh: '中文' },

  previewHeading: '预览',
  previewWaiting: '正在计算分组…',
  previewInvalid: '请先修正上面的参数，才能查看预览。',
  previewGroup: '分组',
  previewCustomers: '客户数',
  previewShare: '销售额',
  previewProblems: '数据有问题：{n}',
  previewNotApplicable: '不适用：{n}',
  previewOthers: '其他分类',

  apply: '应用',
  clear: '清除',
  stepReading: '正在读取表格…',
  stepClassifying: '正在分类…',
  stepWriting: '正在写入结果列…',
  stepClearing: '正在移除插件添加的内容…',
  fixSettings: '请先修正标出的参数。',
};

export const UI_TEXT: Record<Language, UiText> = { en: EN, es: ES, zh: ZH };

/** The sidebar's language from a BCP 47 tag such as navigator.language ('es-MX', 'zh-Hant-TW'); English otherwise. */
export function uiLanguageOf(tag: string | undefined | null): Language {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'es' || primary === 'zh' ? primary : 'en';
}

/** Fills `{name}` placeholders; unknown names stay as they are so a missing value shows rather than vanishes. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Whole numbers with the language's grouping (1,234 · 1.234 · 1,234). */
export function formatCount(n: number, language: Language): string {
  return new Intl.NumberFormat(LOCALE[language]).format(n);
}

/** A 0–1 share as a percentage with one decimal at most (41.2% · 41,2 % · 41.2%). */
export function formatShare(share: number, language: Language): string {
  const format = new Intl.NumberFormat(LOCALE[language], { style: 'percent', maximumFractionDigits: 1 });
  // A sliver of revenue is not nothing: "<0.1%" rather than a "0%" that reads as no revenue at all.
  return share > 0 && share < 0.0005 ? `<${format.format(0.001)}` : format.format(share);
}

const LOCALE: Record<Language, string> = { en: 'en-US', es: 'es-ES', zh: 'zh-CN' };
