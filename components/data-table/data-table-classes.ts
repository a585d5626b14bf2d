// Class names a column's meta gives its header and cells.

export function alignClass(align: 'start' | 'center' | 'end' | undefined): string | undefined {
  return align && align !== 'start' ? `align-${align}` : undefined;
}

export function cx(...names: Array<string | undefined | false>): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined || undefined;
}
