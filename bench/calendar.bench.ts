/**
 * Business-time engine vs dayjs-business-time and moment-business-time, same workload, same run:
 * Mon–Fri 09:00–17:00 America/New_York with US federal holidays; 100k random instants over 2026–2027;
 * add 8 business hours; elapsed business time over up to 7 days. Peers work in the process's local
 * zone, so this file sets TZ before loading them (it runs in its own process, see bench/run.ts).
 */
process.env.TZ = 'America/New_York';

const { BusinessCalendar } = await import('../src/domain/calendar/index.js');
const { getHolidaySetYear } = await import('../src/domain/calendar/holiday-sets.js');
const { formatIsoDate } = await import('../src/domain/calendar/local-date.js');
const dayjs = (await import('dayjs')).default;
const dayjsBusinessTime = (await import('dayjs-business-time')).default;
const moment = (await import('moment-business-time')).default as TMomentStatic;

type TMoment = {
  addWorkingTime(n: number, unit: string): TMoment;
  workingDiff(other: TMoment, unit: string, precise: boolean): number;
  valueOf(): number;
};
type TMomentStatic = ((t: number) => TMoment) & { updateLocale(name: string, data: object): void };

const HOUR = 3_600_000;
const COUNT = 100_000;
const PEER_TIME_BUDGET_MS = 6_000;
const FROM = Date.UTC(2026, 0, 1, 5);
const SPAN = Date.UTC(2028, 0, 1, 5) - FROM;

const spec = {
  timezone: 'America/New_York',
  hours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '17:00']]])),
  holidays: ['us-federal'],
};
const holidayDates = [2025, 2026, 2027, 2028].flatMap((y) =>
  [...getHolidaySetYear('us-federal', y).keys()].map(formatIsoDate),
);

// Deterministic workload (mulberry32), whole seconds like real timestamps.
let seed = 0x5eed;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
};
const starts = new Float64Array(COUNT);
const ends = new Float64Array(COUNT);
for (let i = 0; i < COUNT; i++) {
  starts[i] = FROM + Math.floor((random() * SPAN) / 1000) * 1000;
  ends[i] = starts[i]! + Math.floor((random() * 7 * 24 * HOUR) / 1000) * 1000;
}

type TResult = { opsPerSecond: number; count: number; results: Float64Array };
/** Runs `op` over the workload (stopping early after `budgetMs` for slow peers); best of `rounds`. */
function measure(op: (i: number) => number, rounds: number, budgetMs = Number.POSITIVE_INFINITY): TResult {
  let best: TResult = { opsPerSecond: 0, count: 0, results: new Float64Array(COUNT) };
  for (let round = 0; round < rounds; round++) {
    const results = new Float64Array(COUNT);
    const begin = performance.now();
    let i = 0;
    for (; i < COUNT; i++) {
      results[i] = op(i);
      if ((i & 1023) === 1023 && performance.now() - begin > budgetMs) {
        i++;
        break;
      }
    }
    const seconds = (performance.now() - begin) / 1000;
    const opsPerSecond = i / seconds;
    if (opsPerSecond > best.opsPerSecond) best = { opsPerSecond, count: i, results };
  }
  return best;
}

// ── build time ────────────────────────────────────────────────────────────────────────────────
let begin = performance.now();
const calendar = BusinessCalendar.fromSpec(spec as never);
calendar.prepareYears(2026, 2035);
const coldBuildMs = performance.now() - begin;
const warmBuilds: number[] = [];
for (let k = 0; k < 20; k++) {
  begin = performance.now();
  BusinessCalendar.fromSpec(spec as never).prepareYears(2026, 2035);
  warmBuilds.push(performance.now() - begin);
}
warmBuilds.sort((a, b) => a - b);
const warmBuildMs = warmBuilds[Math.floor(warmBuilds.length / 2)]!;

// ── peers ─────────────────────────────────────────────────────────────────────────────────────
dayjs.extend(dayjsBusinessTime);
dayjs.setHolidays(holidayDates);
const nineToFive = [{ start: '09:00:00', end: '17:00:00' }];
dayjs.setBusinessTime({
  sunday: null,
  monday: nineToFive,
  tuesday: nineToFive,
  wednesday: nineToFive,
  thursday: nineToFive,
  friday: nineToFive,
  saturday: null,
});
moment.updateLocale('en', {
  workinghours: {
    0: null,
    1: ['09:00:00', '17:00:00'],
    2: ['09:00:00', '17:00:00'],
    3: ['09:00:00', '17:00:00'],
    4: ['09:00:00', '17:00:00'],
    5: ['09:00:00', '17:00:00'],
    6: null,
  },
  holidays: holidayDates,
});

