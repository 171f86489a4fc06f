import { Route, Routes } from 'react-router-dom';
import { MessagePage } from './message-page.js';
import { PortalCaseDetail } from './portal/portal-case-detail.js';
import { PortalCaseList } from './portal/portal-case-list.js';
import { PortalOpenCase } from './portal/portal-open-case.js';

/** /portal/cases: the list, /new to open a case, /:caseId for one case. */
export function PortalCasesPage() {
  return (
    <Routes>
      <Route index element={<PortalCaseList />} />
      <Route path="new" element={<PortalOpenCase />} />
      <Route path=":caseId" element={<PortalCaseDetail />} />
      <Route
        path="*"
        element={<MessagePage title="Page not found" text="There is nothing at this address." />}
      />
    </Routes>
  );
}
