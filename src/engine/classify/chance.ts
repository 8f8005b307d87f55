// How a churn reason shows the chance of being active (dependency-free: the catalogues, and so the sidebar page,
// import it). Whole percents, unless rounding would put the chance on the other side of a cut-off: 69.6% is
// Slipping with the cut-off at 70%, and the reason must not say "70% (30%–70%)".
export function chanceShown(r: { chance: number; active: number; lost: number }): number {
  const whole = Math.round(r.chance * 100) / 100;
  const sameSide = (cut: number) => r.chance >= cut === whole >= cut;
  if (sameSide(r.active) && sameSide(r.lost)) return whole;
  const tenth = Math.round(r.chance * 1000) / 1000;
  return sameSide(r.active) && sameSide(r.lost) ? tenth : r.chance;
}

/** The cut-offs of the reason's group, written the same in every language: "≥ 70%", "< 30%", "30%–70%". */
export function churnBand(r: { group: string; active: number; lost: number }, threshold: (share: number) => string): string {
  if (r.group === 'active') return `≥ ${threshold(r.active)}`;
  if (r.group === 'likely_lost') return `< ${threshold(r.lost)}`;
  return `${threshold(r.lost)}–${threshold(r.active)}`;
}
