import type {
  TPackCentre,
  TPackDetail,
  TPackMatrixRow,
  TPackPlan,
  TPackSeverity,
  TPackTarget,
} from './pack-types.js';

type TRaw = Record<string, unknown>;

const asRecord = (value: unknown): TRaw =>
  typeof value === 'object' && value !== null ? (value as TRaw) : {};
const asArray = (value: unknown): TRaw[] => (Array.isArray(value) ? value.map(asRecord) : []);
const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
/** The first of the keys present: the API's camelCase, or the pack file's snake_case. */
const pick = (raw: TRaw, ...keys: string[]): unknown =>
  keys.map((key) => raw[key]).find((value) => value !== undefined);

function toTarget(raw: unknown): TPackTarget {
  const target = asRecord(raw);
  return { clock: asString(target.clock) ?? '', text: asString(target.text) ?? '' };
}

function toPlan(raw: TRaw): TPackPlan {
  const limit = pick(raw, 'namedContacts', 'named_contacts');
  return {
    id: String(raw.id),
    name: asString(raw.name) ?? String(raw.id),
    status: raw.status === 'legacy' ? 'legacy' : 'sold',
    channels: Array.isArray(raw.channels) ? raw.channels.map(String) : undefined,
    namedContacts: typeof limit === 'number' ? limit : null,
    pinRequired: pick(raw, 'pinRequired', 'pin_required') === true,
  };
}

function toSeverity(raw: TRaw): TPackSeverity {
  return {
    id: String(raw.id),
    name: asString(raw.name) ?? String(raw.id),
    impact: asString(raw.impact),
    definition: asString(raw.definition),
    emergency: raw.emergency === true,
  };
}

function toCentre(raw: TRaw): TPackCentre {
  return {
    id: String(raw.id),
    name: asString(raw.name) ?? String(raw.id),
    timezone:
      asString(pick(raw, 'timezone', 'timeZone')) ?? asString(asRecord(raw.calendar).timezone) ?? 'UTC',
    location: asString(raw.location),
    serves: asString(raw.serves),
  };
}

function toMatrixRow(raw: TRaw): TPackMatrixRow {
  return {
    plan: String(raw.plan),
    severity: String(raw.severity),
    firstResponse: toTarget(pick(raw, 'firstResponse', 'first_response')),
    resolution: toTarget(raw.resolution),
  };
}

/**
 * A pack from GET /packs/:id in the shape the screens use, whether the API presents it in camelCase
 * or hands out the pack file's own snake_case structure (matrix under `sla.matrix`, zones under
 * `centres[].calendar.timezone`).
 */
export function normalisePack(input: unknown): TPackDetail {
  const raw = asRecord(input);
  const sla = asRecord(raw.sla);
  const matrix = pick(raw, 'matrix', 'slaMatrix') ?? sla.matrix;
  return {
    id: String(raw.id),
    name: asString(raw.name) ?? String(raw.id),
    vendor: asString(raw.vendor),
    version: String(raw.version ?? ''),
    effectiveFrom: asString(pick(raw, 'effectiveFrom', 'effective_from')),
    plans: asArray(raw.plans).map(toPlan),
    severities: asArray(raw.severities).map(toSeverity),
    centres: asArray(raw.centres).map(toCentre),
    matrix: asArray(matrix).map(toMatrixRow),
    regionCentres: Object.fromEntries(
      Object.entries(asRecord(pick(raw, 'regionCentres', 'region_centres'))).map(([region, centre]) => [
        region,
        String(centre),
      ]),
    ),
    intake: asArray(raw.intake).map((rule) => ({ id: String(rule.id), text: asString(rule.text) ?? '' })),
    escalationTiers: asArray(raw.escalationTiers).map((tier) => ({
      id: String(tier.id),
      name: asString(tier.name) ?? String(tier.id),
      categories: asArray(tier.categories).map((category) => ({
        id: String(category.id),
        name: asString(category.name) ?? String(category.id),
        needsOneOf: Array.isArray(category.needsOneOf) ? category.needsOneOf.map(String) : [],
        notSufficient: Array.isArray(category.notSufficient) ? category.notSufficient.map(String) : [],
      })),
      evidence: asArray(tier.evidence).map((item) => ({
        id: String(item.id),
        name: asString(item.name) ?? String(item.id),
      })),
    })),
  };
}
