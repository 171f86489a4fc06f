import type { Migration } from 'kysely';
import * as createAuthTables from './20261124190000-create-auth-tables.js';
import * as createRecordTables from './20261124193000-create-record-tables.js';
import * as createJobTables from './20261124200000-create-job-tables.js';
import * as createWorkflowTables from './20261124201000-create-workflow-tables.js';
import * as caseOutcomesAndReleases from './20261124210000-case-outcomes-and-releases.js';
import * as phoneIntakeAndAssignment from './20261124210500-phone-intake-and-assignment.js';
import * as createTenantPacks from './20261124211000-create-tenant-packs.js';
import * as caseNumberSequences from './20261124212000-case-number-sequences.js';
import * as caseQueueFilterIndexes from './20261124212100-case-queue-filter-indexes.js';
import * as caseOpenTailIndex from './20261124212200-case-open-tail-index.js';
import * as caseRequiredDetails from './20261124230000-case-required-details.js';
import * as createPriceBook from './20261203110000-create-price-book.js';
import * as appliancesAndRmas from './20261203130000-appliances-and-rmas.js';
import * as createTrainingTables from './20261203150000-create-training-tables.js';
import * as createCustomerCenter from './20261203160000-create-customer-center.js';
import * as serviceReviewCreatedByLabel from './20261203160100-service-review-created-by-label.js';
import * as caseNeedsPhoneCall from './20261203170000-case-needs-phone-call.js';
import * as contractTermsNoticesInvoices from './20261204110000-contract-terms-notices-invoices.js';
import * as releaseCatalogue from './20261204120000-release-catalogue.js';
import * as createIdempotencyKeys from './20261204140000-create-idempotency-keys.js';
import * as jobLanes from './20261204140100-job-lanes.js';
import * as dropCaseCounters from './20261204150000-drop-case-counters.js';
import * as fullTextSearch from './20261204160000-full-text-search.js';

/**
 * Every migration, by name. A static list (not a folder scan) so migrations run the same from tsx,
 * from dist and from bundles. To add one: create `YYYYMMDDHHMMSS-what-it-does.ts` exporting `up`
 * (and `down`), then add it here. Never edit a migration that has shipped.
 */
export const migrations: Record<string, Migration> = {
  '20261124190000-create-auth-tables': createAuthTables,
  '20261124193000-create-record-tables': createRecordTables,
  '20261124200000-create-job-tables': createJobTables,
  '20261124201000-create-workflow-tables': createWorkflowTables,
  '20261124210000-case-outcomes-and-releases': caseOutcomesAndReleases,
  '20261124210500-phone-intake-and-assignment': phoneIntakeAndAssignment,
  '20261124211000-create-tenant-packs': createTenantPacks,
  '20261124212000-case-number-sequences': caseNumberSequences,
  '20261124212100-case-queue-filter-indexes': caseQueueFilterIndexes,
  '20261124212200-case-open-tail-index': caseOpenTailIndex,
  '20261124230000-case-required-details': caseRequiredDetails,
  '20261203110000-create-price-book': createPriceBook,
  '20261203130000-appliances-and-rmas': appliancesAndRmas,
  '20261203150000-create-training-tables': createTrainingTables,
  '20261203160000-create-customer-center': createCustomerCenter,
  '20261203160100-service-review-created-by-label': serviceReviewCreatedByLabel,
  '20261203170000-case-needs-phone-call': caseNeedsPhoneCall,
  '20261204110000-contract-terms-notices-invoices': contractTermsNoticesInvoices,
  '20261204120000-release-catalogue': releaseCatalogue,
  '20261204140000-create-idempotency-keys': createIdempotencyKeys,
  '20261204140100-job-lanes': jobLanes,
  '20261204150000-drop-case-counters': dropCaseCounters,
  '20261204160000-full-text-search': fullTextSearch,
};
