import type { TUserRole } from '../db/schema.js';
import type { TAccountRegion, TCaseChannel, TCaseStatus, TProductKind } from '../db/schema-records.js';

/** The demo tenant: both seed packs, four customer accounts, about a dozen cases in various states. */
export const demoTenant = { slug: 'demo', name: 'Aftercare Demo Vendor' } as const;
/** Demo tenant only. */
export const demoPassword = 'aftercare-demo';

export type TDemoUser = { email: string; name: string; role: TUserRole; account?: string };
export type TDemoAccount = {
  name: string;
  region: TAccountRegion;
  site: { name: string; country: string };
  contract: {
    reference: string;
    packId: string;
    plan: string;
    product: string;
    termStart: string;
    termEnd: string;
  };
  contacts: { name: string; email: string; phone: string; is24x7?: boolean }[];
  appliances: { serial: string; model: string; shipDate: string; warrantyEnd: string }[];
};
export type TDemoCase = {
  account: string;
  title: string;
  description: string;
  severity: string;
  channel: TCaseChannel;
  /** Opened this many minutes before the seed runs. */
  openedMinutesAgo: number;
  status: TCaseStatus;
  assignee?: string;
  reply?: string;
};

export const demoProducts: { name: string; packId: string; kind: TProductKind }[] = [
  { name: 'Imprivata OneSign', packId: 'imprivata-onesign', kind: 'appliance' },
  { name: 'Imprivata OneSign Anywhere', packId: 'imprivata-onesign', kind: 'virtual_appliance' },
  { name: 'Ivanti Endpoint Manager', packId: 'ivanti', kind: 'software' },
];

export const demoAccounts: TDemoAccount[] = [
  {
    name: 'Northwind Health (US)',
    region: 'americas',
    site: { name: 'Boston General', country: 'US' },
    contract: {
      reference: 'IMP-US-PREM-001',
      packId: 'imprivata-onesign',
      plan: 'premium',
      product: 'Imprivata OneSign',
      termStart: '2026-02-01',
      termEnd: '2027-01-31',
    },
    contacts: [
      { name: 'Dana Whitfield', email: 'dana@northwind.example', phone: '+1 617 555 0101', is24x7: true },
      { name: 'Luis Ortega', email: 'luis@northwind.example', phone: '+1 617 555 0102' },
    ],
    appliances: [
      {
        serial: 'OS-US-0001',
        model: 'OneSign Appliance G4',
        shipDate: '2026-01-20',
        warrantyEnd: '2027-01-31',
      },
      {
        serial: 'OS-US-0002',
        model: 'OneSign Appliance G4',
        shipDate: '2026-01-20',
        warrantyEnd: '2027-01-31',
      },
    ],
  },
  {
    name: "St Mary's Hospital Trust (UK)",
    region: 'emea',
    site: { name: 'Paddington', country: 'GB' },
    contract: {
      reference: 'IMP-EMEA-STD-002',
      packId: 'imprivata-onesign',
      plan: 'standard',
      product: 'Imprivata OneSign',
      termStart: '2025-11-01',
      termEnd: '2026-10-31',
    },
    contacts: [
      { name: 'Priya Raman', email: 'priya@stmarys.example', phone: '+44 20 7946 0011' },
      { name: 'Tom Hughes', email: 'tom@stmarys.example', phone: '+44 20 7946 0012' },
      { name: 'Aoife Byrne', email: 'aoife@stmarys.example', phone: '+44 20 7946 0013' },
    ],
    appliances: [
      {
        serial: 'OS-EU-0001',
        model: 'OneSign Appliance G3',
        shipDate: '2025-10-14',
        warrantyEnd: '2026-10-31',
      },
    ],
  },
  {
    name: 'Contoso Manufacturing (Americas)',
    region: 'americas',
    site: { name: 'Detroit Plant', country: 'US' },
    contract: {
      reference: 'IVA-AM-ENT-003',
      packId: 'ivanti',
      plan: 'enterprise',
      product: 'Ivanti Endpoint Manager',
      termStart: '2026-04-01',
      termEnd: '2027-03-31',
    },
    contacts: [
      { name: 'Mike Brennan', email: 'mike@contoso.example', phone: '+1 313 555 0199', is24x7: true },
    ],
    appliances: [],
  },
  {
    name: 'Harbour Bank (APAC)',
    region: 'apac',
    site: { name: 'Singapore HQ', country: 'SG' },
    contract: {
      reference: 'IVA-APAC-PREM-004',
      packId: 'ivanti',
      plan: 'premium',
      product: 'Ivanti Endpoint Manager',
      termStart: '2026-01-01',
      termEnd: '2026-12-31',
    },
    contacts: [{ name: 'Wei Ling Tan', email: 'weiling@harbourbank.example', phone: '+65 6555 0123' }],
    appliances: [],
  },
];

const [northwind, stMarys, contoso, harbour] = demoAccounts.map((account) => account.name) as [
  string,
  string,
  string,
  string,
];

