import type { TTrmAllowance, TTrmCounted, TTrmOffering, TTrmUsed } from './trm-types.js';

/** IVA-41 / IVA-42 (H4): annual days, vouchers and the on-site cap = floor(share × annual days). */
export function computeAllowance(offering: TTrmOffering): TTrmAllowance {
  return {
    days: offering.days_per_year,
    vouchers: offering.vouchers,
    onsite_cap: Math.floor((offering.onsite_percent * offering.days_per_year) / 100),
  };
}

/** What accepted bookings of one term consume. */
export function sumUsed(bookings: readonly TTrmCounted[]): TTrmUsed {
  const used: TTrmUsed = { days: 0, onsite_days: 0, vouchers: 0 };
  for (const b of bookings) {
    if (b.kind === 'voucher') used.vouchers += 1;
    else used.days += b.days.length;
    if (b.kind === 'onsite') used.onsite_days += b.days.length;
  }
  return used;
}
