import { useQuery } from '@tanstack/react-query';
import type { TSlaPreview } from '../api/case-types.js';
import { useAuth } from '../auth/auth-context.js';
import { QueryState } from './query-state.js';
import { SlaMilestones } from './sla-milestones.js';

/** POST /sla/preview's body: `opened` is an ISO instant (now, for a case about to be opened). */
export type TSlaPreviewInput = {
  pack: string;
  plan: string;
  severity: string;
  opened: string;
  channel?: string;
  centre?: string;
  /** Phone intake: the caller's Premium Support PIN was verified (C8). */
  pinVerified?: boolean;
};

/**
 * POST /sla/preview: the targets a case would get if submitted now, shown before submitting.
 * A read, though sent as POST, so it is a query keyed by its input.
 */
export function SlaPreview({
  input,
  centreZone,
  centreLabel,
}: {
  input: TSlaPreviewInput | undefined;
  centreZone?: string;
  centreLabel?: string;
}) {
  const { client } = useAuth();
  const preview = useQuery({
    // Keyed without `opened`, so the preview is not refetched every render; it is "now" when asked.
    queryKey: ['sla', 'preview', { ...input, opened: undefined }],
    queryFn: () => client.post<TSlaPreview>('/sla/preview', input),
    enabled: input !== undefined,
  });
  return (
    <section className="panel" aria-labelledby="sla-preview-heading" aria-live="polite">
      <h2 id="sla-preview-heading">Service levels that will apply</h2>
      {input === undefined ? (
        <p className="muted">Choose a contract and a severity to see the response and resolution targets.</p>
      ) : (
        <QueryState query={preview}>
          {(data) => (
            <SlaMilestones milestones={data.milestones} centreZone={centreZone} centreLabel={centreLabel} />
          )}
        </QueryState>
      )}
    </section>
  );
}
