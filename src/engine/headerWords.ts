// The vocabulary of header detection: which words (en, es) and character strings (zh) carry which concept
// (headerConcepts.ts). Words are stored normalised (normalizeText: lower case, no accents, ñ → n); plurals are found by
// stripping -s/-es. Data only: the build ships it packed (src/build/packData.mjs PACKED_MODULES).
import {
  CUSTOMER,
  NAME,
  LEAD,
  ID,
  NUMBER,
  COUNT,
  QUANTITY,
  FIRST,
  LAST,
  DATE,
  ORDER,
  INVOICE,
  REVENUE,
  AMOUNT,
  TOTAL,
  PROFIT,
  PERCENT,
  AVERAGE,
  STATUS,
  NOTES,
  SCORE,
  PERIOD,
  OTHER,
  NEUTRAL,
} from './headerConcepts';

type Entries = ReadonlyArray<readonly [number, string]>;

/** Latin-script words, space-separated per concept; a word listed under two concepts gets both. */
export const LATIN_WORDS: Entries = [
  [
    CUSTOMER,
    'customer cust client cliente buyer comprador compradora account acct cuenta company empresa compania business ' +
      'negocio organization organisation consumer consumidor shopper member miembro socio',
  ],
  [NAME, 'name nombre denominacion apellido'],
  [LEAD, 'lead prospect prospecto'],
  [ID, 'id code codigo cod ref reference referencia uuid'],
  [NUMBER, 'number numero num no nro nr nbr n'],
  [COUNT, 'count conteo frequency frecuencia times veces'],
  [QUANTITY, 'quantity qty cantidad cant'],
  [
    FIRST,
    'first 1st 1er 1era 1a 1o primera primer primero initial inicial since desde alta signup signed joined join ' +
      'joining acquired acquisition adquisicion start started inicio created creation creacion opened apertura ' +
      'earliest',
  ],
  [LAST, 'last latest recent recently ultima ultimo ult reciente final newest'],
  [DATE, 'date day fecha dia when time datetime timestamp dt'],
  [
    ORDER,
    'order purchase purchased purchasing buy bought buying transaction txn sale pedido compra comprado compro ' +
      'compraron transaccion operacion orden venta',
  ],
  [INVOICE, 'invoice factura bill receipt recibo ticket albaran'],
  [
    REVENUE,
    'revenue sales ventas spent spend spending gasto gastado income ingreso turnover facturacion facturado ' +
      'facturada billing ltv clv cltv monetary monetario recaudacion gmv consumo',
  ],
  [AMOUNT, 'amount value valor importe monto paid pagado price precio money dinero eur euros usd dollars dolares rmb cny yuan'],
  [TOTAL, 'total sum suma lifetime cumulative acumulado acumulada overall global vida historic historico'],
  [PROFIT, 'profit margin earnings beneficio margen ganancia utilidad rentabilidad contribution contribucion markup'],
  [PERCENT, 'percent percentage pct ratio rate tasa porcentaje porciento proporcion'],
  [AVERAGE, 'average avg mean promedio medio media per typical'],
  [STATUS, 'status stage estado etapa fase phase situacion pipeline intent intencion interest interes disposition temperature temperatura'],
  [NOTES, 'note comment remark observacion comentario nota seguimiento followup memo'],
  [SCORE, 'score scoring rating puntuacion puntaje calificacion valoracion probability probabilidad'],
  [PERIOD, 'year ano month mes quarter trimestre week semana ytd mtd annual anual monthly mensual'],
  [
    OTHER,
    'email mail correo phone telephone tel telefono movil mobile cell whatsapp address direccion domicilio city ' +
      'ciudad country pais region provincia state zip postal cp street calle product producto item articulo sku ' +
      'category categoria type tipo segment segmento class clase tier group grupo industry industria sector channel ' +
      'canal source fuente origen origin rep representative owner agent agente vendedor vendedora seller salesperson ' +
      'manager gerente responsable assigned asignado contact contacto login acceso visit visita call llamada activity ' +
      'actividad seen next proximo proxima siguiente unit unitario unitaria discount descuento tax impuesto iva vat ' +
      'shipping envio delivery entrega cost costo coste age edad days dias birthday cumpleanos nacimiento gender ' +
      'genero sexo website web url language idioma currency moneda credit credito recency recencia updated modified ' +
      'actualizado modificado rank ranking grade target objetivo budget presupuesto forecast prevision quota cuota ' +
      'expected esperado close cierre due vencimiento points puntos nif cif rfc dni',
  ],
  [
    NEUTRAL,
    'razon social comercial que most mas of the a an de del la el los las en y e and or o to in on at for para por ' +
      'con with by su sus al gross bruto bruta net neto neta this esta este',
  ],
];

