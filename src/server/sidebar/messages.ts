// Sentences the server returns to the sidebar, in the user's language.
import type { Language } from '../../engine/types';

interface Messages {
  noTable: string;
  noColumns: string;
  nothingToCompute: string;
  onSummarySheet: string;
  busy: string;
  nothingToClear: string;
  cleared: string;
  applied: (rows: number, columns: number) => string;
}

const MESSAGES: Record<Language, Messages> = {
  en: {
    noTable: 'No customer table found on this sheet: it needs a header row (Customer, Revenue, Last order…) with data below.',
    noColumns: 'The header row names no column we can use: choose the columns in the dropdowns.',
    nothingToCompute: 'Nothing to compute: tick at least one classification that the chosen columns allow.',
    onSummarySheet: 'This is the summary sheet. Open your customer sheet and try again.',
    busy: 'Another classification is running on this spreadsheet. Try again in a moment.',
    nothingToClear: 'There is no classification on this sheet to clear.',
    cleared: 'Cleared: the columns, colours and summary sheet the add-on added are gone.',
    applied: (rows, columns) => `Done: ${rows} customers classified in ${columns} new columns, with a summary sheet.`,
  },
  es: {
    noTable: 'No hay una tabla de clientes en esta hoja: hace falta una fila de encabezados (Cliente, Ventas, Última compra…) con datos debajo.',
    noColumns: 'Los encabezados no nombran ninguna columna utilizable: elija las columnas en los desplegables.',
    nothingToCompute: 'Nada que calcular: marque al menos una clasificación que permitan las columnas elegidas.',
    onSummarySheet: 'Esta es la hoja de resumen. Abra su hoja de clientes y vuelva a intentarlo.',
    busy: 'Ya hay otra clasificación en marcha en esta hoja de cálculo. Inténtelo de nuevo en un momento.',
    nothingToClear: 'No hay ninguna clasificación que borrar en esta hoja.',
    cleared: 'Borrado: se han quitado las columnas, colores y la hoja de resumen que añadió el complemento.',
    applied: (rows, columns) => `Hecho: ${rows} clientes clasificados en ${columns} columnas nuevas, con una hoja de resumen.`,
  },
  zh: {
    noTable: '此工作表中没有找到客户表：需要一行表头（客户、销售额、最近购买……），下面是数据。',
    noColumns: '表头中没有可用的列：请在下拉菜单中选择各列。',
    nothingToCompute: '没有可计算的内容：请至少勾选一项所选列支持的分类。',
    onSummarySheet: '这是汇总表。请打开客户表后再试。',
    busy: '此表格中已有另一次分类正在进行，请稍后再试。',
    nothingToClear: '此工作表上没有可清除的分类。',
    cleared: '已清除：插件添加的列、颜色和汇总表都已删除。',
    applied: (rows, columns) => `完成：已对 ${rows} 位客户分类，新增 ${columns} 列，并生成汇总表。`,
  },
};

export function messages(language: Language): Messages {
  return MESSAGES[language];
}
