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
  /** Negators that decide alone when nothing follows them: "not yet", "todavía no" → not now. */
  notYet: string[];
  /** Negators that refuse alone: "nope", "ya no", "不要" → not interested. */
  nope: string[];
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
  /** + timeWords or a bare date → not now ("snoozed until 10/15"). */
  untilLeads: string[];
  /** Holidays, fiscal years, events and releases one waits for ("v3", "2025 model", "the merger closes"). */
  timeWords: string[];
  /** Periods of the calendar (months, seasons, quarters): time words that "in" also takes ("maybe in spring"). */
  periods: string[];
  /** + periods → not now. */
  inLeads: string[];
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
  /** + timeWords → considering: a decision due at a date is weighing, not deferral ("decision next month"). */
  decisionLeads: string[];
  /** After an ask lead → considering: information before deciding ("asked for case studies", "wants to see a demo first"). */
  info: string[];
  /** Chinese suffixes after a time word → not now ("春节后"). */
  timeSuffixes: string[];
}

/** Expands "(a,b)" alternatives in an entry: "sent (the,) quote" → "sent the quote", "sent  quote". */
function expand(entry: string): string[] {
  const open = entry.indexOf('(');
  if (open < 0) return [entry];
  const close = entry.indexOf(')', open);
  const [head, tail] = [entry.slice(0, open), entry.slice(close + 1)];
  return entry
    .slice(open + 1, close)
    .split(',')
    .flatMap((alternative) => expand(head + alternative + tail));
}

/** "a|b (c,d)" → ["a", "b c", "b d"]; "" → []. */
const w = (words: string): string[] => (words ? words.split('|').flatMap(expand) : []);

/** The groups, in the order each language lists them in INTENT_LEXICON. */
const GROUPS: (keyof IntentLexicon)[] = [
  'ready',
  'buying',
  'readiness',
  'considering',
  'weighing',
  'later',
  'refusal',
  'lost',
  'doubtWhenNegated',
  'refusalWhenNegated',
  'notNowWhenNegated',
  'forNow',
  'neutral',
  'negators',
  'notYet',
  'nope',
  'negatorsAtEnd',
  'contrast',
  'contrastAtStart',
  'change',
  'past',
  'timeLeads',
  'untilLeads',
  'timeWords',
  'periods',
  'inLeads',
  'askLeads',
  'askObjects',
  'buyingObjects',
  'consultLeads',
  'deciders',
  'waitLeads',
  'replies',
  'decisionLeads',
  'info',
  'timeSuffixes',
];

/** One language's lists, one per group in GROUPS order. */
function lexicon(...lists: string[]): IntentLexicon {
  if (lists.length !== GROUPS.length) throw new Error(`intent lexicon: ${lists.length} lists for ${GROUPS.length} groups`);
  return Object.fromEntries(GROUPS.map((group, i) => [group, w(lists[i])])) as unknown as IntentLexicon;
}

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
  next: w('nxt'),
  follow: w('f'),
  up: w('u'),
  with: w('w'),
  check: w('ck|chk'),
  thanks: w('thx|tks|thks|ty'),
  please: w('pls|plz'),
  interested: w('intrested|interessted|intersted|intd'),
  pricing: w('pricng'),
  comparing: w('compairing|comparin'),
  meeting: w('mtg'),
  que: w('q|k'),
  por: w('x'),
  para: w('pa|pra'),
  porque: w('pq|xq|porq'),
  despues: w('dsp|desp'),
  semana: w('sem'),
  interesado: w('intersado|interezado|intresado'),
  ahora: w('ahorita'),
  todavia: w('toda'),
  presupuesto: w('ppto|presu'),
  cotizacion: w('cotisacion|cotiz|coti'),
  unidades: w('unid|uds'),
  proximo: w('prox'),
};

/** Symbols kept by normalisation because notes use them as words. */
export const KEPT_SYMBOLS = '$🔥👎🤔💀⏸🧊❄🎄🧧✍🤝';

const QUARTERS = 'q1|q2|q3|q4|1q|2q|3q|4q|h1|h2|1t|2t|3t|4t|1er trimestre|2do trimestre|3er trimestre|4to trimestre';
const YEARS = Array.from({ length: 20 }, (_, i) => `${2020 + i}|fy${20 + i}`).join('|');

