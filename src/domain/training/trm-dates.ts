/**
 * T8 / K2 calendar-date helpers for TRM terms (pure; day numbers are days since 1970-01-01).
 * The contracts area had not landed its own T8 helpers on main when training was built, so TRM keeps
 * these small functions here.
 */
import { civilFromDay, dayFromCivil, formatIsoDate, parseIsoDate } from '../calendar/local-date.js';

export { formatIsoDate, parseIsoDate };

/** Adds whole months to a date; a day that does not exist in the target month becomes its last day. */
export function addMonthsClamped(day: number, months: number): number {
  const { year, month, day: dom } = civilFromDay(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const lastDom = civilFromDay(dayFromCivil(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - 1).day;
  return dayFromCivil(y, m, Math.min(dom, lastDom));
}

export type TTerm = { index: number; start: number; end: number };

/** K2: term k starts at purchase + k × termMonths and ends the day before the next one starts. */
export function termAt(purchased: number, index: number, termMonths: number): TTerm {
  const start = addMonthsClamped(purchased, index * termMonths);
  const end = addMonthsClamped(purchased, (index + 1) * termMonths) - 1;
  return { index, start, end };
}

/** The term containing `day` (term 0 for days before the purchase). */
export function termContaining(purchased: number, day: number, termMonths: number): TTerm {
  if (day < purchased) return termAt(purchased, 0, termMonths);
  const { year: py, month: pm } = civilFromDay(purchased);
  const { year: dy, month: dm } = civilFromDay(day);
  let index = Math.max(0, Math.floor(((dy - py) * 12 + (dm - pm)) / termMonths) - 1);
  while (termAt(purchased, index, termMonths).end < day) index += 1;
  return termAt(purchased, index, termMonths);
}

/** T8: "at least N days before the end" = on or before lastDay − N days. */
export function noticeDeadline(termEnd: number, noticeDays: number): number {
  return termEnd - noticeDays;
}
