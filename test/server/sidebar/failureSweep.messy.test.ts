// The failure sweep (test/support/failureSweep.ts) on messy.csv, spreadsheet in en_US, user in en.
import { defineSweeps } from '../../support/failureSweep';

defineSweeps('messy.csv', 'en_US', 'en');
