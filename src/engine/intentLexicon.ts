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

/** "a|b (c,d)" → ["a", "b c", "b d"]. */
const w = (words: string): string[] => words.split('|').flatMap(expand);

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

export const INTENT_LEXICON: Record<Language, IntentLexicon> = {
  en: {
    ready: w(
      'interested|interest|(very,super,really) interested|hot|hot lead|keen|(very,super) keen|eager|buy|buying|will buy|' +
        'gonna buy|going to buy|purchase|likes the product|looking to buy|asap|(going with,went with,chose,picked,selected,' +
        'bought from) us|chose our|picked our|good to go|move forward|moving forward|go ahead|(very,super,) excited|' +
        'loves the product|champion|pushing internally|(likes,liked) (it,the demo)|impressed|(very,) positive|' +
        'strong interest|high intent|engaged|all in|on board|🔥|🤝',
    ),
    buying: w(
      'ready to (buy,order,sign,go,purchase,close,move,proceed)|(wants,want) to (buy,order,sign,start,proceed,convert,move ahead)|' +
        '(place,placing,placed) an order|will sign|signing|signed|signed with us|decision made|verbal (yes,ok,agreement,commit)|' +
        'verbally committed|agreed|agreed to buy|budget approved|approved|got approval|approved the budget|signed off|' +
        'po (incoming,coming,sent,received,in progress,issued)|purchase order|closing|closing this week|committed|commit|' +
        'forecast commit|said yes|confirmed order|order confirmed|confirmed the order|(reorder,re order)(,ed,ing)|' +
        'ordered again|(repeat,another,second,2nd) order|more units|same terms|convert(,ing)|convert to (paid,annual)|' +
        'roll(ing,) out|rollout|go live|upgrade|upgrading|expand|expanding|expansion|renew|renewing|(love,loves,loved) it|' +
        'closed won|won|negotiation|negotiation review|negotiating|contract sent|sent contract|redlines|redlining|in legal|' +
        'decision maker bought in|(trial,pilot) went well|pilot successful|pull the trigger|proposal price quote|' +
        '(quote,pricing,price,proposal) requested|✍',
    ),
    readiness: w('ready'),
    considering: w(
      'considering|consider|thinking|think|(think,thinking) about it|think it over|needs to think|undecided|on the fence|' +
        'maybe|perhaps|(might,may,possibly) be interested|possibly interested|warm|warm lead|lukewarm|(will,) let us know|' +
        'hesitant|hesitating|unsure|deliberating|waiting to hear back|sleep on it|approval|(needs,internal,pending) approval|' +
        'to be approved|between us and|(quote,proposal,pricing) sent|sent (the,) (quote,proposal,pricing)|mull(ing,) it over|' +
        'mulling|pondering|torn|torn between|wait and see|kicking (the,) tires|tire kicker|just looking|browsing|exploring|' +
        'exploring options|(wants,needs) more info|more info|cant decide|pipeline|needs analysis|value proposition|' +
        'perception analysis|id decision makers|qualification|qualified|qualified to buy|(presentation,appointment) scheduled|' +
        'demo (scheduled,done)|some interest|mild interest|curious|(needs,need,more) time|looking at|looking around|' +
        'still looking|other (suppliers,vendors,options)|open to (it,a demo,)|🤔',
    ),
    weighing: w(
      'comparing|compare|evaluat(ing,ion,e)|eval|evaling|reviewing|reviewing proposal|shopping around|deciding|trial|testing|in talks|' +
        'getting quotes|weighing|weighing options|pilot|piloting|benchmarking|in discussions|discussing',
    ),
    later: w(
      'later|maybe later|not (now,right now,at the moment,this quarter,this year,until,before,ready yet)|on hold|postpone(d,)|' +
        'delayed|deferred|budget (frozen,freeze,cut,cuts)|bad timing|timing (isnt,not) right|not (the right,a good) time|' +
        'wrong time|next (quarter,year,month,fiscal,fy)|down the road|in the future|someday|eoy|end of year|year end|' +
        'hiring freeze|pause(d,)|on ice|snooze(d,)|parked|shelved|tabled|(on the,) back burner|nurture|keep on list|' +
        '(keep,stay) in touch|maybe next (year,)|new fiscal year|locked in(to,)|under contract|push(ed,) to|pushed (out,back)|' +
        'frozen|freeze|wont buy until|(circle,check) back later|revisit later|too (early,soon)|in a (few,couple of) months|' +
        '(wants,prefers) to wait|will wait|⏸|🧊|❄',
    ),
    refusal: w(
      'uninterested|disinterested|no (thanks,thank you,interest,go)|hard no|(not a,not a good,no,bad) fit|declined|rejected|refused|' +
        '(said,say) no|dead|dead lead|happy with (his,her,their,) current|passed|passed on it|pass|not moving forward|' +
        'decided (not to,against)|not going ahead|not pursuing|too pricey|cant afford|cancel(l,)ed|not for (them,us,me)|' +
        '👎|💀',
    ),
    lost: w(
      'lost|closed lost|lost (to,interest)|went (with,elsewhere,to competitor)|chose|picked|chose (another,a competitor,competitor,' +
        'someone else,a rival)|picked a competitor|signed with (a,) competitor|signed with another|going with (competitor,another)|' +
        'bought (from competitor,elsewhere,from,another,a competitor)|purchased from|ordered from|churn(ed,)|do not (contact,call)|' +
        'dont (contact,call)|stop (calling,emailing)|unsubscribe(d,)|opt(ed,) out|dnc|remove(d,) from|remove (from list,me)|remove|' +
        'please remove|(uses,using) a competitor|asked to be removed|(went,) out of business|clos(ed,ing) down|shut down|' +
        '(went,) bankrupt|(was,got,) acquired|acquired by|(built,building) (in house,their own)|in house|built it themselves|' +
        '(renewed,stayed,staying) with|switched to|moved to|retired|retiring',
    ),
    doubtWhenNegated: w('sure|decided|convinced|certain'),
    refusalWhenNegated: w('need|need it|want|want it|needed|switching|switch|changing'),
    notNowWhenNegated: w('budget|priority|a priority|funds|money|the budget|$|$$|$$$'),
    forNow: w('right now|for now|at the moment|currently|this year|at this time|this quarter|atm|yet'),
    neutral: w(
      'problem|problems|issue|issues|worries|answer|response|reply|(hour,hours,day,days,week,weeks,minutes) later|' +
        '(out of office,ooo,on vacation,on leave) (till,until)',
    ),
    negators: w(
      'not|dont|doesnt|didnt|isnt|wasnt|wont|hasnt|havent|no longer|not really|without|nor|zero|cant|cannot|can not|' +
        'couldnt|wouldnt|not that',
    ),
    negatorsAlone: [
      { text: 'not yet', intent: 'not_now' },
      { text: 'nope', intent: 'not_interested' },
      { text: 'nah', intent: 'not_interested' },
      { text: 'not anymore', intent: 'not_interested' },
    ],
    negatorsAtEnd: w('no|never'),
    contrast: w('but|however|although|though|just|only|rather|instead|except'),
    contrastAtStart: w('its that|it is that'),
    change: w('now|but now|finally|update|upd|today|as of today|since then|called back|came back'),
    past: w('was|were|used to|previously|earlier|had been|last year|originally'),
    timeLeads: w(
      'next|after|until|till|til|once|call back|callback|follow up|followup|revisit|try again|reach out|ping|ping again|' +
        'check back|touch base|circle back|contact again|reconnect|wait (till,until,for)|waits for|after the|post|when|' +
        'resume|pick up|revisit in|back in|reach back|come back|before|again|ask again|check again',
    ),
    timeWords: w(
      'january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sep|sept|' +
        `oct|nov|dec|${QUARTERS}|${YEARS}|month|months|quarter|year|years|fy|fiscal year|summer|fall|autumn|winter|spring|` +
        'holiday(s,)|the holidays|new year|christmas|xmas|easter|thanksgiving|fiscal|budget (cycle,season)|new budget|merger|' +
        'acquisition|reorg|restructuring|audit|relocation|renovation|launch|release|(new,next) version|new model|model|' +
        'new release|new (gm,ceo,cfo,cto,manager,director,boss,owner,hire)|ceo|closes|renewal|contract (ends,expires)|harvest|' +
        '(tax,busy,peak,high) season|funding|new (warehouse,office,building,store,location)|the move|🎄',
    ),
    askLeads: w(
      '(wants,wanted,needs,need)|ask(ed,ing,s) (for,about,if)|asked|asking|request(ed,ing,s,)|send|sending|send (over,him,her,them)|' +
        '(inquired,enquired) about|wants to (know,see)|pls send|get|stage|deal stage',
    ),
    askObjects: w('quote|quotation|pricing|price(s,)|price list|proposal|offer|units|licen(s,c)es|sow|discount|q|volume pricing'),
    buyingObjects: w(
      'contract|invoice|terms|payment terms|net 30|(pro forma,proforma)(, invoice)|delivery|delivery (options,date)|' +
        'lead time(s,)|payment(s,)|payment (options,plan)|shipping|shipping options|w9|credit application|onboarding|' +
        'bank details|po|po number|contract draft|msa|order form|paperwork|order(s,)|credit card|card|wire|wire transfer|' +
        'bank transfer|installments|deposit|ach',
    ),
    consultLeads: w(
      'ask|check with|checking with|talk(ing,) (to,with)|run(ning,s,) it by|ran it by|run by|discuss(ing,) with|consult|' +
        'consulting|approval from|sign off (from,by)|get approval',
    ),
    deciders: w(
      'boss|manager|partner(s,)|board|ceo|cfo|owner|wife|husband|director|management|head office|hq|procurement|finance|team|' +
        'committee|legal|it|corporate|vp|spouse|accounting',
    ),
    waitLeads: w('waiting (for,on)|awaiting|pending|waiting|wait on'),
    replies: w('reply|response|answer|feedback|decision|sign off|approval|review|legal review|budget approval'),
    info: w('demo|case stud(y,ies)|references|info|information|brochure|specs|datasheet|samples|details|trial'),
    timeSuffixes: [],
  },

  es: {
    ready: w(
      'interesad(o,a,os,as,isimo,isima)|interes|interesa|le interesa|les interesa|muy interesado|(le,les) interese|intereso|' +
        'comprar|compra|caliente|urgente|urge|nos eligio|eligio nuestra|compro con nosotros|pa lante|palante|pa delante|' +
        '(le,les) (gusto,gusta,encanto,encanta,guste)|con ganas|motivado|va (muy,) bien|lo quiere',
    ),
    buying: w(
      'list(o,a,os) para (comprar,firmar)|(quiere,va a) (comprar,firmar,pedir,cerrar)|hacer (el,) pedido|confirmo (el,) pedido|' +
        'pedido confirmado|acepto la oferta|acepto|acepta|firmar|firmo|firma|firmo con nosotros|presupuesto aprobado|' +
        '(dijo,dice) que si|decidido a comprar|(volvio a,pidio) pedir|(repite,repitio) pedido|(otro,nuevo,segundo) pedido|' +
        'hizo pedido|pidio mas|reorden|recompra|pasar a(l plan,) anual|(pasar al,) plan pagado|pasar a pago|convertir|ampliar|' +
        'amplia|renovar|renueva|implementar|ganada|cerrada ganada|negociacion|negociacion (cierre,revision)|en negociacion|' +
        'negociando|cierre|compromiso|orden de compra|mandar la oc|oc|cerramos|cerrar (ya,el trato,trato)|se cierra|' +
        '(prueba,piloto) exitos(a,o)|propuesta (cotizacion,presupuesto)|contrato enviado',
    ),
    readiness: w('listo|preparado'),
    considering: w(
      'considerando|considera|indecis(o,a,os)|lo esta pensando|pensandolo|pensarlo|pensar|pensando|lo piensa|lo va a pensar|' +
        'se lo piensa|dudando|duda|dudas|en duda|tal vez|quizas|quiza|a lo mejor|puede que|consulta|consultar|consultarlo|' +
        'lo consulta|consultando|nos dira|nos avisa|avisara|tibio|aprobar|tiene que aprobar|aprobacion|entre nosotros y|' +
        '(presupuesto,cotizacion) enviad(o,a)|(propuesta,oferta) enviada|ni si ni no|viendo (opciones,otros)|explorando|' +
        'mirando opciones|solo mirando|calificacion|calificado para comprar|analisis de necesidades|propuesta de valor|' +
        '(demo,cita,presentacion) (agendada,programada)|(responsables de,) toma de decisiones|algo de interes|curioso|no sabe|' +
        'no lo tiene claro|no se decide|ya vera|dandole vueltas|(necesita,) tiempo para (decidir,pensar)|' +
        'otr(os,as) (proveedores,opciones,marcas)|canalizacion',
    ),
    weighing: w(
      'comparando|compara|comparar|evaluando|evaluacion|valorando|revisando|analizando|estudiando|probando|piloto|' +
        'en pruebas|(en,haciendo la,en periodo de) prueba',
    ),
    later: w(
      'mas adelante|mas tarde|ahora no|no ahora|ahora mismo no|(de,por el) momento no|no es (el,buen) momento|' +
        '(el,) proximo (ano,mes,trimestre)|(el,) (ano,mes) que (viene,entra)|(el,) trimestre que viene|' +
        'en pausa|pospuest(o,a)|aplazad(o,a)|congelad(o,a)|sin presupuesto|no (hay,tiene,tienen) presupuesto|en el futuro|' +
        'recorte de presupuesto|no (por ahora,de momento)|por ahora no|este ano no|a futuro|en espera|(en,) stand by|standby|' +
        'mas pa delante|mas para adelante|despuesito|despues|el otro ano|otro ano|todavia no es momento|es pronto|' +
        'aun es pronto|ahorita no|no todavia|(quiere,prefiere) esperar|⏸|🧊|❄',
    ),
    refusal: w(
      'no gracias|rechazo|rechaza|rechazad(a,o)|desinteresado|contento con su proveedor|ya tiene proveedor|no quiere|' +
        'no (lo,) necesita|no le hace falta|descartad(o,a)|no le convence|no va|no sigue|no avanza|(dijo,dice) que no|' +
        'no le interesa|sin interes|(lead,) muerto|ni de (chiste,broma)|ni loco|nel|cancel(o,aron,ado,ada)|👎|💀',
    ),
    lost: w(
      'perdid(o,a)|cliente perdido|cerrada perdida|se (fue,fueron) (con,a)|eligi(o,eron)|eligio (a,) otro|' +
        '(compro,compraron) (a,con,en) (otro,otra,la competencia)|(compro,compraron) otra|(compro,compraron) en|' +
        '(cerro,firmo,firmaron) con (otro,la competencia)|se quedo con otro|se queda con|no volver a llamar|no (llamar,contactar,molestar)|' +
        '(dado,darse,dar) de baja|cerro (el negocio,la empresa,la tienda)|cerraron|quebro|en quiebra|' +
        'firmado con (la competencia,otro)|trabaja con otro|no (lo,la,le,) (llamemos,volvamos a llamar,contactemos)|' +
        'contrato a (la competencia,otro)|internamente|lo hacen internamente|desarrollo propio|lo desarrollan ellos|' +
        'fue (adquirida,comprada)|(los,la,lo) compr(o,aron)|(adquirida,comprada) por|renovo con|se cambio a|' +
        '(sacar,quitar,borrar) de (la,) lista|saquemos de la lista|se jubilo|jubilado|se cayo',
    ),
    doubtWhenNegated: w('segur(o,a)|decidid(o,a)|claro|convencid(o,a)|se decide|decide'),
    refusalWhenNegated: w('necesitan|le hace falta|quiere saber nada|cambiar'),
    notNowWhenNegated: w('dinero|fondos|partida|prioridad|una prioridad|presupuesto|plata|lana'),
    forNow: w('ahora|por ahora|de momento|por el momento|en este momento|ahora mismo|este (ano,trimestre)|actualmente|todavia|aun'),
    neutral: w('problema|problemas|inconveniente|contesta|responde|respuesta|antes de(l,)|(vacaciones,fuera) hasta'),
    negators: w('sin|tampoco|nada|ningun|ninguna|ninguno|jamas|ni|no es que|no es q'),
    negatorsAlone: [
      { text: 'ya no', intent: 'not_interested' },
      { text: 'todavia no', intent: 'not_now' },
      { text: 'aun no', intent: 'not_now' },
    ],
    negatorsAtEnd: w('no|nunca'),
    contrast: w('pero|aunque|sino|sin embargo|solo|solamente|nomas'),
    contrastAtStart: w('es que|es q'),
    change: w('ahora|ya quiere|pero ya|hoy|actualizacion|al final|finalmente'),
    past: w('estaba|estuvo|antes|habia|hace meses|el ano pasado|originalmente'),
    timeLeads: w(
      'proxim(o,a)|despues (de,del)|hasta|hasta (que,el)|volver a (llamar,contactar,preguntar,escribir)|llamar|contactar|' +
        'retom(ar,an,amos,a)|recontactar|seguimiento|pasad(a,as,o,os)|pasando|cuando|una vez que|esperar|esperar a|' +
        'a partir de|tras|en cuanto|apenas|se pasa (a,para)|pasa a|se mueve a|movido a|preguntar de nuevo',
    ),
    timeWords: w(
      'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|mes|meses|' +
        'trimestre|ano|anos|verano|otono|invierno|primavera|navidad(es,)|vacaciones|(las,) fiestas|semestre|semana santa|' +
        'pascua|fin de ano|(nuevo,) ano fiscal|cierre fiscal|ejercicio|nuevo presupuesto|modelo|nuevo modelo|version|' +
        'nueva version|lanzamiento|fusion|auditoria|mudanza|reestructuracion|nuevo (gerente,director,jefe,dueno)|temporada|' +
        'feria|elecciones|cosecha|zafra|ronda de inversion|ronda|inversion|financiamiento|buen fin|🎄',
    ),
    askLeads: w(
      'pid(io,e,iendo,ieron)|quiere(n,)|solicit(o,a,aron)|necesita|enviar(le,)|mandar(le,)|mandale|enviamos|mandamos|' +
        'pregunt(o,a,ando) (por,si)|pregunt(o,a)|pasar(le,)|mandame|etapa|etapa del negocio',
    ),
    askObjects: w('presupuesto|precio(s,)|cotizacion|propuesta|oferta|tarifa(s,)|unidades|licencias|descuento|lista de precios|pricing'),
    buyingObjects: w(
      'contrato|factura|factura proforma|proforma|condiciones|condiciones de pago|forma(s,) de pago|plazo(s,) de entrega|' +
        'fecha de entrega|entrega|entregar|envio|datos bancarios|credito|pedido|orden de compra|cuenta para transferir|pagar|' +
        'pago|transferencia|tarjeta|meses sin intereses',
    ),
    consultLeads: w(
      'hablar(lo,) con|lo habla con|pregunt(ar,arle) a|comentar(lo,) con|decidir con|consultar(lo,) con|validar con|' +
        'aprobacion de|lo ve con|(lo tiene que,) ver(lo,) con|(el,) ok de|visto bueno de|permiso de',
    ),
    deciders: w(
      'jef(e,a)|soci(o,a,os)|direccion|gerente|duen(o,a)|junta|esposa|marido|mujer|equipo|compras|contabilidad|director(a,)|' +
        'gerencia|finanzas|corporativo|matriz|legal|abogado',
    ),
    waitLeads: w('esperando|espera|a la espera de|pendiente de|esperan'),
    replies: w('respuesta|confirmacion|decision|que conteste|noticias|aprobacion|visto bueno|ok'),
    info: w('demo|casos de exito|referencias|informacion|info|mas info|catalogo|muestras|ficha tecnica'),
    timeSuffixes: [],
  },

  zh: {
    ready: w(
      '意向|有意向|意向强烈|兴趣|感兴趣|有兴趣|想买|要买|马上买|购买|准备购买|急需|尽快|热线索|想订|要订|订购|想合作|愿意合作|' +
        '(准备,要,想,计划)采购|采购意向|要货|很满意|满意|认可|很喜欢|积极|高意向|意向明确|意向大|急|可以买|稳了|妥了|' +
        '选(了,择了,)我们',
    ),
    buying: w(
      '下单|准备下单|签约|签合同|(准备,要,想,可以)签|发合同|要合同|要报价|要求报价|询价|问价|谈好|成交|定了|确认订单|发货|同意|' +
        '准备付款|下订单|发报价|准备打款|打款|付款|付定金|交定金|定金|续约|续费|复购|返单|追加(订单,)|再次下单|又下单|加单|' +
        '再来一批|转正(式,)|转年付|转付费|(全面,)推广|铺开|扩大采购|扩容|商务谈判|谈判阶段|合同审批|赢单|已成交|催着要|' +
        '确认购买|要发票|开票|提交采购申请|走(采购,)流程|立项了|预算(批了,已批,解冻)|解冻|试用满意|试点成功|效果很好|承诺|' +
        '批量价|上线|采购申请|谈判(中,)',
    ),
    readiness: w('准备好'),
    considering: w(
      '考虑|考虑中|再考虑中|犹豫|商量|请示|观望|想想|再想想|纠结|斟酌|拿不定主意|待定|可能|也许|审批|讨论|开会决定|研究一下|' +
        '已发报价|报价已发|已报价|方案已发|没定|未定|还没定|不好说|说不准|看看再说|了解一下|了解中|咨询|需求确认|需求分析|' +
        '初步接洽|有点兴趣|还行|一般|再看看|模棱两可|不置可否|摇摆|权衡|(先,要,)看演示|安排演示|感知分析|确定决策者|资格审查|' +
        '符合购买条件|管道',
    ),
    weighing: w('比较|对比|比价|货比三家|比一比|比比|比一下|(比较,对比)一下|先比|评估|试用|在测试|测试中|在看|试点|验证'),
    later: w(
      '暂时|暂不|暂缓|以后|以后再说|再说|下(个,)月|明年|年后|过段时间|过阵子|下(个,)季度|下半年|个月后|推迟|延后|延期|不是现在|' +
        '现在不|目前不|改天|预算(不够,不足,用完,冻结)|将来|搁置|节后|放一放|先放着|缓一缓|季度(再,后)|个月再|后再(联系,说,看,跟进,考虑)|' +
        '后再|新财年|下(一,)财年|财年|冻结|先不|等等再|晚点|晚些|回头再|过完年|年底再|暂停|挂起|搁浅|以后再|之后再|再联系|' +
        '保持联系|长期跟进|时机不对|不急|前不|⏸|🧊|❄',
    ),
    refusal: w('拒绝|不买|不合适|没需要|不用了|用不上|用不着|太贵|嫌贵|算了|没戏|不做了|不合作|没兴趣|放弃|死单|黄了|取消|👎|💀'),
    lost: w(
      '流失|丢单|输单|(选了,选择了,用了,买了,去了)别家|(跟,和)别家签|别家签了|在别家|(选了,用了,买了)竞品|' +
        '(选了,买了,用了,签了)竞争对手|(跟,和)其他公司合作|(不要,别)再(联系,打)|永远别联系|别联系|拉黑|(已,)倒闭|关门|关店|' +
        '不开了|破产|注销|(已,)被(集团,)收购|(总部,集团)统一采购|自己开发|自研|自己做|已经买了|买了(别的,其他)|' +
        '换(了,)供应商(了,)|输给|选了|供应商续约|成交失败|失败|退休|退订|删除|删掉|更便宜的',
    ),
    doubtWhenNegated: w('确定|决定|清楚|想好|拍板|定'),
    refusalWhenNegated: w('需要|需求|想要|合作|感冒|采购'),
    notNowWhenNegated: w('预算|优先|钱|资金|经费'),
    forNow: w('目前|现在|今年|暂时'),
    // A finished trial is no longer weighing: "已试用，准备采购" is read by what follows.
    neutral: w(
      '不错|没问题|问题|别家|未来|没人接|不少|已试用|试用过|试用完|不了解|没回|未回复|不在|没接|不通|没联系上|不知道|类别|区别|' +
        '差别|告别|别的|然后|前不久|后天|后来|月底|已发|发了|点(,以,之)后(再,)',
    ),
    negators: w('不|没|没有|无|别|未|不再|还没|还没有|从不|毫无|不太|并不|并没有|不是|也不|都不|不能说'),
    negatorsAlone: [{ text: '不要', intent: 'not_interested' }],
    negatorsAtEnd: [],
    contrast: w('但|但是|不过|可是|然而|只是|而是|就是|只不过'),
    contrastAtStart: w('是'),
    change: w('现在|如今|终于|最新|更新|今天|目前已|已经决定|这次'),
    past: w('之前|以前|原来|原本|本来|曾经|当时|去年|上次'),
    timeLeads: w('等|等到|到|过了|过完|之后|直到'),
    timeWords: w(
      '月|月份|年|季度|财年|新财年|春节|过年|国庆|中秋|元旦|双十一|新版|新版本|版本|新款|新品|新型号|新一代|发布|上市|年款|' +
        '换届|新领导|新总|新老板|搬迁|装修|合并|重组|审计|再下单|再买|再采购|再签|再定|再说|再联系|融资|到位|开业|🎄|🧧',
    ),
    askLeads: w('要|问|发|让我们发|申请|确认|要求|了解|准备|能不能|有没有|可不可以|能否|可否|是否|阶段|商机阶段|交易阶段'),
    askObjects: w('报价|价格|价钱|报价单|方案|折扣|优惠|批量价|quote|pricing'),
    buyingObjects: w(
      '合同|发票|形式发票|付款方式|账期|交期|交货期|发货时间|到货(时间,)|物流|送货|账户|对公账户|开户行|订单|分期(付款,)|全款|' +
        '安装|专票|增值税专票|pi|po',
    ),
    consultLeads: w('跟|和|问|请示|汇报给|报给'),
    deciders: w('老板|领导|老总|合伙人|上级|总经理|总部|财务|采购部|董事会|家里'),
    waitLeads: w('等|等待|等着'),
    replies: w('回复|答复|反馈|消息|通知|回音|审批|批复|决定|结果'),
    info: w('样品|案例|演示|demo|资料|介绍|规格|说明书'),
    timeSuffixes: w('后|之后|过后|以后'),
  },
};
