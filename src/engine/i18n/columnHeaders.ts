// Headers of the columns the add-on writes (sidebar output, formula headers), in en/es/zh.
import type { Classification } from '../groups';
import type { Language } from '../types';

export type OutputColumn =
  | 'tier'
  | 'profit'
  | 'quadrant'
  | 'lifecycle'
  | 'intent'
  | 'rfmScore'
  | 'rfmSegment'
  | 'nextContact'
  | 'nextTouch'
  | 'nextStep'
  | 'action';

const HEADERS: Record<Language, Record<OutputColumn, string>> = {
  en: {
    tier: 'Tier',
    profit: 'Profit split',
    quadrant: 'Quadrant',
    lifecycle: 'Lifecycle',
    intent: 'Intent',
    rfmScore: 'RFM score',
    rfmSegment: 'RFM segment',
    nextContact: 'Next contact',
    nextTouch: 'Next touch',
    nextStep: 'Next step',
    action: 'Action',
  },
  es: {
    tier: 'Nivel',
    profit: 'Reparto de beneficio',
    quadrant: 'Cuadrante',
    lifecycle: 'Ciclo de vida',
    intent: 'Intención',
    rfmScore: 'Puntuación RFM',
    rfmSegment: 'Segmento RFM',
    nextContact: 'Próximo contacto',
    nextTouch: 'Tipo de contacto',
    nextStep: 'Siguiente paso',
    action: 'Acción',
  },
  zh: {
    tier: '客户等级',
    profit: '利润分组',
    quadrant: '客户象限',
    lifecycle: '生命周期',
    intent: '购买意向',
    rfmScore: 'RFM 得分',
    rfmSegment: 'RFM 分群',
    nextContact: '下次联系',
    nextTouch: '联系方式',
    nextStep: '下一步',
    action: '建议行动',
  },
};

export function columnHeader(column: OutputColumn, language: Language): string {
  return HEADERS[language][column];
}

/** The header of a reason column next to a classification: 'Tier: why', 'Nivel: motivo', '客户等级原因'. */
export function reasonHeader(column: OutputColumn, language: Language): string {
  const base = HEADERS[language][column];
  if (language === 'es') return `${base}: motivo`;
  if (language === 'zh') return `${base}原因`;
  return `${base}: why`;
}

/** The column that shows a classification's group (RFM: its segment; next contact: the kind of touch). */
export const GROUP_COLUMN: Record<Classification, OutputColumn> = {
  tier: 'tier',
  profit: 'profit',
  quadrant: 'quadrant',
  lifecycle: 'lifecycle',
  intent: 'intent',
  rfm: 'rfmSegment',
  nextContact: 'nextTouch',
};

/** A classification's name as a heading: the header of its group column. */
export function classificationTitle(classification: Classification, language: Language): string {
  return columnHeader(GROUP_COLUMN[classification], language);
}