/** Stems for words with many forms (registro, registration, registered…), tried only when no whole word matched. */
export const LATIN_PREFIXES: Entries = [
  [FIRST, 'registr adquir onboard'],
  [ORDER, 'transac'],
  [PROFIT, 'benefic rentab gananc'],
  [SCORE, 'puntu calific'],
  [NOTES, 'observ coment comment'],
  [ID, 'identif'],
  [CUSTOMER, 'organi'],
  [OTHER, 'telef direcc categor segment descuent impuest represent respons industr'],
];

/** Multi-word expressions, matched on whole words. */
export const LATIN_PHRASES: Entries = [
  [CUSTOMER | NAME, 'razon social'],
  [COUNT, 'how many'],
  [NOTES, 'follow up'],
];

/** Chinese strings (simplified, and traditional where it differs), found as substrings of the header. */
export const CJK_TERMS: Entries = [
  [CUSTOMER, '客户 客戶 顾客 顧客 用户 用戶 会员 會員 买家 買家 公司 企业 企業 单位 單位 商户 商戶 账户 帳戶'],
  [NAME, '名称 名稱 姓名 名字 名'],
  [LEAD, '线索 線索 潜客 潛客 潜在 潛在'],
  [ID, '编号 編號 代码 代碼 编码 編碼 号 號'],
  [COUNT, '次数 次數 频次 頻次 频率 頻率 笔数 筆數 单数 單數 单量 單量'],
  [QUANTITY, '数 數 量'],
  [FIRST, '首 第一 初次 开始 開始 注册 註冊 起始 开户 開戶 入会 入會 加入 成为 成為 建档 建檔 创建 創建 开通 開通'],
  [LAST, '最近 最后 最後 末次 末单 末單 上次 最新'],
  [DATE, '日期 时间 時間 日 何时'],
  [ORDER, '订单 訂單 下单 下單 首单 首單 末单 末單 成单 成單 购买 購買 交易 成交 采购 採購 购物 購物'],
  [INVOICE, '发票 發票 账单 帳單'],
  [REVENUE, '销售 銷售 营业额 營業額 营收 營收 收入 消费 消費 流水 业绩 業績'],
  [AMOUNT, '金额 金額 额 額 价值 價值 付款 实付 實付 支付 价格 價格'],
  [TOTAL, '累计 累計 总 總 合计 合計 全部 历史 歷史 终身 終身 生命周期'],
  [PROFIT, '利润 利潤 毛利 净利 淨利 盈利 利 收益'],
  [PERCENT, '率 比例 占比 百分比'],
  [AVERAGE, '平均 均 每'],
  [STATUS, '状态 狀態 阶段 階段 意向 进展 進展 情况 情況 进度 進度 意愿 意願'],
  [NOTES, '备注 備註 说明 說明 记录 記錄 跟进 跟進 评论 評論 沟通 溝通'],
  [SCORE, '评分 評分 分数 分數 得分 打分 评级 評級 分值 概率 可能性'],
  [PERIOD, '年 月 季度 本期 周 週'],
  [
    OTHER,
    '电话 電話 手机 手機 邮箱 郵箱 邮件 郵件 地址 城市 地区 地區 省 国家 國家 产品 產品 商品 类型 類型 类别 類別 分类 分類 等级 等級 级别 級別 行业 行業 渠道 来源 來源 联系 聯繫 联络 聯絡 ' +
      '拜访 拜訪 下次 下一 负责人 負責人 销售员 銷售員 业务员 業務員 销售代表 銷售代表 跟单员 跟單員 成本 折扣 税 稅 运费 運費 天 生日 性别 性別 年龄 年齡 排名 积分 積分 信用 预算 預算 目标 目標 ' +
      '单价 單價 更新 修改 登录 登錄 网址 網址',
  ],
];
