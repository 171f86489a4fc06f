import { registerAccountRoutes } from './account-routes.js';
import type { TRouteRegistrar } from './api-types.js';
import { registerApplianceSupportRoutes } from './appliance-support-routes.js';
import { registerAuditRoutes } from './audit-routes.js';
import { registerAuthRoutes } from './auth-routes.js';
import { registerCaseActionRoutes } from './case-action-routes.js';
import { registerCaseCommentRoutes } from './case-comment-routes.js';
import { registerCaseQueueRoutes } from './case-queue-routes.js';
import { registerCaseRoutes } from './case-routes.js';
import { registerContactRoutes } from './contact-routes.js';
import { registerContactUsageRoutes } from './contact-usage-routes.js';
import { registerContractCommerceRoutes } from './contract-commerce-routes.js';
import { registerContractQuoteRoutes } from './contract-quote-routes.js';
import { registerContractRoutes } from './contract-routes.js';
import { registerCustomerCenterRoutes } from './customer-center-routes.js';
import { registerDownloadRoutes } from './download-routes.js';
import { registerHealthCheckRoutes } from './health-check-routes.js';
import { registerKbRoutes } from './kb-routes.js';
import { registerModelUpgradeRoutes } from './model-upgrade-routes.js';
import { registerNotificationRoutes } from './notification-routes.js';
import { registerOperatorRoutes } from './operator-routes.js';
import { registerPackAdminRoutes } from './pack-admin-routes.js';
import { registerPackRoutes } from './pack-routes.js';
import { registerPhoneIntakeRoutes } from './phone-intake-routes.js';
import { registerReleaseRoutes } from './release-routes.js';
import { registerReleaseStatusRoutes } from './release-status-routes.js';
import { registerReportRoutes } from './report-routes.js';
import { registerRmaRoutes } from './rma-routes.js';
import { registerSearchRoutes } from './search-routes.js';
import { registerTokenRoutes } from './token-routes.js';
import { registerTrmRoutes } from './trm-routes.js';
import { registerUsageRoutes } from './usage-routes.js';
import { registerUserRoutes } from './user-routes.js';
import { registerWebhookRoutes } from './webhook-routes.js';

/** Every /api/v1 route file, in registration order. Add new resources here. */
export const apiRouteRegistrars: readonly TRouteRegistrar[] = [
  registerAuthRoutes,
  registerTokenRoutes,
  registerUserRoutes,
  registerAccountRoutes,
  registerContractQuoteRoutes,
  registerContractRoutes,
  registerContractCommerceRoutes,
  registerContactRoutes,
  registerContactUsageRoutes,
  registerCaseQueueRoutes,
  registerCaseRoutes,
  registerCaseCommentRoutes,
  registerCaseActionRoutes,
  registerSearchRoutes,
  registerReleaseRoutes,
  registerDownloadRoutes,
  registerReleaseStatusRoutes,
  registerPackRoutes,
  registerPackAdminRoutes,
  registerAuditRoutes,
  registerWebhookRoutes,
  registerPhoneIntakeRoutes,
  registerNotificationRoutes,
  registerReportRoutes,
  registerOperatorRoutes,
  registerKbRoutes,
  registerCustomerCenterRoutes,
  registerTrmRoutes,
  registerUsageRoutes,
  registerRmaRoutes,
  registerApplianceSupportRoutes,
  registerModelUpgradeRoutes,
  registerHealthCheckRoutes,
];
