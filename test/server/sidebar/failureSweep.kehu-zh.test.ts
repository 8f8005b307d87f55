// The failure sweep (test/support/failureSweep.ts) on kehu-zh.csv, spreadsheet in zh_CN, user in zh_CN.
import { defineSweeps } from '../../support/failureSweep';

defineSweeps('kehu-zh.csv', 'zh_CN', 'zh_CN');
