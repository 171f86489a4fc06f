import { Route, Routes } from 'react-router-dom';
import { AgentCaseWorkspace } from './agent/agent-case-workspace.js';
import { AgentQueue } from './agent/agent-queue.js';
import { MessagePage } from './message-page.js';

/** /agent/queue: the queue, /:caseId for a case's workspace. */
export function AgentQueuePage() {
  return (
    <Routes>
      <Route index element={<AgentQueue />} />
      <Route path=":caseId" element={<AgentCaseWorkspace />} />
      <Route
        path="*"
        element={<MessagePage title="Page not found" text="There is nothing at this address." />}
      />
    </Routes>
  );
}
