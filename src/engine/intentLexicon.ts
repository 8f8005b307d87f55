// Cue words for reading purchase intent from status notes (DOMAIN.md §5), grouped by the role they play.
// Entries are written as people type them; the reader normalises each one once (case, accents, apostrophes).
// Latin entries match whole words; Chinese entries match as substrings (no spaces in Chinese).

import type { Language } from './types';

/** The groups of one language. Each group's comment says what the words mean alone and when negated. */
export interface IntentLexicon {
  /** Interest or a buying step. Negated ("not interested", "不想买") → not interested. */
  ready: string[];
  /** Readiness itself. Negated ("not ready yet") → not now: it says when, not whether. */
  readiness: string[];
  /** Weighing a purchase. Negated ("不考虑", "not considering") → not interested. */
  considering: string[];
  /** An activity of weighing. Negated ("no longer comparing") → nothing: the activity simply ended. */
  weighing: string[];
  /** Deferral. Negated → nothing. */
  later: string[];
  /** Refusal; a deferral in the same note turns it into not now ("暂时不需要"). */
  refusal: string[];
  /** Facts that end the opportunity (lost, went with a rival, do not contact): nothing overrides them. */
  lost: string[];
  /** Mean nothing alone; negated they express doubt ("not sure", "还没决定") → considering. */
  doubtWhenNegated: string[];
  /** Mean nothing alone; negated they refuse ("doesn't need it", "不需要") → not interested. */
  refusalWhenNegated: string[];
  /** Mean nothing alone; negated they lack money or priority now ("no budget", "not a priority", "没预算") → not now. */
  notNowWhenNegated: string[];
  /** "For now" qualifiers: a refusal that carries one is a deferral ("not interested right now"). */
  forNow: string[];
  /** Words that contain or follow a negator but negate no intent ("no problem", "不错", "别家"): they absorb it. */
  neutral: string[];
  /** Negators: they flip the next cue within a few words (see also the two lists below, which are negators too). */
  negators: string[];
  /** Negators that decide alone when nothing follows them: "not yet" → not now, "ya no" → not interested. */
  negatorsAlone: { text: string; intent: 'not_now' | 'not_interested' }[];
  /** Negators that decide as the last word of the note ("he said no"); elsewhere a bare "no" is ignored ("no answer"). */
  negatorsAtEnd: string[];
  /** Clause breaks: negation and pairs do not reach across them ("interested but not now"). */
  stops: string[];
  // Pairs: a lead followed within a few words by its object forms one cue; alone, either half means nothing.
  /** + timeWords → not now ("call back in Q3", "revisit after summer"; "next week" is no deferral). */
  timeLeads: string[];
  timeWords: string[];
  /** + askObjects → ready ("asked for pricing", "pidió presupuesto", "send contract"). */
  askLeads: string[];
  askObjects: string[];
  /** + deciders → considering ("needs to ask his boss", "hablar con su jefe"). */
  consultLeads: string[];
  deciders: string[];
  /** + replies → considering ("waiting for their reply", "等回复"). */
  waitLeads: string[];
  replies: string[];
}

