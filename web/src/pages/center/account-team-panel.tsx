import type { TCustomerCenter, TTeamMember } from '../../api/center-types.js';
import { Fact } from '../../components/fact.js';
import { InstantTime } from '../../components/instant-time.js';

function Member({ member }: { member: TTeamMember | null }) {
  if (!member) return <>Not named yet</>;
  return (
    <>
      {member.name}
      {member.email && (
        <>
          {' · '}
          <a href={`mailto:${member.email}`}>{member.email}</a>
        </>
      )}
    </>
  );
}

/** The account team the plan promises (named support manager, assigned engineer and back-up) and service reviews. */
export function AccountTeamPanel({ center }: { center: TCustomerCenter }) {
  const { team } = center;
  if (!team.namedSupportManager && !team.assignedEngineer) {
    return (
      <section className="panel" aria-labelledby="team-heading">
        <h2 id="team-heading">Your account team</h2>
        <p>Your plan is served by the support team of your support centre; it has no named account team.</p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="team-heading">
      <h2 id="team-heading">Your account team</h2>
      <dl className="facts">
        {team.namedSupportManager && (
          <Fact term="Support manager">
            <Member member={team.supportManager} />
          </Fact>
        )}
        {team.assignedEngineer && (
          <>
            <Fact term="Assigned engineer">
              <Member member={team.engineer} />
            </Fact>
            <Fact term="Back-up engineer">
              <Member member={team.backupEngineer} />
            </Fact>
          </>
        )}
      </dl>
      {team.directSupportManagerAccess && (
        <p>
          Contact your support manager directly for escalations and to coordinate sites in several time zones.
        </p>
      )}
      {team.assignedEngineer && (
        <p className="muted">
          Your assigned engineer works in your normal business hours and owns your cases; the back-up engineer
          takes over when they are away.
        </p>
      )}
      {team.serviceReviews && (
        <>
          <h3>Service reviews</h3>
          {center.serviceReviews.length === 0 ? (
            <p className="muted">No service review is scheduled yet.</p>
          ) : (
            <ul className="review-list">
              {center.serviceReviews.map((review) => (
                <li key={review.id}>
                  <strong>
                    <InstantTime value={review.scheduledFor} />
                  </strong>{' '}
                  ({review.status})<p className="pre-line">Agenda: {review.agenda}</p>
                  {review.notes && <p className="pre-line">Notes: {review.notes}</p>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
