import type { TPolicy } from '../packs/schema.js';

export type TPhoneNumber = { location: string; number: string; centre: string };

/**
 * IMP-48: the numbers a customer should call, by location. Each site country picks the row listing
 * it; a site in a country no row lists (or an account without sites) gets the row for the account's
 * region that lists no countries of its own — or, when no site country is known, any row for the
 * region; otherwise the row with neither (e.g. "All other locations"). Pure; pack order kept.
 */
export function choosePhoneNumbers(
  policy: Pick<TPolicy, 'phone_numbers'>,
  location: { countries: readonly string[]; region: string },
): TPhoneNumber[] {
  const rows = policy.phone_numbers;
  const chosen = new Set<(typeof rows)[number]>();
  const countries = location.countries.map((country) => country.trim().toUpperCase());
  const unmatched = countries.filter((country) => {
    const row = rows.find((candidate) => candidate.countries?.includes(country));
    if (row) chosen.add(row);
    return !row;
  });
  if (unmatched.length > 0 || countries.length === 0) {
    const byRegion = rows.find(
      (row) =>
        row.regions?.includes(location.region) && (countries.length === 0 || row.countries === undefined),
    );
    const fallback = rows.find((row) => row.regions === undefined && row.countries === undefined);
    const row = byRegion ?? fallback;
    if (row) chosen.add(row);
  }
  return rows
    .filter((row) => chosen.has(row))
    .map((row) => ({ location: row.location, number: row.number, centre: row.centre }));
}

/** Every number of one support centre, for messages about a case that centre serves. */
export function listCentrePhoneNumbers(
  policy: Pick<TPolicy, 'phone_numbers'>,
  centre: string,
): TPhoneNumber[] {
  return policy.phone_numbers
    .filter((row) => row.centre === centre)
    .map((row) => ({ location: row.location, number: row.number, centre: row.centre }));
}
