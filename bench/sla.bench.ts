/**
 * SLA resolution throughput: `resolveSla` for 100k random cases — both built-in packs, every plan ×
 * severity × centre × channel, opening instants spread over 2026–2027 — in cases/s. Pure CPU. No peer
 * library resolves support-policy SLAs, so for context the same run measures the calendar engine's
 * raw `add` (8 business hours) on a centre calendar of the same pack set.
 */
const { getBuiltInPack } = await import('../src/domain/packs/registry.js');
const { resolveSla } = await import('../src/domain/sla/resolve-sla.js');
const { BusinessCalendar } = await import('../src/domain/calendar/index.js');
type TSlaInput = import('../src/domain/sla/types.js').TSlaInput;
type TChannel = NonNullable<TSlaInput['channel']>;

const COUNT = 100_000;
const HOUR = 3_600_000;
const FROM = Date.UTC(2026, 0, 1);
const SPAN = Date.UTC(2028, 0, 1) - FROM;

let seed = 0x51a;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const policies = ['imprivata-onesign', 'ivanti'].map((id) => getBuiltInPack(id));
const channels: TChannel[] = ['portal', 'phone', 'email'];
const workload = Array.from({ length: COUNT }, () => {
  const policy = pick(policies);
  const input: TSlaInput = {
    plan: pick(policy.plans).id,
    severity: pick(policy.severities).id,
    centre: pick(policy.centres).id,
    channel: pick(channels),
    pinVerified: true,
    hasCustomer24x7Contact: random() < 0.5,
    opened: FROM + Math.floor((random() * SPAN) / 1000) * 1000,
  };
  return { policy, input };
});

/** Best of `rounds` passes over the workload, in operations per second. */
function measure(op: (i: number) => number, rounds: number): number {
  let best = 0;
  let sink = 0;
  for (let round = 0; round < rounds; round++) {
    const begin = performance.now();
    for (let i = 0; i < COUNT; i++) sink += op(i);
    best = Math.max(best, COUNT / ((performance.now() - begin) / 1000));
  }
  if (Number.isNaN(sink)) console.log('');
  return best;
}

// Warm-up pass builds and caches each centre's calendars (as a long-running server would have them).
let milestones = 0;
for (const { policy, input } of workload) milestones += resolveSla(policy, input).milestones.length;
const slaPerSecond = measure((i) => resolveSla(workload[i]!.policy, workload[i]!.input).milestones.length, 3);

const centre = policies[1]!.centres[0]!;
const calendar = BusinessCalendar.fromSpec(centre.calendar as never);
calendar.prepareYears(2026, 2028);
const addPerSecond = measure((i) => calendar.add(workload[i]!.input.opened, 8 * HOUR), 5);

const format = (n: number) => Math.round(n).toLocaleString('en-US');
const combos = policies.reduce((n, p) => n + p.plans.length * p.severities.length * p.centres.length, 0);
console.log(
  `workload: ${format(COUNT)} random cases over 2026–2027, ${combos} pack × plan × severity × centre combinations, 3 channels; ${(milestones / COUNT).toFixed(2)} milestones per case`,
);
console.log(`resolveSla (milestones + explanations)  ${format(slaPerSecond).padStart(12)} cases/s`);
console.log(
  `calendar add 8 business hours (${policies[1]!.id} ${centre.id})  ${format(addPerSecond).padStart(12)} ops/s  — one SLA resolution costs ≈ ${(addPerSecond / slaPerSecond).toFixed(0)} raw adds`,
);
