// The failure sweep (test/support/failureSweep.ts) on orders-log.csv, spreadsheet in en_US, user in en: an order log's
// Apply makes two sheets (the summary and the customer list) and one column on the log.
import { defineSweeps } from '../../support/failureSweep';

defineSweeps('orders-log.csv', 'en_US', 'en', 'orders');
