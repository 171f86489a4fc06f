import type { TCase } from '../api/case-types.js';
import { useCentreZones } from '../api/use-pack.js';
import { describeStatus, humanise } from '../lib/case-labels.js';
import { describeDetail } from '../lib/intake-fields.js';
import { Fact } from './fact.js';
import { InstantTime } from './instant-time.js';

/** The facts of a case: status, severity, plan, centre, tier, channel, opened; then what was reported. */
export function CaseSummary({ item }: { item: TCase }) {
  const centre = useCentreZones(item.packId).get(item.centre);
  const details = Object.entries(item.details ?? {}).filter(([, value]) => value !== '');
  return (
    <section className="panel" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="visually-hidden">
        Summary
      </h2>
      <dl className="facts">
        <Fact term="Status">{describeStatus(item.status)}</Fact>
        <Fact term="Severity">
          <span className={`severity severity--${item.severity.toLowerCase()}`}>{item.severity}</span>
        </Fact>
        <Fact term="Plan">{item.plan}</Fact>
        <Fact term="Support centre">{centre?.name ?? item.centre}</Fact>
        <Fact term="Tier">{item.tier}</Fact>
        <Fact term="Channel">{humanise(item.channel)}</Fact>
        {item.productVersion && (
          <Fact term="Version">
            {item.productVersion}
            {item.versionSupport && item.versionSupport.status !== 'supported' && (
              <>
                {' '}
                ({item.versionSupport.status === 'unsupported' ? 'unsupported version' : 'unknown version'})
              </>
            )}
          </Fact>
        )}
        <Fact term="Opened">
          <InstantTime value={item.openedAt} centreZone={centre?.timezone} centreLabel={centre?.name} />
        </Fact>
      </dl>
      {item.versionSupport && item.versionSupport.status !== 'supported' && (
        <p className="alert alert--warning" role="note">
          {item.versionSupport.reason}
        </p>
      )}
      {item.description && <p className="case-description">{item.description}</p>}
      {details.length > 0 && (
        <dl className="case-details">
          {details.map(([key, value]) => (
            <div key={key}>
              <dt>{describeDetail(key)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
