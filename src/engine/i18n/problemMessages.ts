// The sentences shown for problems (DOMAIN.md, "Problems, never lost rows"): the field, the value, what is wrong.
import type { Field, Language, ProblemCode } from '../types';

const FIELD_NAMES: Record<Language, Record<Field, string>> = {
  en: {
    customer: 'customer',
    first_purchase: 'first purchase',
    last_purchase: 'last purchase',
    orders: 'orders',
    revenue: 'revenue',
    profit: 'profit',
    status: 'status',
    lead_score: 'lead score',
  },
  es: {
    customer: 'cliente',
    first_purchase: 'primera compra',
    last_purchase: 'última compra',
    orders: 'pedidos',
    revenue: 'ventas',
    profit: 'beneficio',
    status: 'estado',
    lead_score: 'puntuación',
  },
  zh: {
    customer: '客户',
    first_purchase: '首次购买',
    last_purchase: '最近购买',
    orders: '订单数',
    revenue: '销售额',
    profit: '利润',
    status: '状态',
    lead_score: '评分',
  },
};

/** The field as a reader of that language calls it, lower case: 'revenue', 'ventas', '销售额'. */
export function fieldName(field: Field, language: Language): string {
  return FIELD_NAMES[language][field];
}

// `{F}` is the capitalised field name, `{v}` the quoted value (nothing when the value is blank).
const SENTENCES: Record<Language, Record<ProblemCode, string>> = {
  en: {
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
    unknown_time_zone: '{F} cannot be turned into days: the spreadsheet\'s time zone{v} is not known here. Choose one in File › Settings.',
  },
  es: {
    unparseable_money: '{F}{v} no es un importe de dinero.',
    percent_not_money: '{F}{v} es un porcentaje, no un importe de dinero.',
    sheet_error: '{F}{v} es un error de la hoja de cálculo; corrige la fórmula o los datos que usa.',
    unparseable_date: '{F}{v} no es una fecha.',
    impossible_date: '{F}{v} no es una fecha que exista en el calendario.',
    unparseable_number: '{F}{v} no es un número.',
    first_after_as_of: '{F}{v} es posterior a la fecha del análisis.',
    last_before_first: '{F}{v} es anterior a la primera compra.',
    last_after_as_of: '{F}{v} es posterior a la fecha del análisis.',
    orders_negative: '{F}{v} es negativo; los pedidos deben ser 0 o más.',
    orders_not_whole: '{F}{v} no es un número entero de pedidos.',
    zero_orders_with_revenue: '{F}{v} no cuadra: 0 pedidos pero ventas positivas.',
    lead_score_out_of_range: '{F}{v} está fuera del rango de 0 a 100.',
    duplicate_customer: '{F}{v} aparece más de una vez; cada fila se clasifica igualmente.',
    missing_value: '{F} está en blanco; esta clasificación lo necesita.',
    unknown_time_zone: '{F} no se puede convertir en días: la zona horaria de la hoja{v} no se reconoce aquí. Elija una en Archivo › Configuración.',
  },
  zh: {
    unparseable_money: '{F}{v}不是金额。',
    percent_not_money: '{F}{v}是百分比，不是金额。',
    sheet_error: '{F}{v}是表格错误值，请修正公式或其引用的数据。',
    unparseable_date: '{F}{v}不是日期。',
    impossible_date: '{F}{v}不是日历上存在的日期。',
    unparseable_number: '{F}{v}不是数字。',
    first_after_as_of: '{F}{v}晚于分析日期。',
    last_before_first: '{F}{v}早于首次购买日期。',
    last_after_as_of: '{F}{v}晚于分析日期。',
    orders_negative: '{F}{v}是负数，订单数必须大于或等于 0。',
    orders_not_whole: '{F}{v}不是整数。',
    zero_orders_with_revenue: '{F}{v}前后矛盾：订单数为 0，但销售额为正。',
    lead_score_out_of_range: '{F}{v}超出 0 到 100 的范围。',
    duplicate_customer: '{F}{v}出现了不止一次；每一行仍会照常分类。',
    missing_value: '{F}为空，此分类需要该值。',
    unknown_time_zone: '{F}无法换算为天数：此处无法识别表格的时区{v}。请在“文件 › 设置”中选择时区。',
  },
};

// A long cell would drown the sentence; line breaks would break the one-line cell it is shown in.
const MAX_VALUE_LENGTH = 60;
const LINE_BREAKS = /\s*[\r\n]+\s*/g;

function quoted(value: string, language: Language): string {
  let text = value.replace(LINE_BREAKS, ' ').trim();
  if (text === '') return '';
  if (text.length > MAX_VALUE_LENGTH) text = text.slice(0, MAX_VALUE_LENGTH - 1) + '…';
  if (language === 'zh') return `“${text}”`;
  return language === 'es' ? ` «${text}»` : ` "${text}"`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A full sentence naming the field and what is wrong with the value, e.g.
 * `Revenue "about ten grand" is not an amount of money.` / `Ventas «about ten grand» no es un importe de dinero.`
 */
export function problemMessage(code: ProblemCode, field: Field, value: string, language: Language): string {
  return SENTENCES[language][code]
    .replace('{F}', capitalised(fieldName(field, language)))
    .replace('{v}', () => quoted(value, language));
}
