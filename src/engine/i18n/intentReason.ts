// Why a row got its intent: the words that decided, or the lead score when the note says nothing we recognise.
import type { IntentReading } from '../intent';
import type { Language } from '../types';
import { groupLabel } from './labels';

function scoreBand(score: number): string {
  return score >= 70 ? '≥ 70' : score >= 40 ? '≥ 40, < 70' : '< 40';
}

export function intentReason(reading: IntentReading, leadScore: number, language: Language): string {
  const label = groupLabel(reading.intent, language);
  if (reading.via === 'text') {
    if (language === 'es') return `${label}: la nota dice «${reading.cue}»`;
    if (language === 'zh') return `${label}：备注中有"${reading.cue}"`;
    return `${label}: the note says "${reading.cue}"`;
  }
  if (reading.via === 'score') {
    const band = scoreBand(leadScore);
    if (language === 'es') return `${label}: la nota no lo aclara; puntuación ${leadScore} (${band})`;
    if (language === 'zh') return `${label}：备注无法判断；评分 ${leadScore}（${band}）`;
    return `${label}: the note does not say; lead score ${leadScore} (${band})`;
  }
  if (language === 'es') return `${label}: sin nota reconocible ni puntuación: pregunte al cliente`;
  if (language === 'zh') return `${label}：没有可识别的备注或评分：请向客户了解`;
  return `${label}: no recognisable note and no lead score: ask the customer`;
}
