// Numbers in reasons, written the way each language's readers expect (one rule per language, kept with no words).
import type { Language } from '../engine';

/** 0.412 → '41.2%' (en, zh) or '41,2 %' (es). One decimal: enough to see which side of a threshold a share is. */
export function formatPercent(share: number, language: Language): string {
  const text = (Math.round(share * 1000) / 10).toFixed(1);
  return language === 'es' ? `${text.replace('.', ',')} %` : `${text}%`;
}

/** A threshold such as 0.8 → '80%', 0.333 → '33.3%': no trailing '.0'. */
export function formatThreshold(share: number, language: Language): string {
  const text = String(Math.round(share * 1000) / 10);
  return language === 'es' ? `${text.replace('.', ',')} %` : `${text}%`;
}

/** 12500.5 → '12,500.5' / '12.500,5': grouping for readability; at most two decimals. */
export function formatAmount(value: number, language: Language): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole, fraction] = Math.abs(rounded)
    .toFixed(2)
    .replace(/\.?0+$/, '')
    .split('.');
  const groupSep = language === 'es' ? '.' : ',';
  const decimal = language === 'es' ? ',' : '.';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, groupSep);
  return (rounded < 0 ? '-' : '') + grouped + (fraction ? decimal + fraction : '');
}
