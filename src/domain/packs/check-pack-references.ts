import type { z } from 'zod';

type TRefPack = {
  severities: { id: string }[];
  centres: { id: string }[];
  plans: {
    id: string;
    upgrade_to?: string | undefined;
    after_hours_phone?: { severities: string[] } | undefined;
  }[];
  region_centres: Record<string, string>;
  phone_numbers: { centre: string }[];
  sla: {
    matrix: { plan: string; severity: string }[];
    clock_overrides: { plans: string[]; severities: string[] }[];
    eligibility: { severities: string[]; otherwise: 'not_eligible' | { use_severity: string } }[];
    escalations: { plans: string[]; severities: string[] }[];
    settings: { follow_the_sun?: { plans: string[]; severities: string[] } | undefined };
  };
  rma: { by_plan: { plan: string }[] };
  escalation_tiers: {
    categories: { needs_one_of: string[]; not_sufficient: string[] }[];
    evidence: { id: string }[];
  }[];
  training: { academy: { plan: string }[] };
};

/** Cross-reference checks zod cannot express per field: ids exist, unique, and the SLA matrix is complete. */
export function checkPackReferences(pack: TRefPack, ctx: z.RefinementCtx): void {
  const severities = checkUnique(pack.severities, ['severities'], ctx);
  const centres = checkUnique(pack.centres, ['centres'], ctx);
  const plans = checkUnique(pack.plans, ['plans'], ctx);
  const mustBe = (set: Set<string>, kind: string, value: string, path: (string | number)[]) => {
    if (!set.has(value)) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `unknown ${kind} "${value}" (known: ${[...set].join(', ')})`,
      });
    }
  };
  for (const [region, centre] of Object.entries(pack.region_centres)) {
    mustBe(centres, 'centre', centre, ['region_centres', region]);
  }
  pack.phone_numbers.forEach((row, i) => {
    mustBe(centres, 'centre', row.centre, ['phone_numbers', i, 'centre']);
  });
  pack.plans.forEach((plan, i) => {
    if (plan.upgrade_to) mustBe(plans, 'plan', plan.upgrade_to, ['plans', i, 'upgrade_to']);
    plan.after_hours_phone?.severities.forEach((s, j) => {
      mustBe(severities, 'severity', s, ['plans', i, 'after_hours_phone', 'severities', j]);
    });
  });
  const seen = new Set<string>();
  pack.sla.matrix.forEach((row, i) => {
    mustBe(plans, 'plan', row.plan, ['sla', 'matrix', i, 'plan']);
    mustBe(severities, 'severity', row.severity, ['sla', 'matrix', i, 'severity']);
    const key = `${row.plan}/${row.severity}`;
    if (seen.has(key))
      ctx.addIssue({ code: 'custom', path: ['sla', 'matrix', i], message: `duplicate row ${key}` });
    seen.add(key);
  });
  for (const plan of plans) {
    for (const severity of severities) {
      if (!seen.has(`${plan}/${severity}`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sla', 'matrix'],
          message: `missing row for plan ${plan} × severity ${severity}`,
        });
      }
    }
  }
  const checkLists = (list: { plans?: string[]; severities: string[] }[], name: string) =>
    list.forEach((rule, i) => {
      rule.plans?.forEach((p, j) => {
        mustBe(plans, 'plan', p, ['sla', name, i, 'plans', j]);
      });
      rule.severities.forEach((s, j) => {
        mustBe(severities, 'severity', s, ['sla', name, i, 'severities', j]);
      });
    });
  pack.escalation_tiers.forEach((tier, i) => {
    const evidence = checkUnique(tier.evidence, ['escalation_tiers', String(i), 'evidence'], ctx);
    tier.categories.forEach((category, j) => {
      for (const key of ['needs_one_of', 'not_sufficient'] as const) {
        category[key].forEach((item, k) => {
          mustBe(evidence, 'evidence', item, ['escalation_tiers', i, 'categories', j, key, k]);
        });
      }
    });
  });
  checkLists(pack.sla.clock_overrides, 'clock_overrides');
  checkLists(pack.sla.eligibility, 'eligibility');
  checkLists(pack.sla.escalations, 'escalations');
  pack.sla.eligibility.forEach((rule, i) => {
    if (rule.otherwise !== 'not_eligible') {
      mustBe(severities, 'severity', rule.otherwise.use_severity, [
        'sla',
        'eligibility',
        i,
        'otherwise',
        'use_severity',
      ]);
    }
  });
  const fts = pack.sla.settings.follow_the_sun;
  fts?.plans.forEach((p, j) => {
    mustBe(plans, 'plan', p, ['sla', 'settings', 'follow_the_sun', 'plans', j]);
  });
  pack.rma.by_plan.forEach((row, i) => {
    mustBe(plans, 'plan', row.plan, ['rma', 'by_plan', i, 'plan']);
  });
  pack.training.academy.forEach((row, i) => {
    mustBe(plans, 'plan', row.plan, ['training', 'academy', i, 'plan']);
  });
}

function checkUnique(items: { id: string }[], path: string[], ctx: z.RefinementCtx): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (ids.has(item.id))
      ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message: `duplicate id "${item.id}"` });
    ids.add(item.id);
  });
  return ids;
}