const momentOf = moment;

const rows: { name: string; ours: TResult; peers: [string, TResult][]; agree: (r: TResult) => number }[] = [];

const oursAdd = measure((i) => calendar.add(starts[i]!, 8 * HOUR), 5);
const oursAddObject = measure((i) => calendar.add(starts[i]!, { hours: 8 }), 5);
const dayjsAdd = measure(
  (i) => dayjs(starts[i]!).addBusinessTime(8, 'hours').valueOf(),
  1,
  PEER_TIME_BUDGET_MS,
);
const momentAdd = measure(
  (i) => momentOf(starts[i]!).addWorkingTime(8, 'hours').valueOf(),
  1,
  PEER_TIME_BUDGET_MS,
);
rows.push({
  name: 'add 8 business hours',
  ours: oursAdd,
  peers: [
    ['dayjs-business-time', dayjsAdd],
    ['moment-business-time', momentAdd],
  ],
  // Peers return the close itself when time runs out exactly at a close; we return the next opening.
  agree: (peer) =>
    countAgreement(
      peer,
      (i) => calendar.addEarliest(starts[i]!, 8 * HOUR),
      (i) => oursAdd.results[i]!,
    ),
});

const oursElapsed = measure((i) => calendar.elapsed(starts[i]!, ends[i]!), 5);
const dayjsElapsed = measure(
  (i) => dayjs(starts[i]!).businessTimeDiff(dayjs(ends[i]!), 'minutes') * 60_000,
  1,
  PEER_TIME_BUDGET_MS,
);
const momentElapsed = measure(
  (i) => momentOf(ends[i]!).workingDiff(momentOf(starts[i]!), 'minutes', true) * 60_000,
  1,
  PEER_TIME_BUDGET_MS,
);
rows.push({
  name: 'elapsed over ≤ 7 days',
  ours: oursElapsed,
  peers: [
    ['dayjs-business-time', dayjsElapsed],
    ['moment-business-time', momentElapsed],
  ],
  agree: (peer) => countAgreement(peer, (i) => oursElapsed.results[i]!),
});

function countAgreement(peer: TResult, ...candidates: ((i: number) => number)[]): number {
  let same = 0;
  for (let i = 0; i < peer.count; i++) {
    if (candidates.some((candidate) => Math.abs(candidate(i) - peer.results[i]!) < 60_000)) same++;
  }
  return same / peer.count;
}

const format = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(
  `workload: ${format(COUNT)} random instants 2026–2027, Mon–Fri 09:00–17:00 America/New_York, us-federal`,
);
console.log(
  `build 10-year calendar (2026–2035): cold ${coldBuildMs.toFixed(1)} ms (first in process, incl. holiday library), warm median ${warmBuildMs.toFixed(2)} ms`,
);
console.log(
  `aftercare add with a {hours: 8} object instead of ms: ${format(oursAddObject.opsPerSecond)} ops/s`,
);
for (const row of rows) {
  console.log(`\n${row.name}`);
  console.log(
    `  ${'aftercare/calendar'.padEnd(22)} ${format(row.ours.opsPerSecond).padStart(12)} ops/s  (${format(row.ours.count)} ops)`,
  );
  for (const [name, peer] of row.peers) {
    const ratio = row.ours.opsPerSecond / peer.opsPerSecond;
    console.log(
      `  ${name.padEnd(22)} ${format(peer.opsPerSecond).padStart(12)} ops/s  (${format(peer.count)} ops)  aftercare is ${ratio.toFixed(0)}× faster; same result (±1 min) on ${(row.agree(peer) * 100).toFixed(1)}%`,
    );
  }
}
const worst = Math.min(
  ...rows.flatMap((row) => row.peers.map(([, peer]) => row.ours.opsPerSecond / peer.opsPerSecond)),
);
console.log(
  `\nslowest ratio vs the fastest peer: ${worst.toFixed(0)}× (target ≥ 500×); build target < 50 ms`,
);
