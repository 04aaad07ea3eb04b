const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/** Bytes as KB, MB, GB: one decimal under 10, whole numbers above. */
export function formatBytes(bytes: number): string {
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US');
  return `${shown} ${UNITS[unit]}`;
}
