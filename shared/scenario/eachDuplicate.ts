/** Calls `onDuplicate` for each value already seen earlier in the list, with its index. */
export function eachDuplicate(values: readonly string[], onDuplicate: (index: number, value: string) => void): void {
  const seen = new Set<string>();
  values.forEach((value, i) => (seen.has(value) ? onDuplicate(i, value) : seen.add(value)));
}
