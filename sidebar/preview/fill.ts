/** Fills `{name}` placeholders; an unknown name stays as it is, so a missing value shows rather than vanishes. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
