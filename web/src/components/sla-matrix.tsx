import type { TPackDetail } from '../api/pack-types.js';

/** The pack's SLA matrix: first response and resolution targets per plan × severity (seed wording). */
export function SlaMatrix({ pack, plans }: { pack: TPackDetail; plans?: readonly string[] }) {
  const shownPlans = pack.plans.filter((plan) => !plans || plans.includes(plan.id));
  return (
    <div className="scroll-x">
      <table className="table sla-matrix">
        <caption className="table__caption">SLA targets by plan and severity</caption>
        <thead>
          <tr>
            <th scope="col">Severity</th>
            {shownPlans.map((plan) => (
              <th key={plan.id} scope="col">
                {plan.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {pack.severities.map((severity) => (
            <tr key={severity.id}>
              <th scope="row">
                {severity.id} — {severity.name}
              </th>
              {shownPlans.map((plan) => {
                const row = pack.matrix.find(
                  (cell) => cell.plan === plan.id && cell.severity === severity.id,
                );
                return (
                  <td key={plan.id}>
                    {row ? (
                      <>
                        <div>
                          <strong>Response:</strong> {row.firstResponse.text}
                        </div>
                        <div>
                          <strong>Resolution:</strong> {row.resolution.text}
                        </div>
                      </>
                    ) : (
                      <span className="muted">Not covered</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
