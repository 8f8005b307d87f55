// Cue words for reading purchase intent from status notes (DOMAIN.md §5), grouped by the role they play.
// Entries are written as people type them; the reader normalises each one once (case, accents, apostrophes) and
// adds the abbreviated spellings of WORD_VARIANTS. Latin entries match whole words; Chinese entries match as
// substrings (no spaces in Chinese). Lists are written as "a|b|c" to keep the Apps Script bundle small.

import type { Language } from './types';

/** The groups of one language. Each group's comment says what the words mean alone and when negated. */
export interface IntentLexicon {
  /** Interest. Negated ("not interested", "不想买") → not interested. */
  ready: string[];
  /** A buying step or its evidence (a PO, a re-order, converting a trial, a late CRM stage): outweighs weighing. */
  buying: string[];
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
  /** Facts that end the opportunity (lost, went with a rival, closed, do not contact): only a later change overrides. */
  lost: string[];
  /** Mean nothing alone; negated they express doubt ("not sure", "还没决定") → considering. */
  doubtWhenNegated: string[];
  /** Mean nothing alone; negated they refuse ("doesn't need it", "不需要") → not interested. */
  refusalWhenNegated: string[];
  /** Mean nothing alone; negated they lack money or priority now ("no budget", "not a priority", "没预算") → not now. */
  notNowWhenNegated: string[];
  /** "For now" qualifiers: a refusal that carries one is a deferral ("not interested right now"); "not for now" too. */
  forNow: string[];
  /** Words that contain or follow a negator but negate no intent ("no problem", "不错", "别家"): they absorb it. */
  neutral: string[];
  /** Negators: they flip the next cue within a few words; a negator of a negator cancels ("can't say he's not interested"). */
  negators: string[];
  /** Negators that decide alone when nothing follows them: "not yet" → not now, "ya no" → not interested. */
  negatorsAlone: { text: string; intent: 'not_now' | 'not_interested' }[];
  /** Negators that decide as the last word of the note ("he said no"); elsewhere a bare "no" is ignored ("no answer"). */
  negatorsAtEnd: string[];
  /** Contrast: starts a clause that decides over the one before ("interested but not now", "not X, just Y"). */
  contrast: string[];
  /** Contrast only at the start of a clause ("不是…，是…", "no es que…, es que…"). */
  contrastAtStart: string[];
  /** A change over time: the clause that follows is the present state and decides ("was on hold, now wants to sign"). */
  change: string[];
  /** The past: a clause holding one is overridden by any later clause that says something ("was interested, …"). */
  past: string[];
  // Pairs: a lead followed within a few words by its object forms one cue; alone, either half means nothing.
  /** + timeWords → not now ("call back in Q3", "revisit after summer", "once the merger closes"; not "next week"). */
  timeLeads: string[];
  /** Months, seasons, holidays, fiscal years, quarters, events and releases one waits for ("v3", "2025 model"). */
  timeWords: string[];
  /** + askObjects → ready ("asked for pricing", "pidió presupuesto"); + buyingObjects → ready, outweighing weighing. */
  askLeads: string[];
  askObjects: string[];
  /** Terms, a pro-forma invoice, delivery or payment options: what a buyer asks for. */
  buyingObjects: string[];
  /** + deciders → considering ("needs to ask his boss", "hablar con su jefe"). */
  consultLeads: string[];
  deciders: string[];
  /** + replies or deciders → considering ("waiting for their reply", "等回复"); + timeWords → not now ("esperando el modelo 2025"). */
  waitLeads: string[];
  replies: string[];
}

/** "a|b|c" → ["a", "b", "c"]. */
const w = (words: string): string[] => words.split('|');

/**
 * Abbreviated spellings of whole words, as notes write them: each lexicon entry is also read with them
 * ("not this yr", "f/u next wk", "pidio precio x whatsapp"). Keys and values are normalised words.
 */
