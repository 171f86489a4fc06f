/** One priced line of a quote: integer minor units of an ISO 4217 currency. */
export type TQuoteLine = {
  code: string;
  description: string;
  /** Period the line covers, 'YYYY-MM-DD' inclusive. */
  from?: string;
  to?: string;
  amountMinor: number;
  currency: string;
};

/** An itemised quote; every line in the same currency. */
export type TQuote = { lines: TQuoteLine[]; totalMinor: number; currency: string };

/** Sums lines into a quote (all lines must share `currency`). */
export function buildQuote(lines: TQuoteLine[], currency: string): TQuote {
  for (const line of lines) {
    if (line.currency !== currency)
      throw new Error(`quote line ${line.code} is in ${line.currency}, not ${currency}`);
  }
  return { lines, totalMinor: lines.reduce((sum, line) => sum + line.amountMinor, 0), currency };
}