// The trie is shared by all languages: a word (or symbol) listed in one language is read in every note.
export const INTENT_LEXICON: Record<Language, IntentLexicon> = {
  en: lexicon(
    // ready
    'interested|interest|hot|keen|eager|buy|buying|purchase|likes the product|asap|(going with,went with,chose,picked,bought from) us|' +
      'chose our|good to go|move forward|moving forward|go ahead|excited|loves the product|champion|pushing internally|' +
      '(likes,liked) (it,the demo)|impressed|positive|all in|on board|🔥|🤝',
    // buying
    'ready to (buy,order,sign)|(wants,want) to (buy,sign,order)|wants to (start,proceed)|(place,placing,placed) an order|' +
      'will sign|signing|signed|decision made|verbal|agreed|budget approved|approved|got approval|po|purchase order|closing|' +
      'committed|commit|said yes|confirmed order|order confirmed|(reorder,re order)(,ed,ing)|ordered again|' +
      '(repeat,another,2nd) order|same terms|convert(,ing)|roll(ing,) out|rollout|go live|upgrade|expand(,ing)|renew|' +
      '(love,loves,loved) it|won|negotiation|negotiating|contract sent|sent contract|redlines|in legal|' +
      '(trial,pilot) went well|pull the trigger|proposal price quote|(quote,pricing) requested',
    // readiness
    'ready',
    // considering
    'considering|consider|thinking|think|undecided|on the fence|maybe|perhaps|(might,may) be interested|warm|lukewarm|' +
      '(will,) let us know|hesitant|unsure|deliberating|waiting to hear back|sleep on it|approval|' +
      '(to,has to,needs to) (be approved,approve)|between us and|(quote,proposal,pricing) sent|sent (quote,proposal,pricing)|' +
      'mull(ing,) it over|mulling|pondering|torn|wait and see|kicking the tires|tire kicker|just looking|browsing|exploring|' +
      'more info|cant decide|pipeline|needs analysis|value proposition|perception analysis|id decision makers|qualification|' +
      'qualified|(presentation,appointment) scheduled|demo (scheduled,done)|sign off|(some,mild) interest|curious|' +
      '(needs,need,more) time|looking (at,around)|still looking|other (suppliers,vendors,options,quotes)|from others|open to|🤔',
    // weighing
    'comparing|compare|evaluat(ing,ion,e)|eval(ing,)|reviewing|shopping around|deciding|trial|testing|in talks|getting quotes|' +
      'weighing|pilot(ing,)|in discussions|discussing',
    // later
    'later|not (now,until,before)|on hold|postpone(d,)|delayed|deferred|budget cut(s,)|bad timing|timing (isnt,not) right|' +
      'not (the right,a good) time|wrong time|next (quarter,year,month,fiscal,fy)|down the road|in the future|someday|eoy|' +
      'end of year|year end|pause(d,)|on ice|snooze(d,)|parked|shelved|tabled|back burner|nurture|keep on list|' +
      '(keep,stay) in touch|maybe next|push(ed,ing,) (to,out,back)|locked in(to,)|under contract|frozen|freeze|' +
      'not budgeted|not in (the,this year,) budget|too (early,soon)|(wants,prefers) to wait|will wait|⏸|🧊|❄',
    // refusal
    'uninterested|disinterested|no (thanks,thank you,interest,go)|(not a,not a good,no,bad) fit|declined|rejected|refused|dead|' +
      'happy with (their,) current|passed|pass|decided (not to,against)|not going ahead|not pursuing|too pricey|cant afford|' +
      'cancel(l,)ed|not for (them,us)|👎|💀',
    // lost
    'lost|went (with,elsewhere,to competitor)|chose|picked|signed with (a,) competitor|signed with another|' +
      'bought (from,elsewhere,another)|(purchased,ordered,sourcing,sourced,gets it) from|churn(ed,)|do not (contact,call)|' +
      '(dont,not to) (contact,call,email)|stop (calling,emailing)|unsubscribe(d,)|opt(ed,) out|dnc|remove(d,)|' +
      '(uses,using) a competitor|out of business|clos(ed,ing) down|shut down|bankrupt|acquired|in house|' +
      '(built,building) their own|(renewed,stayed,staying,stay,stick,sticking) with|switched to|moved to|retir(ed,ing)|' +
      'going with|(closed,shut) (its,their) doors',
    // doubtWhenNegated
    'sure|decided|convinced|certain',
    // refusalWhenNegated
    'need(,s,ed)|need it|want|want it|switch(,ing)|changing',
    // notNowWhenNegated
    'budget|priority|a priority|funds|money|the budget|$|$$|$$$',
    // forNow
    'right now|for now|at the moment|currently|this (year,quarter,month)|at this time|atm|yet',
    // neutral
    'problem(s,)|issue(s,)|worries|answer|response|reply|(hour,hours,day,days,weeks) later|' +
      '(out of office,ooo,on vacation,on leave) (till,until)|later (today,tonight,this week)',
    // negators
    'not|dont|doesnt|didnt|isnt|wasnt|wont|hasnt|havent|no longer|not really|without|nor|zero|cant|cannot|can not|' +
      'couldnt|wouldnt|not that',
    // notYet
    'not yet',
    // nope
    'nope|nah|not anymore',
    // negatorsAtEnd
    'no|never',
    // contrast
    'but|however|although|though|just|only|rather|instead|except',
    // contrastAtStart
    'its that|it is that',
    // change
    'now|but now|finally|update|upd|today|since then|called back|came back',
    // past
    'was|were|used to|previously|earlier|had been|last year|originally|met',
    // timeLeads
    'next|after|once|call back|callback|follow up|followup|revisit|try again|reach out|ping|check back|' +
      'touch base|circle back|contact again|reconnect|wait (till,until,for)|post|when|resume|pick up|back in|reach back|' +
      'come back|before|again',
    // untilLeads
    'until|till|til',
    // timeWords
    `${YEARS}|year(s,)|fy|fiscal year|holiday(s,)|christmas|xmas|easter|thanksgiving|(labor,memorial) day|july 4th|` +
      'black friday|(chinese,lunar) new year|cny|ramadan|fiscal|budget cycle|new budget|merger|acquisition|reorg|' +
      'restructuring|audit|relocation|renovation|launch|release|version|model|' +
      'new (gm,cfo,boss,manager,owner,hire,office,store,warehouse,erp,system)|ceo|closes|renewal|contract (ends,expires)|' +
      'harvest|(tax,busy,peak) season|funding|the move|settles|launches|ships|(is,goes) live|is (done,over,finished,out)|' +
      'comes out|eoq|eom|🎄',
    // periods
    'next (quarter,year,month,fiscal,fy)|january|february|march|april|june|july|august|september|october|november|december|' +
      `jan|feb|apr|jun|jul|aug|sep|sept|oct|nov|dec|${QUARTERS}|month(s,)|quarter|a year|summer|fall|autumn|winter|spring|` +
      '(the,) new year(s,)',
    // inLeads
    'in|maybe in',
    // askLeads
    '(wants,wanted,needs,need)|ask(ed,ing,s) (for,about,if)|asked|asking|request(ed,ing,s,)|send|sending|inquired about|' +
      'wants to (know,see)|get|stage',
    // askObjects
    'quote|quotation|pricing|price(s,)|proposal|offer|units|licen(s,c)es|sow|discount|q',
    // buyingObjects
    'contract|invoice|po|terms|net (30,60,90)|pro forma|proforma|delivery|lead time(s,)|payment(s,)|shipping|w9|onboarding|' +
      'bank details|msa|paperwork|order(s,)|card|wire|bank transfer|installments|deposit|ach',
    // consultLeads
    'ask|check with|checking with|talk(ing,) (to,with)|run(ning,) it by|run by|discuss(ing,) with|consult|approval from|' +
      'sign off (from,by)|get approval',
    // deciders
    'boss|manager|partner(s,)|board|ceo|cfo|owner|wife|husband|director|management|head office|hq|procurement|finance|team|' +
      'committee|legal|it|corporate|vp|spouse|accounting',
    // waitLeads
    'waiting (for,on)|awaiting|pending|waiting|wait on',
    // replies
    'reply|response|answer|feedback|decision|sign off|approval|review',
    // decisionLeads
    'decision|decide(s,)|deciding',
    // info
    'demo|case stud(y,ies)|references|info|information|brochure|specs|datasheet|sample(s,)|details|trial',
    // timeSuffixes
    '',
  ),
  es: lexicon(
    // ready
    '(eligio,compro,compraron,cerro) con nosotros|nos eligio|interesad(o,a,os,as,isimo,isima)|interes|interesa|' +
      '(le,les) interese|intereso|comprar|compra|caliente|urgente|urge|pa lante|palante|le (gusto,gusta,encanto,encanta,guste)|' +
      'con ganas|motivado|va (muy,) bien|lo quiere',
    // buying
    'list(o,a,os) para (comprar,firmar)|(quiere,va a) (comprar,firmar,pedir,cerrar)|hacer (el,) pedido|confirmo (el,) pedido|' +
      'pedido confirmado|acepto|acepta|firmar|firmo|firma|presupuesto aprobado|(dijo,dice) que si|volvio a pedir|' +
      '(repite,repitio,otro,nuevo) pedido|hizo pedido|pidio mas|recompra|pasar a(l plan,) anual|plan pagado|convertir|' +
      'ampliar|renovar|implementar|ganada|negociacion|negociando|cierre|compromiso|orden de compra|oc|cerramos|' +
      'cerrar (ya,el trato)|prueba exitosa|piloto exitoso|propuesta (cotizacion,presupuesto)|contrato enviado',
    // readiness
    'listo|preparado',
    // considering
    'considerando|considera|indecis(o,a,os)|pensandolo|pensarlo|pensar|pensando|lo piensa|dudando|duda(s,)|tal vez|quizas|' +
      'quiza|a lo mejor|puede que|consulta|consultar|consultarlo|lo consulta|consultando|nos dira|nos avisa|avisara|tibio|' +
      'aprobar|aprobacion|entre nosotros y|(presupuesto,propuesta,cotizacion,oferta) enviad(o,a)|ni si ni no|' +
      'viendo (opciones,otros)|explorando|solo mirando|calificacion|calificado para comprar|analisis de necesidades|' +
      'propuesta de valor|(demo,cita,presentacion) (agendada,programada)|toma de decisiones|algo de interes|curioso|no sabe|' +
      'ya vera|dandole vueltas|tiempo para (decidir,pensar)|otr(os,as) (proveedores,opciones,marcas)|canalizacion',
    // weighing
    'comparando|compara|comparar|probar|evaluando|evaluacion|valorando|revisando|analizando|estudiando|probando|piloto|' +
      'en pruebas|(en,haciendo la) prueba',
    // later
    'mas adelante|mas tarde|ahora no|ahora mismo no|no ahora|no es (el,buen) momento|(ano,mes) que (viene,entra)|' +
      'trimestre que viene|en pausa|pospuest(o,a)|aplazad(o,a)|congelad(o,a)|en el futuro|recorte de presupuesto|a futuro|' +
      'en espera|stand by|standby|mas pa delante|despuesito|despues|otro ano|es pronto|no todavia|(quiere,prefiere) esperar',
    // refusal
    'no gracias|rechaz(o,a,ado,ada)|descart(o,aron,ado,ada)|contrato con otro|desinteresado|contento con su proveedor|' +
      'ya tiene proveedor|no quiere|no (lo,) necesita|no le convence|no va|no sigue|no avanza|muerto|ni de (chiste,broma)|' +
      'ni loco|nel|cancel(o,aron,ado,ada)',
    // lost
    'perdid(o,a)|se (fue,fueron) (con,a)|eligi(o,eron)|(compro,compraron) (a,con) (otro,otra,la competencia)|' +
      '(compro,compraron) (otra,en)|(cerro,firmo,firmaron) con (otro,la competencia)|(se quedo,se queda,quedarse) con|' +
      '(sigue,seguir) con su proveedor|no volver a llamar|no (llamar,contactar,molestar)|(dado,darse,dar) de baja|' +
      'cerro (el,la,su) (negocio,empresa,tienda,local)|cerraron|quiebra|quebro|firmado con (la competencia,otro)|' +
      'trabaja con otro|no (lo,le,) (llamemos,volvamos a llamar)|contrato a (la competencia,otro)|internamente|' +
      'desarrollo propio|adquirid(a,o)|(los,lo) compr(o,aron)|comprada por|renovo con|se cambio a|' +
      '(sacar,quitar,saquemos) de (la,) lista|jubil(o,ado)|se cayo',
    // doubtWhenNegated
    'segur(o,a)|decidid(o,a)|claro|convencid(o,a)|se decide|decide|se anima|animarse',
    // refusalWhenNegated
    'necesitan|le hace falta|quiere saber nada|cambiar',
    // notNowWhenNegated
    'dinero|fondos|partida|prioridad|presupuesto|plata|lana',
    // forNow
    'ahora|por ahora|de momento|por el momento|en este momento|ahora mismo|este (ano,trimestre)|actualmente|todavia|aun',
    // neutral
    'problema(s,)|inconveniente|contesta|responde|respuesta|antes de(l,)|(vacaciones,fuera) hasta',
    // negators
    'sin|tampoco|nada|ningun(,a,o)|jamas|ni|no es q(,ue)',
    // notYet
    'todavia no|aun no',
    // nope
    'ya no',
    // negatorsAtEnd
    'no|nunca',
    // contrast
    'pero|aunque|sino|sin embargo|solo|solamente|nomas',
    // contrastAtStart
    'es q(,ue)',
    // change
    'ahora|ya quiere|pero ya|hoy|actualizacion|al final|finalmente',
    // past
    'estaba|estuvo|antes|habia|hace meses|el ano pasado|originalmente|conoci(,mos,do)',
    // timeLeads
    'proxim(o,a)|despues (de,del)|volver a (llamar,contactar,preguntar,escribir)|llamar|contactar|' +
      'retom(ar,an,amos,a)|recontactar|seguimiento|pasad(a,as,o,os)|pasando|cuando|una vez que|esperar|a partir de|tras|' +
      'en cuanto|apenas|pasa a|se mueve a|movido a|preguntar de nuevo',
    // untilLeads
    'hasta|hasta (que,el)',
    // timeWords
    'ano(s,)|navidad(es,)|vacaciones|fiestas|semana santa|pascua|fin de ano|cierre fiscal|ejercicio|nuevo presupuesto|modelo|' +
      'version|lanzamiento|fusion|auditoria|mudanza|reestructuracion|nuevo (gerente,director,jefe,dueno)|temporada|feria|' +
      'elecciones|cosecha|zafra|ronda|inversion|financiamiento|buen fin|este (listo,lista)|terminad(o,a)|salga',
    // periods
    'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|mes(es,)|' +
      'trimestre|semestre|un ano|verano|otono|invierno|primavera',
    // inLeads
    'en|tal vez en|quizas en',
    // askLeads
    'pid(io,e,iendo,ieron)|quiere(n,)|solicit(o,a,aron)|necesita|enviar(le,)|mandar(le,)|mandale|enviamos|mandamos|' +
      'pregunt(o,a,ando)|pasar(le,)|mandame|etapa',
    // askObjects
    'presupuesto|precio(s,)|cotizacion|propuesta|oferta|tarifa(s,)|unidades|licencias|descuento',
    // buyingObjects
    'contrato|factura|proforma|condiciones|forma(s,) de pago|entrega(r,)|envio|datos bancarios|credito|pedido|' +
      'orden de compra|pagar|pago|transferencia|tarjeta|meses sin intereses',
    // consultLeads
    'habla(r,rlo,) con|preguntar(le,) a|comentar(lo,) con|consultar(lo,) con|validar con|aprobacion de|ve con|' +
      'platicar(lo,) con|ver(lo,) con|ok de|visto bueno de|permiso de',
    // deciders
    'jef(e,a)|soci(o,a,os)|direccion|gerente|duen(o,a)|junta|esposa|marido|mujer|equipo|compras|contabilidad|director(a,)|' +
      'gerencia|finanzas|corporativo|matriz|legal|abogado',
    // waitLeads
    'esperando|espera|a la espera de|pendiente de|esperan',
    // replies
    'respuesta|confirmacion|decision|que conteste|noticias|aprobacion|visto bueno|ok',
    // decisionLeads
    'decision|decide|decidira|decidir',
    // info
    'casos de exito|referencias|informacion|info|catalogo|muestra(s,)|ficha tecnica',
    // timeSuffixes
    '',
  ),
  zh: lexicon(
    // ready
    '意向|兴趣|想买|要买|马上买|购买|尽快|热线索|想订|订购|(想,愿意)合作|(准备,要,想,计划)采购|要货|满意|认可|很喜欢|急|可以买|' +
      '稳了|妥了|选(了,择了,)我们',
    // buying
    '下单|签约|签合同|(准备,要,想,可以)签|发合同|询价|问价|谈好|成交|定了|同意|下订单|打款|付款|定金|续约|续费|复购|返单|追加|' +
      '加单|再来一批|转正|转(年付,付费)|推广|铺开|扩大采购|扩容|合同审批|赢单|催着要|确认购买|开票|走流程|立项了|' +
      '预算(批了,已批)|解冻|试用满意|试点成功|效果(不错,很好,好)|承诺|批量价|上线|采购(申请,流程)|谈判|下了(一,)单|' +
      '又下了|(再,加)订|全(部,面)(门店,)上|定下来|签了(合同,约,单)',
    // readiness
    '准备好',
    // considering
    '考虑|再考虑中|犹豫|商量|请示|观望|想想|纠结|斟酌|拿不定|待定|可能|也许|审批|讨论|开会决定|已发报价|报价已发|已报价|' +
      '方案已发|没定|未定|不好说|说不准|看看再说|了解中|咨询|需求(确认,分析)|初步接洽|有点兴趣|还行|再看看|摇摆|权衡|' +
      '(看,安排)演示|感知分析|确定决策者|资格审查|符合购买条件|管道|研究|测(一下,一测)|试(一下,试)',
    // weighing
    '比较|对比|比价|货比三家|比(一比,比,一下)|先比|评估|试用|在测试|测试中|在看|试点',
    // later
    '暂时|暂不|暂缓|以后|再说|下(个,)月|明年|过段时间|过阵子|下(个,)季度|下半年|推迟|延后|延期|不是现在|现在不|目前不|' +
      '预算(不够,不足,用完)|将来|搁置|节后|放一放|先放着|缓一缓|季度再|个月再|后再|财年|冻结|先不|(先,再)等等|等一等|' +
      '回头再|年底再|暂停|挂起|搁浅|之后再|保持联系|长期跟进|时机不对|不急|前不',
    // refusal
    '拒绝|不买|不合适|不用了|用不(上,着,到)|太贵|嫌贵|算了|没戏|不做了|没兴趣|放弃|死单|黄了|取消',
    // lost
    '流失|丢单|输单|(用了,买了,去了,在)别家|别家签|签了别家|(用了,买了)竞品|(买了,用了,签了)竞争对手|其他公司合作|' +
      '(不要,别)再(联系,打)|别联系|拉黑|倒闭|关门|关店|不开了|破产|注销|被(集团,)收购|统一采购|自己(开发,做)|自研|已经买了|' +
      '(用了,买了,换了)(别的,其他)|换(了,)供应商|输给|选了|供应商续约|失败|退休|退订|删除|更便宜的|勿扰|' +
      '继续用(原,现,老,别家)',
    // doubtWhenNegated
    '确定|决定|清楚|想好|拍板|定',
    // refusalWhenNegated
    '需要|需求|想要|合作|感冒|采购|换',
    // notNowWhenNegated
    '预算|优先|钱|资金|经费',
    // forNow
    '目前|现在|今年|暂时',
    // A finished trial is no longer weighing: "已试用，准备采购" is read by what follows.
    // neutral
    '不错|没问题|问题|别家|未来|没人接|不少|已试用|试用(过,完)|不了解|没回|未回复|不在|没接|不通|没联系上|不知道|(类,区,差,告)别|' +
      '别的|然后|前不久|后天|后来|月底|已发|发了|点(,以,之)后|(现在,目前)的',
    // negators
    '不|没|没有|无|别|未|不再|还没|还没有|从不|毫无|不太|并不|并没有|不是|也不|都不|不能说',
    // notYet
    '',
    // nope
    '不要',
    // negatorsAtEnd
    '',
    // contrast
    '但|但是|不过|可是|然而|只是|而是|就是|只不过',
    // contrastAtStart
    '是',
    // change
    '现在|如今|终于|最新|更新|今天|目前已|已经决定|这次',
    // past
    '之前|以前|原来|原本|本来|曾经|当时|去年|上次',
    // timeLeads
    '等|到|过了|过完|之后',
    // untilLeads
    '等到|直到',
    // timeWords
    '月|年|季度|财年|春节|过年|国庆|中秋|元旦|双十一|新版|版本|新款|新品|新型号|发布|上市|年款|换届|新领导|新总|新老板|搬迁|' +
      '装修|合并|重组|审计|再(下单,买,采购,签,定,说,联系)|融资|到位|开业|🧧',
    // periods
    '',
    // inLeads
    '',
    // askLeads
    '要|问|发|让(我们发,)|催|确认|要求|了解|准备|能不能|有没有|可不可以|能否|可否|是否|阶段',
    // askObjects
    '报价|价格|价钱|方案|折扣|优惠|批量价',
    // buyingObjects
    '合同|发票|付款方式|账期|交期|交货期|发货时间|到货|物流|送货|账户|开户行|订单|分期|全款|安装|专票|pi',
    // consultLeads
    '跟|和|问|请示|汇报给|报给',
    // deciders
    '老板|领导|老总|合伙人|上级|总经理|总部|财务|采购部|董事会|家里',
    // waitLeads
    '等|等待|等着',
    // replies
    '回复|答复|反馈|消息|通知|回音|审批|批复|决定|结果',
    // decisionLeads
    '',
    // info
    '样品|案例|演示|资料|介绍|规格|说明书',
    // timeSuffixes
    '后|之后|过后|以后|再(联系,说,看,跟进,谈,聊,考虑)',
  ),
};
