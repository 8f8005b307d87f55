// Spreadsheet column letters, shared by the server (rules, metadata ranges), the sidebar and the emulator.

/** 1 → A, 27 → AA, 18278 → ZZZ. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
