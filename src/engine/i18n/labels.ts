// Group labels in English, Spanish and Chinese. English labels are fixed by DOMAIN.md (users' formulas compare against them).
import type { GroupKey } from '../groups';
import type { Language } from '../types';

type Labels = Record<GroupKey, string>;

const EN: Labels = {
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
  important_value: 'Important value',
  important_develop: 'Important to develop',
  important_keep: 'Important to keep',
  important_retain: 'Important to win back',
  general_value: 'General value',
  general_develop: 'General to develop',
  general_keep: 'General to keep',
  general_retain: 'General to win back',
  thank_you: 'Thank-you message',
  usage_follow_up: 'Usage follow-up',
  keep_in_touch: 'Keep in touch',
  win_back: 'Win-back call',
};

const ES: Labels = {
  A: 'A',
  B: 'B',
  C: 'C',
  core: 'Núcleo',
  maintain: 'Mantener',
  drain: 'Lastre',
  old_big: 'Antiguo y grande',
  new_big: 'Nuevo y grande',
  new_small: 'Nuevo y pequeño',
  old_small: 'Antiguo y pequeño',
  prospect: 'Cliente objetivo',
  potential: 'Potencial',
  one_time: 'Compra única',
  loyal: 'Fiel',
  lapsed: 'Inactivo',
  ready: 'Listo para comprar',
  considering: 'Lo está pensando',
  not_now: 'Ahora no',
  not_interested: 'No interesado',
  unknown: 'Desconocido',
  champions: 'Campeones',
  loyal_customers: 'Clientes fieles',
  potential_loyalist: 'Futuros fieles',
  recent_customers: 'Clientes recientes',
  promising: 'Prometedores',
  needs_attention: 'Requieren atención',
  about_to_sleep: 'A punto de dormirse',
  at_risk: 'En riesgo',
  cant_lose_them: 'No podemos perderlos',
  hibernating: 'Hibernando',
  lost: 'Perdidos',
  important_value: 'Valor importante',
  important_develop: 'Desarrollo importante',
  important_keep: 'Retención importante',
  important_retain: 'Recuperación importante',
  general_value: 'Valor general',
  general_develop: 'Desarrollo general',
  general_keep: 'Retención general',
  general_retain: 'Recuperación general',
  thank_you: 'Mensaje de agradecimiento',
  usage_follow_up: 'Seguimiento de uso',
  keep_in_touch: 'Mantener el contacto',
  win_back: 'Llamada de recuperación',
};

const ZH: Labels = {
  A: 'A',
  B: 'B',
  C: 'C',
  core: '核心',
  maintain: '维持',
  drain: '拖累',
  old_big: '老客户·大客户',
  new_big: '新客户·大客户',
  new_small: '新客户·小客户',
  old_small: '老客户·小客户',
  prospect: '目标客户',
  potential: '潜在客户',
  one_time: '首单客户',
  loyal: '忠诚客户',
  lapsed: '流失客户',
  ready: '准备购买',
  considering: '考虑中',
  not_now: '暂不购买',
  not_interested: '不感兴趣',
  unknown: '未知',
  champions: '冠军客户',
  loyal_customers: '忠实客户',
  potential_loyalist: '潜力忠诚客户',
  recent_customers: '新近客户',
  promising: '有前景客户',
  needs_attention: '需要关注',
  about_to_sleep: '即将沉睡',
  at_risk: '有流失风险',
  cant_lose_them: '不能失去',
  hibernating: '休眠客户',
  lost: '已流失',
  important_value: '重要价值',
  important_develop: '重要发展',
  important_keep: '重要保持',
  important_retain: '重要挽留',
  general_value: '一般价值',
  general_develop: '一般发展',
  general_keep: '一般保持',
  general_retain: '一般挽留',
  thank_you: '感谢信息',
  usage_follow_up: '使用回访',
  keep_in_touch: '定期联系',
  win_back: '挽回电话',
};

const LABELS: Record<Language, Labels> = { en: EN, es: ES, zh: ZH };

export function groupLabel(group: GroupKey, language: Language): string {
  return LABELS[language][group];
}

/**
 * The group a label stands for, in any of the three languages (CUSTOMER_ACTION accepts any label).
 * Matching ignores case and surrounding spaces; `Loyal`/`忠诚客户` are ambiguous between lifecycle and RFM, so the
 * caller gets every match and picks by context.
 */
export function groupsForLabel(label: string): GroupKey[] {
  const wanted = label.trim().toLowerCase();
  const found: GroupKey[] = [];
  for (const language of ['en', 'es', 'zh'] as const) {
    const labels = LABELS[language];
    for (const key of Object.keys(labels) as GroupKey[]) {
      if (labels[key].toLowerCase() === wanted && !found.includes(key)) found.push(key);
    }
  }
  return found;
}