export const WORD_VARIANTS: Record<string, string[]> = {
  year: w('yr|yrs'),
  years: w('yrs'),
  week: w('wk'),
  weeks: w('wks'),
  month: w('mo|mth'),
  months: w('mos|mths'),
  quarter: w('qtr'),
  follow: w('f'),
  up: w('u'),
  with: w('w'),
  thanks: w('thx|tks|thks|ty'),
  please: w('pls|plz'),
  customer: w('cust'),
  interested: w('intrested|interessted|intersted'),
  que: w('q|k'),
  por: w('x'),
  para: w('pa|pra'),
  porque: w('pq|xq|porq'),
  despues: w('dsp|desp'),
  semana: w('sem'),
  cliente: w('cte|clte'),
  ahora: w('ahorita'),
  todavia: w('toda'),
  presupuesto: w('ppto|presu'),
  cotizacion: w('coti'),
};

/** Symbols kept by normalisation because notes use them as words. */
export const KEPT_SYMBOLS = '$🔥👎🤔💀⏸🧊❄🎄✍🤝';

const MONTHS_EN =
  // "may" and "mar" are left out: "call back, may be interested" must not read as a date.
  'january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const MONTHS_ES = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const QUARTERS = 'q1|q2|q3|q4|1q|2q|3q|4q|h1|h2|1t|2t|3t|4t|1er trimestre|2do trimestre|3er trimestre|4to trimestre';
const YEARS = Array.from({ length: 20 }, (_, i) => `${2020 + i}|fy${20 + i}`).join('|');

