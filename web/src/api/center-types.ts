/** Knowledge base and Customer Center API shapes (GET /kb/…, GET /customer-center). */
export type TSegment = { text: string; match: boolean };
export type TKbArticleSummary = {
  id: string;
  title: string;
  packId: string;
  productId: string | null;
  version: string | null;
  audience: 'customer' | 'internal';
  status: 'draft' | 'review' | 'published';
  updatedAt: string;
  publishedAt: string | null;
  titleHighlight: TSegment[] | null;
  excerpt: TSegment[];
};
export type TKbArticle = Omit<TKbArticleSummary, 'titleHighlight' | 'excerpt'> & {
  body: string;
  html: string;
  authorId: string;
  createdAt: string;
  allowedActions: string[];
};
export type TPhone = { location: string; number: string; centre: string };
export type TStatement = { text: string; clause: string | null };
export type TPublishedCalendar = {
  centre: string;
  name: string;
  location: string | null;
  serves: string;
  timezone: string;
  years: number[];
  weeklyHours: { day: string; hours: { from: string; to: string }[] }[];
  holidays: { date: string; name: string }[];
  closures: { date: string; from: string; to: string; reason: string | null }[];
};
export type TTeamMember = { name: string; email: string | null; awayUntil: string | null };
export type TServiceReview = {
  id: string;
  scheduledFor: string;
  agenda: string;
  notes: string;
  status: 'scheduled' | 'held' | 'cancelled';
  allowedActions: string[];
};
export type TCustomerCenter = {
  account: { id: string; name: string; region: string };
  entitled: boolean;
  reason: string;
  packs: {
    packId: string;
    packName: string;
    vendor: string;
    planName: string;
    calendars: TPublishedCalendar[];
    phoneNumbers: TPhone[];
    allPhoneNumbers: TPhone[];
    phoneNote: TStatement | null;
    outOfScope: TStatement[];
    phoneAdvice: { severity: string; text: string }[];
  }[];
  team: {
    namedSupportManager: boolean;
    assignedEngineer: boolean;
    directSupportManagerAccess: boolean;
    serviceReviews: boolean;
    supportManager: TTeamMember | null;
    engineer: TTeamMember | null;
    backupEngineer: TTeamMember | null;
    allowedActions: string[];
  };
  serviceReviews: TServiceReview[];
};