const MONTHS_EN = [
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  // "may" and "mar" are left out: "call back, may be interested" must not read as a date.
  'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
const MONTHS_ES = [
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre',
  'noviembre', 'diciembre',
];
const QUARTERS = ['q1', 'q2', 'q3', 'q4', '1q', '2q', '3q', '4q', 'h1', 'h2'];
const YEARS = Array.from({ length: 20 }, (_, i) => String(2020 + i));

export const INTENT_LEXICON: Record<Language, IntentLexicon> = {
  en: {
    ready: [
      'interested', 'intrested', 'interessted', 'interest', 'very interested', 'hot', 'hot lead', 'keen', 'eager',
      'ready to buy', 'ready to order', 'ready to sign', 'ready to go', 'ready to purchase', 'ready to close',
      'wants to buy', 'want to buy', 'wants to order', 'place an order', 'placing an order', 'buy', 'purchase',
      'will sign', 'signing', 'signed', 'signed with us', 'going with us', 'decision made', 'verbal yes', 'verbal ok',
      'verbal agreement', 'agreed', 'good to go', 'move forward', 'moving forward', 'go ahead', 'budget approved',
      'po incoming', 'po coming', 'purchase order', 'closing', 'likes the product', 'asap', 'committed', 'said yes',
      'agreed to buy', 'looking to buy', 'got approval', 'confirmed order', 'order confirmed', 'confirmed the order',
    ],
    readiness: ['ready'],
    considering: [
      'considering', 'consider', 'thinking', 'think', 'think about it', 'thinking about it', 'think it over',
      'needs to think', 'undecided',
      'on the fence', 'maybe', 'perhaps', 'might be interested', 'may be interested', 'possibly interested',
      'warm lead', 'let us know', 'will let us know', 'hesitant', 'hesitating', 'unsure', 'deliberating',
      'waiting to hear back', 'sleep on it', 'approval', 'needs approval', 'internal approval', 'between us and',
      // Our offer is out and the ball is in their court.
      'quote sent', 'proposal sent', 'pricing sent', 'sent quote', 'sent the quote', 'sent proposal',
      'sent the proposal', 'sent pricing',
    ],
    weighing: [
      'comparing', 'compare', 'evaluating', 'evaluation', 'reviewing', 'reviewing proposal', 'shopping around',
      'deciding', 'trial', 'testing', 'in talks', 'getting quotes', 'weighing', 'weighing options',
    ],
    later: [
      'later', 'maybe later', 'not now', 'not right now', 'not at the moment', 'not this quarter', 'not this year',
      'on hold', 'postponed', 'postpone', 'delayed', 'deferred', 'budget frozen', 'budget freeze', 'bad timing',
      'timing isn\'t right', 'timing isnt right', 'timing not right', 'not the right time', 'not a good time',
      'wrong time', 'next quarter', 'next year', 'next month', 'down the road', 'in the future', 'someday', 'eoy',
      'end of year', 'year end', 'budget cut', 'budget cuts', 'hiring freeze', 'pause', 'paused',
    ],
    refusal: [
      'uninterested', 'disinterested', 'no thanks', 'no thank you', 'not a fit', 'not a good fit', 'no fit',
      'bad fit', 'declined', 'rejected', 'refused', 'said no', 'dead', 'dead lead', 'happy with current',
      'happy with their current', 'happy with his current', 'happy with her current',
    ],
    lost: [
      'lost', 'closed lost', 'lost to', 'lost interest', 'went with', 'went elsewhere', 'went to competitor',
      'chose another', 'chose a competitor', 'chose competitor', 'chose someone else', 'signed with competitor',
      'signed with a competitor', 'signed with another', 'going with competitor', 'going with another',
      'bought from competitor', 'bought elsewhere', 'churned', 'churn', 'do not contact', 'do not call',
      'don\'t contact', 'dont contact', 'don\'t call', 'dont call', 'stop calling', 'unsubscribed', 'unsubscribe',
      'remove from list', 'removed from', 'uses a competitor', 'using a competitor', 'asked to be removed', 'remove me', 'out of business',
    ],
    doubtWhenNegated: ['sure', 'decided', 'convinced', 'certain'],
    refusalWhenNegated: ['need', 'need it', 'want', 'want it'],
    notNowWhenNegated: ['budget', 'priority', 'a priority'],
    forNow: ['right now', 'for now', 'at the moment', 'currently', 'this year', 'at this time', 'this quarter'],
    neutral: ['problem', 'problems', 'issue', 'issues', 'worries'],
    negators: [
      'not', 'don\'t', 'dont', 'doesn\'t', 'doesnt', 'didn\'t', 'didnt', 'isn\'t', 'isnt', 'wasn\'t',
      'wasnt', 'won\'t', 'wont', 'hasn\'t', 'hasnt', 'haven\'t', 'havent', 'no longer', 'not really', 'without',
      'nor', 'zero',
    ],
    negatorsAlone: [
      { text: 'not yet', intent: 'not_now' },
      { text: 'nope', intent: 'not_interested' },
    ],
    negatorsAtEnd: ['no', 'never'],
    stops: ['but', 'however', 'although', 'though'],
    timeLeads: [
      'next', 'after', 'until', 'till', 'til', 'call back', 'callback', 'follow up', 'followup', 'revisit',
      'try again', 'reach out', 'ping', 'ping again', 'check back', 'touch base', 'circle back', 'contact again',
      'reconnect',
    ],
    timeWords: [
      ...MONTHS_EN, ...QUARTERS, ...YEARS, 'month', 'months', 'quarter', 'year', 'years', 'fy', 'fiscal year',
      'summer', 'fall', 'autumn', 'winter', 'spring', 'holidays', 'the holidays', 'new year', 'christmas', 'easter',
      'fiscal',
    ],
    askLeads: [
      'wants', 'wanted', 'asked for', 'asked', 'asking for', 'asking', 'requested', 'request', 'requesting',
      'needs', 'send', 'sending', 'send over', 'send him', 'send her', 'send them',
    ],
    askObjects: [
      'quote', 'quotation', 'pricing', 'price', 'prices', 'price list', 'proposal', 'contract', 'invoice', 'offer',
      'units', 'licenses', 'licences', 'sow',
    ],
    consultLeads: [
      'ask', 'check with', 'check w', 'checking with', 'talk to', 'talking to', 'talk with',
      'talking with', 'run it by', 'run by', 'discuss with', 'discussing with', 'consult', 'consulting',
      'approval from', 'sign off from', 'get approval',
    ],
    deciders: [
      'boss', 'manager', 'partner', 'partners', 'board', 'ceo', 'cfo', 'owner', 'wife', 'husband', 'director',
      'management', 'head office', 'hq', 'procurement', 'finance', 'team', 'committee',
    ],
    waitLeads: ['waiting for', 'waiting on', 'awaiting', 'pending'],
    replies: ['reply', 'response', 'answer', 'feedback', 'decision', 'sign off'],
  },

  es: {
    ready: [
      'interesado', 'interesada', 'interesados', 'interesadas', 'interesadísimo', 'interesadísima', 'interes',
      'interesa', 'le interesa', 'les interesa',
      'muy interesado', 'listo para comprar', 'lista para comprar', 'listos para comprar', 'quiere comprar',
      'va a comprar', 'comprar', 'compra', 'hacer el pedido', 'hacer pedido', 'confirmó pedido',
      'confirmó el pedido', 'pedido confirmado', 'aceptó la oferta', 'aceptó', 'acepta', 'firmar', 'firmó',
      'firma', 'va a firmar', 'firmó con nosotros', 'caliente', 'presupuesto aprobado', 'urgente', 'dijo que sí',
      'dice que sí',
      'decidido a comprar',
    ],
    readiness: ['listo', 'lista', 'preparado'],
    considering: [
      'considerando', 'considera', 'indeciso', 'indecisa', 'indecisos', 'lo está pensando', 'pensándolo',
      'pensarlo', 'pensar', 'pensando', 'lo piensa', 'dudando', 'duda', 'dudas', 'en duda', 'tal vez', 'quizás', 'quizá',
      'a lo mejor', 'puede que', 'consulta', 'consultar', 'consultarlo', 'lo consulta', 'consultando',
      'nos dirá', 'nos avisa', 'avisará', 'tibio', 'aprobar', 'tiene que aprobar', 'aprobación', 'entre nosotros y',
      'presupuesto enviado', 'propuesta enviada', 'oferta enviada', 'cotización enviada',
    ],
    weighing: [
      'comparando', 'compara', 'evaluando', 'evaluación', 'valorando', 'revisando', 'analizando', 'estudiando',
      'prueba', 'probando', 'en negociación', 'negociando',
    ],
    later: [
      'más adelante', 'mas tarde', 'más tarde', 'ahora no', 'no ahora', 'ahora mismo no', 'de momento no',
      'por ahora no', 'por el momento no', 'no es el momento', 'no es buen momento', 'el próximo año',
      'próximo año', 'el año que viene', 'año que viene', 'el mes que viene', 'mes que viene', 'próximo mes',
      'próximo trimestre', 'el próximo trimestre', 'el trimestre que viene', 'en pausa', 'pospuesto', 'pospuesta',
      'aplazado', 'aplazada', 'congelado', 'sin presupuesto', 'no hay presupuesto',
      'no tiene presupuesto', 'no tienen presupuesto', 'en el futuro', 'recorte de presupuesto',
    ],
    refusal: [
      'no gracias', 'no, gracias', 'rechazó', 'rechaza', 'rechazada', 'rechazado', 'desinteresado', 'contento con su proveedor', 'no quiere',
      'no necesita', 'no lo necesita', 'no le hace falta', 'descartado',
    ],
    lost: [
      'perdido', 'perdida', 'cliente perdido', 'se fue con', 'se fue a', 'se fueron con', 'eligió otro',
      'eligió a otro', 'eligió la competencia', 'compró a la competencia', 'compró a otro', 'compró en otro',
      'cerró con otro', 'firmó con otro', 'firmó con la competencia', 'se quedó con otro', 'no volver a llamar',
      'no llamar', 'no contactar', 'no molestar', 'dado de baja', 'darse de baja', 'cerró el negocio',
      'firmado con la competencia', 'firmado con otro', 'trabaja con otro', 'no le llamemos', 'no llamemos', 'contrató a la competencia', 'contrató a otro',
    ],
    doubtWhenNegated: [
      'seguro', 'segura', 'decidido', 'decidida', 'claro', 'convencido', 'convencida', 'se decide', 'decide',
    ],
    refusalWhenNegated: ['necesitan', 'le hace falta'],
    notNowWhenNegated: ['dinero', 'fondos', 'partida', 'prioridad', 'una prioridad'],
    forNow: [
      'ahora', 'por ahora', 'de momento', 'por el momento', 'en este momento', 'ahora mismo', 'este año',
      'actualmente',
    ],
    neutral: ['problema', 'problemas', 'inconveniente', 'contesta', 'responde'],
    negators: [
      'sin', 'tampoco', 'nada', 'ningún', 'ninguna', 'ninguno', 'jamás', 'ni',
    ],
    negatorsAlone: [
      { text: 'ya no', intent: 'not_interested' },
      { text: 'todavía no', intent: 'not_now' },
      { text: 'aún no', intent: 'not_now' },
      { text: 'aun no', intent: 'not_now' },
    ],
    negatorsAtEnd: ['no', 'nunca'],
    stops: ['pero', 'aunque', 'sino', 'sin embargo'],
    timeLeads: [
      'próximo', 'próxima', 'después de', 'después del', 'hasta', 'volver a llamar', 'volver a contactar',
      'llamar', 'contactar', 'retomar', 'recontactar', 'seguimiento',
    ],
    timeWords: [
      ...MONTHS_ES, ...QUARTERS, ...YEARS, 'mes', 'meses', 'trimestre', 'año', 'años', 'verano', 'otoño',
      'invierno', 'primavera', 'navidad', 'vacaciones', 'fiestas', 'semestre', 'semana santa', 'pascua',
    ],
    askLeads: [
      'pidió', 'pide', 'pidiendo', 'pidieron', 'quiere', 'quieren', 'solicitó', 'solicita', 'necesita',
      'enviar', 'enviarle', 'mandar', 'mandarle', 'enviamos', 'mandamos',
    ],
    askObjects: [
      'presupuesto', 'precio', 'precios', 'cotización', 'cotizacion', 'propuesta', 'oferta', 'contrato',
      'factura', 'tarifa', 'tarifas', 'unidades', 'licencias',
    ],
    consultLeads: [
      'hablar con', 'hablarlo con', 'lo habla con', 'preguntar a', 'preguntarle a', 'comentar con',
      'comentarlo con', 'decidir con',
    ],
    deciders: [
      'jefe', 'jefa', 'socio', 'socia', 'socios', 'dirección', 'gerente', 'dueño', 'dueña', 'junta', 'esposa',
      'marido', 'mujer', 'equipo', 'compras', 'contabilidad', 'director', 'directora', 'gerencia',
    ],
    waitLeads: ['esperando', 'espera', 'a la espera de', 'pendiente de'],
    replies: ['respuesta', 'confirmación', 'decisión', 'que conteste', 'noticias'],
  },

  zh: {
    ready: [
      '意向', '有意向', '意向强烈', '兴趣', '感兴趣', '有兴趣', '想买', '要买', '马上买', '购买', '准备购买', '下单',
      '准备下单', '签约', '签合同', '准备签', '发合同', '要合同', '要报价', '要求报价', '询价', '问价', '急需',
      '尽快', '谈好', '成交', '定了', '确认订单', '发货', '热线索', '同意', '准备付款', '想订', '要订', '订购',
      '下订单', '发报价', '想合作', '愿意合作', '采购', '要货',
    ],
    readiness: ['准备好'],
    considering: [
      '考虑', '考虑中', '犹豫', '商量', '请示', '观望', '想想', '再想想', '纠结', '斟酌', '拿不定主意', '待定',
      '可能', '也许', '审批', '讨论', '开会决定', '研究一下', '已发报价', '报价已发', '已报价', '方案已发',
    ],
    weighing: ['比较', '对比', '比价', '货比三家', '比一比', '比比', '评估', '试用', '测试', '谈判', '在看'],
    later: [
      '暂时', '暂不', '暂缓', '以后', '以后再说', '再说', '下个月', '下月', '明年', '年后', '过段时间', '过阵子',
      '下季度', '下个季度', '下半年', '个月后', '推迟', '延后', '延期', '不是现在', '现在不', '目前不', '改天',
      '预算不够', '预算不足', '预算用完', '将来', '搁置', '节后', '放一放', '先放着', '缓一缓', '季度再', '季度后',
      '个月再', '后再联系', '后再说', '后再看',
    ],
    refusal: ['拒绝', '不买', '不合适', '没需要', '不用了', '用不上', '用不着'],
    lost: [
      '流失', '丢单', '输单', '选了别家', '选择了别家', '用了别家', '买了别家', '去了别家', '跟别家签', '和别家签',
      '别家签了', '选了竞品', '用了竞品', '买了竞品', '选了竞争对手', '买了竞争对手', '用了竞争对手',
      '签了竞争对手', '跟其他公司合作', '和其他公司合作', '不要再联系', '别再联系', '别再打', '不要再打', '拉黑', '已倒闭',
    ],
    doubtWhenNegated: ['确定', '决定', '清楚', '想好', '拍板'],
    refusalWhenNegated: ['需要', '需求', '想要'],
    notNowWhenNegated: ['预算', '优先'],
    forNow: ['目前', '现在', '今年'],
    // A finished trial is no longer weighing: "已试用，准备采购" is read by what follows.
    neutral: ['不错', '没问题', '问题', '别家', '未来', '没人接', '不少', '已试用', '试用过', '试用完'],
    negators: ['不', '没', '没有', '无', '别', '未', '不再', '还没', '还没有', '从不', '毫无', '不太', '并不', '并没有'],
    negatorsAlone: [{ text: '不要', intent: 'not_interested' }],
    negatorsAtEnd: [],
    stops: ['但', '但是', '不过', '可是'],
    // Chinese time words already defer by themselves ("明年", "下个月"): no pairs needed.
    timeLeads: [],
    timeWords: [],
    askLeads: [],
    askObjects: [],
    consultLeads: ['跟', '和', '问'],
    deciders: ['老板', '领导', '老总', '合伙人', '上级', '总经理'],
    waitLeads: ['等'],
    replies: ['回复', '答复', '反馈', '消息', '通知', '回音'],
  },
};
