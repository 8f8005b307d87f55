// The failure sweep (test/support/failureSweep.ts) on clientes-es.csv, spreadsheet in es_ES, user in es.
import { defineSweeps } from '../../support/failureSweep';

defineSweeps('clientes-es.csv', 'es_ES', 'es');
