// The failure sweep (test/support/failureSweep.ts) on customers-en.csv, spreadsheet in en_US, user in en.
import { defineSweeps } from '../../support/failureSweep';

defineSweeps('customers-en.csv', 'en_US', 'en');