export const INTENT_LEXICON: Record<Language, IntentLexicon> = {
  en: {
    ready: w(
      'interested|interest|very interested|hot|hot lead|keen|eager|buy|purchase|likes the product|looking to buy|asap|' +
        'going with us|went with us|chose us|picked us|selected us|bought from us|good to go|move forward|moving forward|' +
        'go ahead|excited|very excited|loves the product|champion|pushing internally|likes it|liked it|likes the demo|' +
        'liked the demo|impressed|positive|very positive|strong interest|high intent|engaged|🔥|🤝',
    ),
    buying: w(
      'ready to buy|ready to order|ready to sign|ready to go|ready to purchase|ready to close|ready to move|wants to buy|' +
        'want to buy|wants to order|wants to sign|want to sign|wants to start|wants to proceed|place an order|placing an order|' +
        'placed an order|will sign|signing|signed|signed with us|decision made|verbal yes|verbal ok|verbal agreement|' +
        'verbal commit|verbally committed|agreed|agreed to buy|budget approved|got approval|approved the budget|po incoming|' +
        'po coming|po sent|po received|po in progress|po issued|purchase order|closing|closing this week|committed|commit|' +
        'forecast commit|said yes|confirmed order|order confirmed|confirmed the order|reorder|reordered|reordering|re order|' +
        're ordered|ordered again|repeat order|another order|more units|convert|converting|wants to convert|convert to paid|' +
        'convert to annual|roll out|rolling out|rollout|go live|upgrade|upgrading|expand|expanding|expansion|renew|renewing|' +
        'love it|loves it|loved it|closed won|won|negotiation|negotiation review|negotiating|contract sent|sent contract|' +
        'redlines|redlining|in legal|decision maker bought in|trial went well|pilot went well|pilot successful|✍',
    ),
    readiness: w('ready'),
    considering: w(
      'considering|consider|thinking|think|think about it|thinking about it|think it over|needs to think|undecided|on the fence|' +
        'maybe|perhaps|might be interested|may be interested|possibly interested|warm|warm lead|lukewarm|let us know|' +
        'will let us know|hesitant|hesitating|unsure|deliberating|waiting to hear back|sleep on it|approval|needs approval|' +
        'internal approval|between us and|quote sent|proposal sent|pricing sent|sent quote|sent the quote|sent proposal|' +
        'sent the proposal|sent pricing|mulling|mulling it over|mull it over|pondering|torn|torn between|wait and see|' +
        'kicking tires|kicking the tires|tire kicker|just looking|browsing|exploring|exploring options|more info|' +
        'wants more info|needs more info|on the fence|cant decide|best case|pipeline|needs analysis|value proposition|' +
        'perception analysis|id decision makers|qualification|qualified|qualified to buy|presentation scheduled|' +
        'proposal price quote|price quote|proposal|demo scheduled|demo done|demo|poc|some interest|mild interest|curious|🤔',
    ),
    weighing: w(
      'comparing|compare|evaluating|evaluation|reviewing|reviewing proposal|shopping around|deciding|trial|testing|in talks|' +
        'getting quotes|weighing|weighing options|pilot|piloting|benchmarking|in discussions|discussing',
    ),
    later: w(
      'later|maybe later|not now|not right now|not at the moment|not this quarter|not this year|on hold|postponed|postpone|' +
        'delayed|deferred|budget frozen|budget freeze|bad timing|timing isnt right|timing not right|not the right time|' +
        'not a good time|wrong time|next quarter|next year|next month|down the road|in the future|someday|eoy|end of year|' +
        'year end|budget cut|budget cuts|hiring freeze|pause|paused|on ice|snoozed|snooze|parked|shelved|tabled|back burner|' +
        'on the back burner|nurture|keep on list|keep in touch|stay in touch|maybe next year|maybe next|next fiscal|next fy|' +
        'new fiscal year|locked in|locked into|under contract|push to|pushed to|pushed out|pushed back|frozen|freeze|' +
        'not until|wont buy until|not before|circle back later|revisit later|check back later|too early|too soon|' +
        'not ready yet|⏸|🧊|❄',
    ),
    refusal: w(
      'uninterested|disinterested|no thanks|no thank you|not a fit|not a good fit|no fit|bad fit|declined|rejected|refused|' +
        'said no|dead|dead lead|happy with current|happy with their current|happy with his current|happy with her current|' +
        'passed|passed on it|pass|no go|not moving forward|decided not to|decided against|not going ahead|not pursuing|' +
        'too pricey|too expensive|cant afford|no interest|👎|💀',
    ),
    lost: w(
      'lost|closed lost|lost to|lost interest|went with|went elsewhere|went to competitor|chose another|chose a competitor|' +
        'chose competitor|chose someone else|chose a rival|picked a competitor|signed with competitor|signed with a competitor|' +
        'signed with another|going with competitor|going with another|bought from competitor|bought elsewhere|bought from|' +
        'bought another|bought a competitor|purchased from|ordered from|churned|churn|do not contact|do not call|dont contact|' +
        'dont call|stop calling|stop emailing|unsubscribed|unsubscribe|opted out|opt out|dnc|remove from list|removed from|' +
        'uses a competitor|using a competitor|asked to be removed|remove me|out of business|went out of business|closed down|' +
        'shut down|closing down|bankrupt|went bankrupt|acquired|was acquired|got acquired|acquired by|built in house|' +
        'building in house|in house|built their own|building their own|built it themselves|renewed with|stayed with|' +
        'staying with|switched to|moved to',
    ),
    doubtWhenNegated: w('sure|decided|convinced|certain'),
    refusalWhenNegated: w('need|need it|want|want it|needed|going to buy'),
    notNowWhenNegated: w('budget|priority|a priority|funds|money|the budget|$|$$|$$$'),
    forNow: w('right now|for now|at the moment|currently|this year|at this time|this quarter|atm|yet'),
    neutral: w('problem|problems|issue|issues|worries|answer|response|reply'),
    negators: w(
      'not|dont|doesnt|didnt|isnt|wasnt|wont|hasnt|havent|no longer|not really|without|nor|zero|cant|cannot|can not|' +
        'couldnt|wouldnt|not that',
    ),
    negatorsAlone: [
      { text: 'not yet', intent: 'not_now' },
      { text: 'nope', intent: 'not_interested' },
    ],
    negatorsAtEnd: w('no|never'),
    contrast: w('but|however|although|though|just|only|rather|instead|except'),
    contrastAtStart: w('its that|it is that'),
    change: w('now|but now|finally|update|upd|today|as of today|since then'),
    past: w('was|were|used to|previously|earlier|had been|last year|originally'),
    timeLeads: w(
      'next|after|until|till|til|once|call back|callback|follow up|followup|revisit|try again|reach out|ping|ping again|' +
        'check back|touch base|circle back|contact again|reconnect|wait till|wait until|wait for|waits for|after the|' +
        'post|when|resume|pick up|revisit in|back in|reach back|come back',
    ),
    timeWords: w(
      `${MONTHS_EN}|${QUARTERS}|${YEARS}|month|months|quarter|year|years|fy|fiscal year|summer|fall|autumn|winter|spring|` +
        'holidays|holiday|the holidays|new year|christmas|xmas|easter|thanksgiving|fiscal|budget cycle|new budget|' +
        'budget season|merger|acquisition|reorg|restructuring|audit|move|relocation|renovation|launch|release|new version|' +
        'next version|new model|model|new release|new gm|new ceo|new cfo|new cto|new manager|new director|new boss|' +
        'new owner|new hire|gm|ceo|closes|renewal|contract ends|contract expires|🎄',
    ),
    askLeads: w(
      'wants|wanted|asked for|asked|asking for|asking|requested|request|requesting|requests|needs|send|sending|send over|' +
        'send him|send her|send them|asks for|asks about|asked about|asking about|inquired about|enquired about|' +
        'wants to know|need|pls send|get',
    ),
    askObjects: w('quote|quotation|pricing|price|prices|price list|proposal|offer|units|licenses|licences|sow|discount|demo|samples'),
    buyingObjects: w(
      'contract|invoice|terms|payment terms|net 30|proforma|pro forma|proforma invoice|pro forma invoice|delivery|' +
        'delivery options|delivery date|lead time|lead times|payment options|payment plan|payment|shipping|shipping options|' +
        'w9|credit application|onboarding|bank details|po|po number|contract draft|msa|order form',
    ),
    consultLeads: w(
      'ask|check with|checking with|talk to|talking to|talk with|talking with|run it by|run by|discuss with|discussing with|' +
        'consult|consulting|approval from|sign off from|get approval|sign off by|approved by',
    ),
    deciders: w(
      'boss|manager|partner|partners|board|ceo|cfo|owner|wife|husband|director|management|head office|hq|procurement|' +
        'finance|team|committee|legal|it|corporate|vp|spouse',
    ),
    waitLeads: w('waiting for|waiting on|awaiting|pending|waiting|wait on'),
    replies: w('reply|response|answer|feedback|decision|sign off|approval|review|legal review|budget approval'),
  },

  es: {
    ready: w(
      'interesado|interesada|interesados|interesadas|interesadisimo|interesadisima|interes|interesa|le interesa|les interesa|' +
        'muy interesado|le interese|les interese|comprar|compra|caliente|urgente|nos eligio|eligio nuestra|compro con nosotros|' +
        'pa lante|palante|pa delante|le gusto|le gusta|le encanto|le encanta|contento con la demo|con ganas|motivado',
    ),
    buying: w(
      'listo para comprar|lista para comprar|listos para comprar|quiere comprar|va a comprar|hacer el pedido|hacer pedido|' +
        'confirmo pedido|confirmo el pedido|pedido confirmado|acepto la oferta|acepto|acepta|firmar|firmo|firma|va a firmar|' +
        'firmo con nosotros|presupuesto aprobado|dijo que si|dice que si|decidido a comprar|quiere firmar|listo para firmar|' +
        'volvio a pedir|repite pedido|repitio pedido|otro pedido|nuevo pedido|hizo pedido|pidio mas|reorden|recompra|' +
        'pasar a anual|pasar al plan anual|convertir|ampliar|amplia|renovar|renueva|implementar|ganada|cerrada ganada|' +
        'negociacion|negociacion cierre|negociacion revision|en negociacion|negociando|cierre|compromiso|orden de compra|' +
        'mandar la oc|oc|quiere cerrar|cerrar ya|se cierra|prueba exitosa|piloto exitoso',
    ),
    readiness: w('listo|lista|preparado'),
    considering: w(
      'considerando|considera|indeciso|indecisa|indecisos|lo esta pensando|pensandolo|pensarlo|pensar|pensando|lo piensa|' +
        'dudando|duda|dudas|en duda|tal vez|quizas|quiza|a lo mejor|puede que|consulta|consultar|consultarlo|lo consulta|' +
        'consultando|nos dira|nos avisa|avisara|tibio|aprobar|tiene que aprobar|aprobacion|entre nosotros y|' +
        'presupuesto enviado|propuesta enviada|oferta enviada|cotizacion enviada|ni si ni no|lo va a pensar|se lo piensa|' +
        'le daremos seguimiento|viendo opciones|explorando|mirando opciones|solo mirando|calificacion|analisis de necesidades|' +
        'propuesta de valor|propuesta cotizacion|propuesta|cotizacion|demo agendada|algo de interes|curioso|no sabe|' +
        'no lo tiene claro|no se decide|ya vera',
    ),
    weighing: w('comparando|compara|evaluando|evaluacion|valorando|revisando|analizando|estudiando|prueba|probando|piloto|en pruebas'),
    later: w(
      'mas adelante|mas tarde|ahora no|no ahora|ahora mismo no|de momento no|por ahora no|por el momento no|no es el momento|' +
        'no es buen momento|el proximo ano|proximo ano|el ano que viene|ano que viene|el mes que viene|mes que viene|' +
        'proximo mes|proximo trimestre|el proximo trimestre|el trimestre que viene|en pausa|pospuesto|pospuesta|aplazado|' +
        'aplazada|congelado|congelada|sin presupuesto|no hay presupuesto|no tiene presupuesto|no tienen presupuesto|' +
        'en el futuro|recorte de presupuesto|no por ahora|no de momento|por ahora no|este ano no|a futuro|en espera|' +
        'en stand by|stand by|standby|mas pa delante|mas para adelante|despuesito|luego|el otro ano|otro ano|' +
        'todavia no es momento|muy pronto|es pronto|aun es pronto|ahorita no|no todavia|⏸|🧊|❄',
    ),
    refusal: w(
      'no gracias|rechazo|rechaza|rechazada|rechazado|desinteresado|contento con su proveedor|no quiere|no necesita|' +
        'no lo necesita|no le hace falta|descartado|descartada|muy caro|demasiado caro|no le convence|no va|no sigue|' +
        'no avanza|dijo que no|dice que no|no le interesa|sin interes|👎|💀',
    ),
    lost: w(
      'perdido|perdida|cliente perdido|cerrada perdida|se fue con|se fue a|se fueron con|se fueron a|eligio otro|eligio a otro|' +
        'eligio la competencia|eligieron otro|eligieron a otro|compro a la competencia|compro a otro|compro en otro|' +
        'compraron a otro|compraron con otro|compraron otra|compro otra|compraron en otro|compraron a la competencia|' +
        'cerro con otro|firmo con otro|firmo con la competencia|firmaron con otro|se quedo con otro|se queda con|' +
        'no volver a llamar|no llamar|no contactar|no molestar|dado de baja|darse de baja|dar de baja|baja|cerro el negocio|' +
        'cerro la empresa|cerraron|quebro|en quiebra|firmado con la competencia|firmado con otro|trabaja con otro|' +
        'no le llamemos|no llamemos|contrato a la competencia|contrato a otro|lo hacen internamente|desarrollo propio|' +
        'lo desarrollan ellos|fue adquirida|fue comprada|los compraron|adquirida por|comprada por|renovo con|se cambio a',
    ),
    doubtWhenNegated: w('seguro|segura|decidido|decidida|claro|convencido|convencida|se decide|decide'),
    refusalWhenNegated: w('necesitan|le hace falta|quiere saber nada'),
    notNowWhenNegated: w('dinero|fondos|partida|prioridad|una prioridad|presupuesto|plata|lana'),
    forNow: w('ahora|por ahora|de momento|por el momento|en este momento|ahora mismo|este ano|actualmente|todavia|aun'),
    neutral: w('problema|problemas|inconveniente|contesta|responde|respuesta'),
    negators: w('sin|tampoco|nada|ningun|ninguna|ninguno|jamas|ni|no es que|no es q'),
    negatorsAlone: [
      { text: 'ya no', intent: 'not_interested' },
      { text: 'todavia no', intent: 'not_now' },
      { text: 'aun no', intent: 'not_now' },
      { text: 'aún no', intent: 'not_now' },
    ],
    negatorsAtEnd: w('no|nunca'),
    contrast: w('pero|aunque|sino|sin embargo|solo|solamente|nomas'),
    contrastAtStart: w('es que|es q'),
    change: w('ya quiere|pero ya|hoy|actualizacion|al final|finalmente'),
    past: w('estaba|estuvo|antes|habia|hace meses|el ano pasado|originalmente'),
    timeLeads: w(
      'proximo|proxima|despues de|despues del|hasta|hasta que|hasta el|volver a llamar|volver a contactar|llamar|' +
        'contactar|retomar|recontactar|seguimiento|pasada|pasadas|pasado|pasados|pasando|cuando|una vez que|' +
        'para el|para|esperar|esperar a|a partir de|tras|en cuanto|apenas',
    ),
    timeWords: w(
      `${MONTHS_ES}|${QUARTERS}|${YEARS}|mes|meses|trimestre|ano|anos|verano|otono|invierno|primavera|navidad|navidades|` +
        'vacaciones|fiestas|las fiestas|semestre|semana santa|pascua|fin de ano|ano fiscal|nuevo ano fiscal|cierre fiscal|' +
        'ejercicio|nuevo presupuesto|modelo|nuevo modelo|version|nueva version|lanzamiento|fusion|auditoria|mudanza|' +
        'reestructuracion|nuevo gerente|nuevo director|nuevo jefe|nuevo dueno|temporada|feria|elecciones|🎄',
    ),
    askLeads: w(
      'pidio|pide|pidiendo|pidieron|quiere|quieren|solicito|solicita|solicitaron|necesita|enviar|enviarle|mandar|mandarle|' +
        'enviamos|mandamos|pregunto por|pregunta por|preguntando por|pasar|pasarle|mandame|pregunto|pregunta',
    ),
    askObjects: w(
      'presupuesto|precio|precios|cotizacion|propuesta|oferta|tarifa|tarifas|unidades|licencias|descuento|muestras|lista de precios',
    ),
    buyingObjects: w(
      'contrato|factura|factura proforma|proforma|condiciones|condiciones de pago|forma de pago|formas de pago|plazo de entrega|' +
        'plazos de entrega|fecha de entrega|entrega|envio|datos bancarios|credito|pedido|orden de compra|cuenta para transferir',
    ),
    consultLeads: w(
      'hablar con|hablarlo con|lo habla con|preguntar a|preguntarle a|comentar con|comentarlo con|decidir con|consultar con|' +
        'consultarlo con|validar con|aprobacion de|lo ve con',
    ),
    deciders: w(
      'jefe|jefa|socio|socia|socios|direccion|gerente|dueno|duena|junta|esposa|marido|mujer|equipo|compras|contabilidad|' +
        'director|directora|gerencia|finanzas|corporativo|matriz|legal|abogado',
    ),
    waitLeads: w('esperando|espera|a la espera de|pendiente de|esperan'),
    replies: w('respuesta|confirmacion|decision|que conteste|noticias|aprobacion|visto bueno|ok'),
  },

  zh: {
    ready: w(
      '意向|有意向|意向强烈|兴趣|感兴趣|有兴趣|想买|要买|马上买|购买|准备购买|急需|尽快|热线索|想订|要订|订购|想合作|愿意合作|采购|' +
        '要货|很满意|满意|认可|喜欢|积极|高意向|意向明确|意向大',
    ),
    buying: w(
      '下单|准备下单|签约|签合同|准备签|发合同|要合同|要报价|要求报价|询价|问价|谈好|成交|定了|确认订单|发货|同意|准备付款|下订单|' +
        '发报价|准备打款|打款|付款|付定金|交定金|定金|续约|续费|复购|返单|追加|追加订单|再次下单|又下单|加单|再来一批|转正|' +
        '转正式|转年付|转付费|推广|全面推广|铺开|扩大采购|扩容|商务谈判|谈判阶段|合同审批|赢单|已成交|催着要|要合同|' +
        '确认购买|要发票|开票|提交采购申请|走流程|走采购流程|立项了|预算批了|预算已批|试用满意|试点成功|效果很好',
    ),
    readiness: w('准备好'),
    considering: w(
      '考虑|考虑中|犹豫|商量|请示|观望|想想|再想想|纠结|斟酌|拿不定主意|待定|可能|也许|审批|讨论|开会决定|研究一下|已发报价|' +
        '报价已发|已报价|方案已发|没定|未定|还没定|不好说|说不准|看看再说|了解一下|了解中|咨询|方案报价|需求确认|需求分析|' +
        '初步接洽|有点兴趣|还行|一般|再看看|模棱两可|不置可否',
    ),
    weighing: w('比较|对比|比价|货比三家|比一比|比比|评估|试用|测试|在看|试点|验证'),
    later: w(
      '暂时|暂不|暂缓|以后|以后再说|再说|下个月|下月|明年|年后|过段时间|过阵子|下季度|下个季度|下半年|个月后|推迟|延后|延期|' +
        '不是现在|现在不|目前不|改天|预算不够|预算不足|预算用完|将来|搁置|节后|放一放|先放着|缓一缓|季度再|季度后|个月再|' +
        '后再联系|后再说|后再看|后再跟进|新财年|下一财年|下财年|财年|冻结|预算冻结|先不|等等再|晚点|晚些|回头再|过完年|' +
        '年底再|暂停|挂起|搁浅|以后再|之后再|再联系|保持联系|长期跟进|⏸|🧊|❄',
    ),
    refusal: w('拒绝|不买|不合适|没需要|不用了|用不上|用不着|太贵|嫌贵|算了|没戏|不做了|不合作|没兴趣|👎|💀'),
    lost: w(
      '流失|丢单|输单|选了别家|选择了别家|用了别家|买了别家|去了别家|跟别家签|和别家签|别家签了|选了竞品|用了竞品|买了竞品|' +
        '选了竞争对手|买了竞争对手|用了竞争对手|签了竞争对手|跟其他公司合作|和其他公司合作|不要再联系|别再联系|别再打|' +
        '不要再打|拉黑|已倒闭|倒闭|关门|破产|注销|被收购|被集团收购|已被收购|总部统一采购|集团统一采购|自己开发|自研|' +
        '自己做|已经买了|买了别的|买了其他|换了供应商|换供应商了|输给|选了',
    ),
    doubtWhenNegated: w('确定|决定|清楚|想好|拍板|定'),
    refusalWhenNegated: w('需要|需求|想要|合作|感冒'),
    notNowWhenNegated: w('预算|优先|钱|资金|经费'),
    forNow: w('目前|现在|今年|暂时'),
    // A finished trial is no longer weighing: "已试用，准备采购" is read by what follows.
    neutral: w('不错|没问题|问题|别家|未来|没人接|不少|已试用|试用过|试用完|不了解|没回|未回复|不在|没接|不通|没联系上|不知道'),
    negators: w('不|没|没有|无|别|未|不再|还没|还没有|从不|毫无|不太|并不|并没有|不是|也不|都不'),
    negatorsAlone: [{ text: '不要', intent: 'not_interested' }],
    negatorsAtEnd: [],
    contrast: w('但|但是|不过|可是|然而|只是|而是|就是|只不过'),
    contrastAtStart: w('是'),
    change: w('现在|如今|终于|最新|更新|今天|目前已|已经决定|这次'),
    past: w('之前|以前|原来|原本|本来|曾经|当时|去年|上次'),
    timeLeads: w('等|等到|到|过了|过完|之后|以后再|直到'),
    timeWords: w(
      '月|月份|年|季度|财年|新财年|春节|过年|节后|国庆|中秋|元旦|新版|新版本|新款|新品|新型号|新一代|发布|上市|年款|换届|' +
        '新领导|新总|新老板|搬迁|装修|合并|重组|审计|再下单|再买|再采购|再签|再定|再说|再联系|🎄',
    ),
    askLeads: w('要|问|发|让我们发|申请|确认|要求|了解'),
    askObjects: w('报价|价格|价钱|报价单|方案|样品|折扣|优惠'),
    buyingObjects: w('合同|发票|形式发票|付款方式|账期|交期|交货期|发货时间|到货时间|物流|送货|账户|对公账户|开户行|订单'),
    consultLeads: w('跟|和|问|请示|汇报给|报给'),
    deciders: w('老板|领导|老总|合伙人|上级|总经理|总部|财务|采购部|董事会|家里'),
    waitLeads: w('等|等待|等着'),
    replies: w('回复|答复|反馈|消息|通知|回音|审批|批复|决定|结果'),
  },
};
