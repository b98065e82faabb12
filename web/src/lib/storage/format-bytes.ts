import { formatNumber } from '$lib/i18n/index.ts';

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'] as const;

/** 1,234,567 → "1.2 MB" in the current language (decimal units, as file managers show them). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${formatNumber(value, { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${UNITS[unit]}`;
}