export const demoUsers: TDemoUser[] = [
  { email: 'admin@demo.test', name: 'Avery Admin', role: 'vendor_admin' },
  { email: 'manager@demo.test', name: 'Morgan Manager', role: 'support_manager' },
  { email: 'agent@demo.test', name: 'Alex Agent', role: 'agent' },
  { email: 'northwind-admin@demo.test', name: 'Dana Whitfield', role: 'customer_admin', account: northwind },
  { email: 'northwind-contact@demo.test', name: 'Luis Ortega', role: 'customer_contact', account: northwind },
  { email: 'stmarys-admin@demo.test', name: 'Priya Raman', role: 'customer_admin', account: stMarys },
  { email: 'stmarys-contact@demo.test', name: 'Tom Hughes', role: 'customer_contact', account: stMarys },
  { email: 'contoso-admin@demo.test', name: 'Mike Brennan', role: 'customer_admin', account: contoso },
  { email: 'harbour-admin@demo.test', name: 'Wei Ling Tan', role: 'customer_admin', account: harbour },
];

export const demoCases: TDemoCase[] = [
  {
    account: northwind,
    title: 'ED workstations cannot tap in (production down)',
    description: 'All badge taps in the emergency department fail since 06:10.',
    severity: 'P0',
    channel: 'phone',
    openedMinutesAgo: 25,
    status: 'in_progress',
    assignee: 'agent@demo.test',
    reply: 'Engineer on the line, collecting appliance logs.',
  },
  {
    account: northwind,
    title: 'Fingerprint enrollment fails on new readers',
    description: 'New readers reject enrollment with error 0x51.',
    severity: 'P1',
    channel: 'portal',
    openedMinutesAgo: 90,
    status: 'new',
  },
  {
    account: northwind,
    title: 'Typo in the self-service password reset page',
    description: 'The reset page says "pasword".',
    severity: 'P2',
    channel: 'portal',
    openedMinutesAgo: 60 * 26,
    status: 'waiting_on_customer',
    assignee: 'agent@demo.test',
    reply: 'Which OneSign version shows this?',
  },
  {
    account: northwind,
    title: 'How do I export the audit report?',
    description: 'Looking for the monthly audit export.',
    severity: 'P3',
    channel: 'email',
    openedMinutesAgo: 60 * 24 * 3,
    status: 'resolved',
    assignee: 'manager@demo.test',
    reply: 'Reports → Audit → Export CSV.',
  },
  {
    account: stMarys,
    title: 'Appliance pair out of sync',
    description: 'Replication between the primary and standby appliance stopped.',
    severity: 'P1',
    channel: 'portal',
    openedMinutesAgo: 45,
    status: 'new',
  },
  {
    account: stMarys,
    title: 'Slow logins on ward PCs',
    description: 'Logins take 40 s on some ward PCs.',
    severity: 'P2',
    channel: 'portal',
    openedMinutesAgo: 60 * 5,
    status: 'in_progress',
    assignee: 'agent@demo.test',
  },
  {
    account: stMarys,
    title: 'Feature request: dark mode for the agent',
    description: 'Night staff would like a darker theme.',
    severity: 'P3',
    channel: 'portal',
    openedMinutesAgo: 60 * 24 * 10,
    status: 'closed',
    assignee: 'manager@demo.test',
    reply: 'Logged as an enhancement request.',
  },
  {
    account: contoso,
    title: 'Core server down after patch',
    description: 'The core server does not start after applying the latest patch.',
    severity: 'S1',
    channel: 'phone',
    openedMinutesAgo: 120,
    status: 'in_progress',
    assignee: 'manager@demo.test',
  },
  {
    account: contoso,
    title: 'Inventory scan misses Linux agents',
    description: 'Linux agents do not report inventory.',
    severity: 'S2',
    channel: 'portal',
    openedMinutesAgo: 60 * 7,
    status: 'new',
  },
  {
    account: contoso,
    title: 'Console reports slow to render',
    description: 'Reports take minutes to open.',
    severity: 'S3',
    channel: 'portal',
    openedMinutesAgo: 60 * 30,
    status: 'waiting_on_customer',
    assignee: 'agent@demo.test',
  },
  {
    account: harbour,
    title: 'Patch deployment stuck at 0%',
    description: 'Scheduled patch task does not start on any device.',
    severity: 'S1',
    channel: 'portal',
    openedMinutesAgo: 15,
    status: 'new',
  },
  {
    account: harbour,
    title: 'Documentation for the REST API',
    description: 'Where is the API reference for 2024.3?',
    severity: 'S4',
    channel: 'portal',
    openedMinutesAgo: 60 * 48,
    status: 'resolved',
    assignee: 'agent@demo.test',
    reply: 'Linked the 2024.3 API reference.',
  },
];

/** Incident details for packs that require them (Ivanti, IVA-23). */
export const demoIncidentDetails = {
  example: 'See the description',
  context: 'Production environment',
  systemConfiguration: 'Customer standard build',
  reproductionSteps: 'Reported by the customer; reproduction pending',
};
