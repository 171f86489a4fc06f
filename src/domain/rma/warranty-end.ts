/**
 * IMP-17 / K1: an appliance warranty runs from the ship date to the last day of the 12th month after the
 * ship month (ship 2026-01-20 → 2027-01-31). Calendar dates (T8): weekends and holidays do not move it.
 */
export function computeWarrantyEnd(shipDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(shipDate);
  if (!match) throw new RangeError(`ship date must be YYYY-MM-DD, got "${shipDate}"`);
  const year = Number(match[1]);
  const month = Number(match[2]); // 1..12
  // Last day of (month + 12) = day 0 of the month after it.
  const end = new Date(Date.UTC(year + 1, month, 0));
  return end.toISOString().slice(0, 10);
}

/** Whether the warranty is in force on `date` (inclusive last day, T8). */
export function isInWarranty(warrantyEnd: string, date: string): boolean {
  return date <= warrantyEnd;
}
