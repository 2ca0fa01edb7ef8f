/** GB 11643-1999 check character (0–9 or X) of the first 17 digits of an ID number. */
export function checkCharacter(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * weights[i], 0);
  return '10X98765432'.charAt(sum % 11);
}

/** The 17 digits completed with their check character: a valid 18-character ID number. */
export function withCheckCharacter(first17: string): string {
  return first17 + checkCharacter(first17);
}
