import { describe, expect, it } from 'vitest';
import { getHolidaySetYear, type THolidaySetName } from './holiday-sets.js';
import { formatIsoDate } from './local-date.js';

/** OPM federal holidays, observed dates (opm.gov "Federal Holidays"), written out by hand. */
const US_FEDERAL: Record<number, string[]> = {
  2026: ['01-01', '01-19', '02-16', '05-25', '06-19', '07-03', '09-07', '10-12', '11-11', '11-26', '12-25'],
  2027: [
    '01-01',
    '01-18',
    '02-15',
    '05-31',
    '06-18',
    '07-05',
    '09-06',
    '10-11',
    '11-11',
    '11-25',
    '12-24',
    '12-31',
  ],
  2028: ['01-17', '02-21', '05-29', '06-19', '07-04', '09-04', '10-09', '11-10', '11-23', '12-25'],
  2029: ['01-01', '01-15', '02-19', '05-28', '06-19', '07-04', '09-03', '10-08', '11-12', '11-22', '12-25'],
  2030: ['01-01', '01-21', '02-18', '05-27', '06-19', '07-04', '09-02', '10-14', '11-11', '11-28', '12-25'],
};

/** gov.uk bank holidays, England and Wales, incl. substitute days, written out by hand. */
const UK_ENGLAND_WALES: Record<number, string[]> = {
  2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
  2028: ['01-03', '04-14', '04-17', '05-01', '05-29', '08-28', '12-25', '12-26'],
  2029: ['01-01', '03-30', '04-02', '05-07', '05-28', '08-27', '12-25', '12-26'],
  2030: ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26'],
};

/** MOM Singapore public holidays 2026 (Sunday holidays give the Monday in lieu). */
const SG_2026 = [
  '01-01',
  '02-17',
  '02-18',
  '03-21',
  '04-03',
  '05-01',
  '05-27',
  '05-31',
  '06-01',
  '08-09',
  '08-10',
  '11-08',
  '11-09',
  '12-25',
];

function datesOf(set: THolidaySetName, year: number): string[] {
  return [...getHolidaySetYear(set, year).keys()].sort((a, b) => a - b).map(formatIsoDate);
}

describe('named holiday sets', () => {
  for (const year of [2026, 2027, 2028, 2029, 2030]) {
    it(`us-federal ${year} equals the OPM list (observed dates, no optional days)`, () => {
      expect(datesOf('us-federal', year)).toEqual(US_FEDERAL[year]!.map((d) => `${year}-${d}`));
    });
    it(`uk-england-wales ${year} equals the gov.uk list`, () => {
      expect(datesOf('uk-england-wales', year)).toEqual(UK_ENGLAND_WALES[year]!.map((d) => `${year}-${d}`));
    });
  }

  it('sg 2026 equals the MOM list', () => {
    expect(datesOf('sg', 2026)).toEqual(SG_2026.map((d) => `2026-${d}`));
  });

  it('keeps the day after Thanksgiving and Christmas Eve open in the US', () => {
    const days = datesOf('us-federal', 2026);
    expect(days).not.toContain('2026-11-27');
    expect(days).not.toContain('2026-12-24');
  });

  it('names observed and substitute days', () => {
    const us = [...getHolidaySetYear('us-federal', 2027).entries()].map(([d, n]) => [formatIsoDate(d), n]);
    expect(us).toContainEqual(['2027-12-31', "New Year's Day (observed)"]);
    expect(us).toContainEqual(['2027-11-25', 'Thanksgiving Day']);
    const uk = [...getHolidaySetYear('uk-england-wales', 2027).entries()].map(([d, n]) => [
      formatIsoDate(d),
      n,
    ]);
    expect(uk).toContainEqual(['2027-12-27', 'Christmas Day (substitute day)']);
  });
});
