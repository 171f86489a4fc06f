/** Views of the record API: accounts, contracts, contacts (src/routes/*-routes.ts). */
export type TContract = {
  id: string;
  reference: string;
  accountId: string;
  packId: string;
  packVersion?: string;
  plan: string;
  channel?: string;
  termStart: string;
  termEnd: string;
  status: string;
  licences?: number;
  autoRenew?: boolean;
  productId?: string | null;
};

export type TContact = {
  id: string;
  accountId: string;
  userId?: string | null;
  name: string;
  email: string;
  phone?: string | null;
  is24x7Contact?: boolean;
  readOnly?: boolean;
  allowedActions?: string[];
};

export type TAccount = { id: string; name: string; region: string; paymentStatus?: string };

export type TUser = {
  id: string;
  email: string;
  name: string;
  role: string;
  accountId: string | null;
  disabled: boolean;
  createdAt: string;
  allowedActions?: string[];
};

/** GET /contacts/usage: named contacts used against the plan limit (IMP-42); limit null = no limit. */
export type TContactUsage = { accountId: string; used: number; limit: number | null };
