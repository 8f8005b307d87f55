// Spanish: every word the add-on shows, for the sheet (Catalogue) and the sidebar page (SidebarText).
import { atOrAboveMean, withinMean } from '../engine/classify/rfm';
import { chanceShown, churnBand } from '../engine/classify/chance';
import type { Catalogue, SidebarText } from './catalogue';

const METRIC = { revenue: 'las ventas', profit: 'el beneficio' } as const;
const days = (value: number) => String(Math.round(value * 10) / 10).replace('.', ',');
/** Plurales: 1 pedido, 2 pedidos; 1 día, 1,5 días. */
const count = (n: number, one: string, many: string) => `${days(n)} ${n === 1 ? one : many}`;
const scoreBand = (score: number) => (score >= 70 ? '≥ 70' : score >= 40 ? '≥ 40, < 70' : '< 40');

export const ES: Catalogue = {
  labels: {
    A: 'A',
    B: 'B',
    C: 'C',
    core: 'Núcleo',
    maintain: 'Mantener',
    drain: 'Lastre',
    old_big: 'Antiguo y grande',
    new_big: 'Nuevo y grande',
    new_small: 'Nuevo y pequeño',
    old_small: 'Antiguo y pequeño',
    prospect: 'Cliente objetivo',
    potential: 'Potencial',
    one_time: 'Compra única',
    loyal: 'Fiel',
    lapsed: 'Inactivo',
    ready: 'Listo para comprar',
    considering: 'Lo está pensando',
    not_now: 'Ahora no',
    not_interested: 'No interesado',
    unknown: 'Desconocido',
    champions: 'Campeones',
    loyal_customers: 'Clientes fieles',
    potential_loyalist: 'Futuros fieles',
    recent_customers: 'Clientes recientes',
    promising: 'Prometedores',
    needs_attention: 'Requieren atención',
    about_to_sleep: 'A punto de dormirse',
    at_risk: 'En riesgo',
    cant_lose_them: 'No podemos perderlos',
    hibernating: 'Hibernando',
    lost: 'Perdidos',
    important_value: 'Importante: valor',
    important_develop: 'Importante: desarrollar',
    important_keep: 'Importante: conservar',
    important_retain: 'Importante: recuperar',
    general_value: 'General: valor',
    general_develop: 'General: desarrollar',
    general_keep: 'General: conservar',
    general_retain: 'General: recuperar',
    thank_you: 'Mensaje de agradecimiento',
    usage_follow_up: 'Seguimiento de uso',
    keep_in_touch: 'Contacto periódico',
    win_back: 'Llamada de recuperación',
    active: 'Activo',
    slipping: 'Alejándose',
    likely_lost: 'Probablemente perdido',
  },
  actions: {
    A: 'Asígneles a su mejor gente y atención preferente: trato personal, servicio prioritario y revisiones periódicas.',
    B: 'Hágalos crecer hacia A: ofrezca más productos y un interlocutor fijo, y descubra qué les haría comprar más.',
    C: 'Atiéndalos bien y a bajo coste: condiciones estándar, autoservicio y ofertas colectivas.',
    core: 'Averigüe por qué se quedan e invierta en conservarlos: aportan la mayor parte del beneficio.',
    maintain: 'Consérvelos: sostienen el volumen del negocio. Busque cómo mejorar su margen.',
    drain: 'Cuestan más de lo que aportan: reduzca el coste de atenderlos, revise precios o despídase de ellos con decisión.',
    old_big: 'Aplique sus políticas con firmeza y no conceda condiciones especiales por costumbre; controle su número y su tamaño.',
    new_big: 'Evalúelos a fondo y planifique el acuerdo con detalle antes de comprometerse: protéjase de un fracaso costoso.',
    new_small: 'Desarróllelos con audacia: consiga muchos y quédese con los mejores. Son el beneficio de mañana.',
    old_small:
      'Atiéndalos con políticas abiertas y justas y un comercial atento, con costes de entrega bajos: juntos dan la mayor parte del beneficio.',
    prospect: 'Dese a conocer: más publicidad, contenido útil y una invitación a probar.',
    potential: 'Refuerce la imagen de su marca e impulse la primera compra con una oferta concreta.',
    one_time: 'Dé un servicio excelente tras la primera compra para ganarse la segunda.',
    loyal: 'Aprovéchelos al máximo: más productos, recomendaciones y trato VIP.',
    lapsed: 'Averigüe por qué se fueron (servicio, precio, proceso) y recupérelos con un motivo para volver.',
    ready: 'Actúe rápido: haga seguimiento activo, llame y llévelos al siguiente paso en cuanto confíen en usted.',
    considering: 'Converse en lugar de vender: conozca sus necesidades y llame más a menudo para acortar distancias.',
    not_now: 'Mantenga la relación: anote cuándo piensan comprar y contacte periódicamente.',
    not_interested: 'Rebaje sus defensas y entienda el motivo; anote las carencias del producto para desarrollo.',
    unknown: 'Cualifíquelos: pregunte en qué punto están y anótelo en la columna de estado.',
    champions: 'Recompénselos, pida recomendaciones y opiniones, y deje que prueben primero las novedades.',
    loyal_customers: 'Ofrezca más de lo que compran y un programa de fidelidad; pida recomendaciones.',
    potential_loyalist: 'Ofrezca una membresía o un premio de fidelidad y recomiende productos relacionados.',
    recent_customers: 'Deles la bienvenida y ayúdeles a sacar partido de sus primeras compras.',
    promising: 'Dese a conocer: muéstreles qué más ofrece con una oferta ligera y pertinente.',
    needs_attention: 'Contacte con una oferta por tiempo limitado basada en lo que compraron.',
    about_to_sleep: 'Reconecte antes de perderlos: comparta novedades útiles y un motivo para volver.',
    at_risk: 'Envíe un mensaje personal y una oferta fuerte: antes compraban mucho.',
    cant_lose_them: 'Llámelos personalmente: recupérelos antes que la competencia.',
    hibernating: 'Ofrezca algo pertinente y barato para usted, o déjelos descansar.',
    lost: 'Intente una campaña de recuperación; si no responden, deje de invertir en ellos.',
    important_value: 'Manténgalos encantados: servicio VIP y un contacto dedicado.',
    important_develop: 'Aumente su frecuencia: recordatorios, paquetes, suscripciones.',
    important_keep: 'Compran a menudo pero no últimamente: contáctelos en persona para que vuelvan.',
    important_retain: 'Mucho valor en riesgo: llámelos, averigüe el motivo y haga una oferta para retenerlos.',
    general_value: 'Aumente su gasto con mejoras y paquetes.',
    general_develop: 'Anime una segunda y tercera compra con ofertas sencillas.',
    general_keep: 'Recuérdeles que sigue ahí con mensajes de bajo coste.',
    general_retain: 'Prioridad baja: inclúyalos solo en campañas generales.',
    thank_you: 'Envíe un mensaje de agradecimiento.',
    usage_follow_up: 'Pregunte qué tal les va con lo que compraron.',
    keep_in_touch: 'Envíe una nota breve y útil (novedades, consejos, una felicitación): una vez al mes como mucho.',
    win_back: 'Llame para saber por qué dejaron de comprar e invítelos a volver.',
    active: 'Siga así: agradézcales su confianza y ofrézcales lo que probablemente comprarán después.',
    slipping: 'Contacte con ellos pronto, antes de que se vayan: un mensaje personal o una oferta ligada a lo que compraron.',
    likely_lost: 'Envíe un mensaje de recuperación; si no responden, deje de invertir en ellos. Llame primero a los de más valor.',
  },
  headers: {
    tier: { group: 'Nivel' },
    profit: { group: 'Reparto de beneficio' },
    quadrant: { group: 'Cuadrante' },
    lifecycle: { group: 'Ciclo de vida' },
    intent: { group: 'Intención' },
    rfm: { group: 'Segmento RFM', score: 'Puntuación RFM' },
    nextContact: { group: 'Tipo de contacto', date: 'Próximo contacto' },
    churn: {
      group: 'Riesgo de abandono',
      chance: 'Probabilidad de seguir activo',
      expected: 'Pedidos esperados (próximos {n} días)',
      orderValue: 'Valor esperado por pedido',
      value: 'Valor (próximos {m} meses)',
    },
    nextStep: 'Siguiente paso',
    action: 'Acción',
  },
  reasonHeader: '{header}: motivo',
  fields: {
    customer: 'cliente',
    first_purchase: 'primera compra',
    last_purchase: 'última compra',
    orders: 'pedidos',
    revenue: 'ventas',
    profit: 'beneficio',
    status: 'estado',
    lead_score: 'puntuación',
    order_date: 'fecha del pedido',
    amount: 'importe',
    order_id: 'nº de pedido',
  },
  problems: {
    unparseable_money: '{F}{v} no es un importe de dinero.',
    percent_not_money: '{F}{v} es un porcentaje, no un importe de dinero.',
    sheet_error: '{F}{v} es un error de la hoja de cálculo; corrige la fórmula o los datos que usa.',
    unparseable_date: '{F}{v} no es una fecha.',
    impossible_date: '{F}{v} no es una fecha que exista en el calendario.',
    unparseable_number: '{F}{v} no es un número.',
    first_after_as_of: '{F}{v} es posterior a la fecha del análisis.',
    last_before_first: '{F}{v} es anterior a la primera compra.',
    last_after_as_of: '{F}{v} es posterior a la fecha del análisis.',
    orders_negative: '{F}{v} es negativo; los pedidos deben ser 0 o más.',
    orders_not_whole: '{F}{v} no es un número entero de pedidos.',
    zero_orders_with_revenue: '{F}{v} no cuadra: 0 pedidos pero ventas positivas.',
    lead_score_out_of_range: '{F}{v} está fuera del rango de 0 a 100.',
    duplicate_customer: '{F}{v} aparece más de una vez; cada fila se clasifica igualmente.',
    missing_value: '{F} está en blanco; esta clasificación lo necesita.',
    unknown_time_zone:
      '{F} no se puede convertir en días: la zona horaria de la hoja{v} no se reconoce aquí. Elija una en Archivo › Configuración.',
    order_without_customer: '{F} está en blanco: este pedido no pertenece a ningún cliente. Indique quién lo compró.',
    no_purchase_in_log: '{F}{v} solo tiene devoluciones o importes cero en este registro: la compra es anterior al registro.',
    refunds_exceed_purchases: '{F}{v}: las devoluciones superan a las compras en este registro.',
  },
  quote: ' «{text}»',
  reasons: {
    tier_no_positive: (r) => `C: ${r.metric === 'revenue' ? 'sin ventas positivas' : 'sin beneficio positivo'}`,
    tier_amount: (r, k) => `${r.tier}: ${k.amount(r.value)} ${r.tier === 'C' ? '<' : '≥'} ${k.amount(r.limit)}`,
    tier_share: (r, k) =>
      `${r.tier}: los clientes mejor clasificados suman el ${k.percent(r.share)} de ${METRIC[r.metric]} (${r.tier === 'C' ? '≥' : '<'} ${k.threshold(r.limit)})`,
    tier_count: (r, k) =>
      `${r.tier}: ${count(r.above, 'cliente mejor clasificado', 'clientes mejor clasificados')}, el ${k.percent(r.share)} del total (${r.tier === 'C' ? '≥' : '<'} ${k.threshold(r.limit)})`,
    profit_core: (r, k) => `Núcleo: solo el ${k.percent(r.share)} de los clientes da más beneficio (< ${k.threshold(0.2)})`,
    profit_drain_loss: (r, k) => `Lastre: beneficio negativo (${k.amount(r.profit)})`,
    profit_drain_bottom: (r, k) => `Lastre: solo el ${k.percent(r.share)} de los clientes da menos beneficio (< ${k.threshold(0.2)})`,
    profit_maintain: (r, k) =>
      `Mantener: ni en el ${k.threshold(0.2)} superior ni ${r.rule === 'bottom20' ? `en el ${k.threshold(0.2)} inferior` : 'con pérdidas'} (beneficio ${k.amount(r.profit)})`,
    quadrant: (r, k) => {
      const old = r.group === 'old_big' || r.group === 'old_small';
      const big = r.group === 'old_big' || r.group === 'new_big';
      const size =
        r.bigRule.kind === 'tierA'
          ? big
            ? 'nivel A en ventas'
            : 'no es nivel A en ventas'
          : `ventas ${big ? '≥' : '<'} ${k.amount(r.bigRule.amount)}`;
      return `${k.label(r.group)}: cliente desde hace ${count(r.tenure, 'día', 'días')} (${old ? '≥' : '<'} ${r.tenureDays}), ${size}`;
    },
    quadrant_no_purchase: () => 'sin compras todavía',
    lapsed_cycle: (r) =>
      r.cycle >= 1
        ? `Inactivo: ${count(r.since, 'día', 'días')} sin comprar, ${Math.round(r.since / r.cycle)} veces su ciclo habitual de ${days(r.cycle)} días (límite: ${days(r.limit)} días)`
        : `Inactivo: ${count(r.since, 'día', 'días')} sin comprar, cuando solía comprar en días (límite: ${days(r.limit)} días)`,
    lapsed_window: (r) => `Inactivo: ${count(r.since, 'día', 'días')} sin comprar (límite: ${r.lapseDays} días)`,
    prospect: (r, k) =>
      `Cliente objetivo: sin pedidos${r.intent ? `, intención ${k.label(r.intent)}` : ''}${r.score === r.score ? `, puntuación ${r.score} (< 60)` : ''}`,
    potential: (r, k) =>
      `Potencial: sin pedidos todavía, pero ${r.intent ? `intención ${k.label(r.intent)}` : `puntuación ${r.score} (≥ 60)`}`,
    one_time: (r) => `Compra única: 1 pedido${r.since === r.since ? `, hace ${count(r.since, 'día', 'días')}` : ''}`,
    loyal: (r) =>
      `Fiel: ${count(r.orders, 'pedido', 'pedidos')}${r.since === r.since ? `, el último hace ${count(r.since, 'día', 'días')}` : ''}`,
    intent_text: (r, k) => `${k.label(r.intent)}: la nota dice «${r.cue}»`,
    intent_conflict: (r, k) =>
      `${k.label(r.intent)}: la nota dice a la vez ${r.words.map((w) => `«${w}»`).join(' y ')}: pregunte al cliente`,
    intent_score: (r, k) => `${k.label(r.intent)}: la nota no lo aclara; puntuación ${r.score} (${scoreBand(r.score)})`,
    intent_taught: (r, k) => `${k.label(r.intent)}: usted enseñó esta nota`,
    intent_none: (r, k) => `${k.label(r.intent)}: sin nota reconocible ni puntuación: pregunte al cliente`,
    rfm_none: () => '—: sin compras, sin RFM',
    rfm_grid: (r, k) =>
      `${k.label(r.segment)}: R${r.r} F${r.f} M${r.m} (hace ${count(r.days, 'día', 'días')}, ${count(r.orders, 'pedido', 'pedidos')}); R-FM = ${r.r}${(r.f + r.m + 1) >> 1}`,
    rfm_class8: (r, k) =>
      `${k.label(r.segment)}: compró hace ${count(r.days, 'día', 'días')} (media ${Math.round(r.meanDays)}, ${withinMean(r.days, r.meanDays) ? 'reciente' : 'lejano'}), ` +
      `${count(r.orders, 'pedido', 'pedidos')} (media ${days(Math.round(r.meanOrders * 10) / 10)}, ${atOrAboveMean(r.orders, r.meanOrders) ? 'frecuente' : 'poco frecuente'}), ` +
      `ventas ${k.amount(r.revenue)} (${atOrAboveMean(r.revenue, r.meanRevenue) ? 'alto' : 'bajo'})`,
    contact: (r, k) => {
      const due = k.date(r.due);
      const span = `(${k.date(r.last)} → ${due})`;
      if (r.touch === 'win_back') return `Llamada de recuperación: cliente inactivo, ya (${due})`;
      if (r.touch === 'thank_you') return `Agradecimiento: 2 días después de la última compra ${span}`;
      if (r.touch === 'usage_follow_up') return `Seguimiento de uso: 7 días después de la última compra ${span}`;
      return `Contacto periódico: cada 30 días desde la última compra ${span}`;
    },
    contact_none: () => '—: sin compras, sin contacto programado',
    churn: (r, k) => {
      const cut = churnBand(r, k.threshold);
      const history =
        r.orders > 1
          ? `compra cada ~${r.cycle >= 1 ? k.count(r.cycle) : '1'} ${r.cycle >= 1.5 ? 'días' : 'día'}, sin comprar desde hace ${k.count(r.since)}`
          : `compró una vez, hace ${count(Math.round(r.since), 'día', 'días')}`;
      return `${k.label(r.group)}: ${k.threshold(chanceShown(r))} de probabilidad de seguir activo (${cut}); ${history}`;
    },
    churn_not_ready: (r) =>
      r.reason === 'too_few_customers'
        ? `—: muy pocos clientes para ajustar el modelo de abandono (necesita al menos ${r.needs}; hay ${r.has})`
        : `—: no hay suficientes compras repetidas para ajustar el modelo (necesita al menos ${r.needs} clientes que hayan comprado dos veces; ${r.has === 0 ? 'no hay ninguno' : `hay ${r.has}`})`,
    churn_no_purchase: () => '—: sin compras, sin riesgo de abandono',
    churn_no_dates: () => '—: necesita las fechas de primera y última compra',
  },
  notes: {
    key_customer: (n, k) => `${n.segment ? k.label(n.segment) : 'nivel A'} por valor: llame primero`,
    quieter_than_most: (n, k) => `más callado que la mayoría de los clientes: RFM ${k.label(n.segment)}`,
    past_own_cycle: () => 'reciente frente a otros clientes, pero ha superado su propio ciclo de compra: Inactivo',
    loses_money: () => 'pero da pérdidas: vea el reparto de beneficio',
    cycle_unknown: () => 'sin fecha de primera compra no se conoce su ciclo de compra',
  },
  notApplicable: '—',
  nextStep: {
    fixData: 'Corrija los datos: {problem}',
    keyCustomerLapsed: 'Llámelo personalmente: averigüe por qué dejó de comprar y recupérelo.',
    callAtRisk: 'Llámelo personalmente: un cliente valioso se está alejando; pregúntele cómo le va y dele un motivo para quedarse.',
    by: ' (antes del {date})',
    review: 'Revise este cliente: añada ventas, pedidos o fechas para poder clasificarlo.',
    why: ' Por qué: {because}.',
    because: {
      close: 'la nota dice que está listo para comprar',
      lapsed: 'inactivo',
      keyLapsed: 'cliente clave inactivo ({who})',
      atRisk: '{group}, con un valor de {value} en los próximos {months} meses (el quinto más valioso)',
      tierA: 'nivel A',
      contact: '{touch} pendiente esta semana',
      notInterested: 'la nota dice que no está interesado',
      drain: 'cuesta más de lo que aporta (beneficio negativo)',
      group: '{label} ({classification})',
    },
  },
  churnModel: {
    heading: 'Riesgo de abandono y valor: el modelo',
    fitted: '{model} ajustado con {customers} clientes: {params}.',
    spend: 'Valor por pedido (Gamma-Gamma): {params}.',
    pace: 'Un cliente típico compra cada {weeks} semanas mientras sigue activo; el {lostShare} de los clientes probablemente se ha perdido.',
    revenue: 'Ingresos esperados en los próximos {months} meses: {value} (descontados al {discount} anual).',
    noSpend:
      'Valor por pedido: muy pocos clientes que repiten con ventas positivas para el modelo de gasto (necesita al menos {needs}; hay {has}); se usa el valor medio por pedido de cada cliente.',
    spendRejected:
      'Valor por pedido: los importes varían demasiado para el modelo de gasto (Gamma-Gamma); se usa el valor medio por pedido de cada cliente.',
  },
  settingErrors: {
    one_of: '{name} debe ser uno de: {options, list, {"#"} {, }}.',
    number_between: '{name} debe ser un número entero de días entre {min, amount} y {max, amount}, por ejemplo 365.',
    not_a_number: '{name} debe ser un número igual o mayor que 0.',
    fraction_between:
      '{name} debe estar entre {minTierA, select, true {el {tierANameLower} ({minValue, amount})} other {{minValue, amount}}} y {max, amount}, como fracción o porcentaje, por ejemplo {example, amount} o {example, threshold}; recibido {got, amount}.',
    amount_needs_both:
      'Con el método de importe fijo, indique el {tierANameLower} (importe para A) y el {tierBNameLower} (importe para B), con A ≥ B > 0.',
    amount_order:
      'Con el método de importe fijo, el {tierANameLower} debe ser al menos el {tierBNameLower}, y este mayor que 0 (recibido {tierA, amount} y {tierB, amount}).',
    not_settings: 'Los ajustes deben ser un objeto con ajustes con nombre.',
    as_of: '{name} debe ser una fecha, por ejemplo 2026-11-01.',
    whole_between: '{name} debe ser un número entero de {min, count} a {max, count}, por ejemplo {example, count}.',
  },
  formulaErrors: {
    as_of: 'as_of debe ser una fecha: una celda de fecha o un texto como 2026-11-22 (recibido «{got}»).',
    not_a_number: '{name} debe ser un número (recibido «{got}»).',
    threshold_amount: '{name} debe ser un importe mayor que 0 con el método por importe (recibido {got}).',
    threshold_fraction: '{name} debe ser una fracción entre 0 y 1 con el método {method}, por ejemplo 0,8 (recibido {got}).',
    single_column: '{name} debe ser una sola columna (tiene {width}): indique una columna, por ejemplo E2:E501.',
    table_needed: '{name} debe ser un rango con una fila de encabezados y al menos una fila de datos, por ejemplo A1:H501.',
    same_height:
      '{first} tiene {firstRows} filas pero {other} tiene {otherRows}: indique rangos de la misma altura (por ejemplo, ambos de la fila 2 a la 501).',
    one_of: '{name} debe ser uno de: {options, list, {"#"} {, }} (recibido «{got}»).',
    no_header:
      '{name} debe empezar con una fila de encabezados que nombre sus columnas (por ejemplo Cliente, Primera compra, Última compra, Pedidos, Ventas, Beneficio, Estado).',
    settings: '{message}',
    unexpected: 'Segmentos de clientes no pudo calcular esto: {message}',
  },
  actionFormula: {
    fixFirst: 'Corrija primero los datos: {problem}',
    notALabel: '«{text}» no es una etiqueta de este complemento.',
  },
  summary: {
    sheetName: 'Segmentos',
    title: 'Segmentos de clientes: resumen',
    about:
      'A fecha de {asOf} · {customers, plural, one {{customers, count} cliente} other {{customers, count} clientes}} · creado el {made}',
    colour: 'Color',
    group: 'Grupo',
    customers: 'Clientes',
    revenue: 'Ventas',
    share: '% de ventas',
    average: 'Por cliente',
    action: 'Qué hacer',
    problems: '⚠ Datos que corregir',
    none: '— No aplica',
    settings: 'Ajustes usados',
    chart: 'Curva de Pareto: parte de las ventas de los mejores clientes',
    paretoCustomers: 'Parte de los clientes, de más a menos ventas',
    paretoRevenue: 'Parte de las ventas',
    paretoLine: '80% de las ventas',
    paretoA: 'Fin del nivel A',
    paretoAEnds: 'Aquí termina el nivel A: {customers} de los clientes, {revenue} de las ventas',
    top: 'Principales clientes por ventas',
    customer: 'Cliente',
    tier: 'Nivel',
    stage: 'Ciclo de vida',
    nextStepHeading: 'Cómo se elige el siguiente paso (el primero que se cumple)',
    nextStepRules: [
      '1. Datos que corregir: corríjalos primero.',
      '2. La nota dice listo para comprar: cierre la venta.',
      '3. Acaba de bajar del nivel A, o de Fiel a Inactivo, desde el último análisis (historial): llámelo personalmente ahora.',
      '4. Riesgo de abandono Alejándose o Probablemente perdido, y entre el quinto más valioso (valor en los próximos meses): una llamada personal.',
      '5. Inactivo: recupérelo; si es un cliente clave (mejor segmento RFM o nivel A), con una llamada personal.',
      '6. Un agradecimiento, seguimiento o contacto periódico pendiente esta semana: ese contacto.',
      '7. La nota dice que no está interesado: averigüe por qué.',
      '8. Beneficio negativo: reduzca el coste de atenderlo.',
      '9. Si no, por valor: el segmento RFM para los mejores clientes y los valiosos que se alejan; si no, el cuadrante; si no, el nivel.',
      '10. Nunca ha comprado: según su etapa o su intención.',
    ],
  },
  runNotes: {
    heading: 'Lo que esta ejecución no usó',
    rfmUnused:
      'Puntuaciones RFM que ningún cliente obtuvo: {scores} (los clientes empatados comparten puntuación, así que algunas quedan vacías).',
    cycleSkipped:
      'No hay columna de primera compra: no se conoce el ciclo de compra de cada cliente, así que solo el plazo de inactividad decide quién está inactivo.',
    rowsAfterAsOf:
      '{rows, plural, one {1 fila con fecha posterior a la fecha del análisis, excluida.} other {{rows} filas con fecha posterior a la fecha del análisis, excluidas.}}',
  },
  settingWords: {
    classifications: {
      tier: 'Nivel de valor (ABC)',
      profit: 'Reparto del beneficio 20/60/20',
      quadrant: 'Antigüedad × tamaño',
      lifecycle: 'Ciclo de vida',
      intent: 'Intención de compra',
      rfm: 'Segmentos RFM',
      nextContact: 'Próximo contacto',
      churn: 'Riesgo de abandono y valor',
    },
    computeHeading: 'Qué calcular',
    mainGrouping: 'Colorear filas según',
    tierPreset: 'Umbrales de nivel',
    tierPresets: {
      '80/95': 'A: 80% de las ventas; B: 15% más',
      '70/90': 'A: 70% de las ventas; B: 20% más',
      'count 20/30/50': 'A: 20% de los clientes; B: 30% más',
      custom: 'Personalizado…',
    },
    tierMethod: 'Método',
    tierMethods: { share: 'Parte del total', count: 'Parte de los clientes', amount: 'Importe fijo' },
    tierA: 'Umbral de A',
    tierB: 'Umbral de B',
    tierMetric: 'Ordenar niveles por',
    tierMetrics: { revenue: 'Ventas', profit: 'Beneficio' },
    profitRule: 'Clientes lastre',
    profitRules: { loss: 'Los que dan pérdidas', bottom20: 'El 20% con menos beneficio' },
    tenureDays: 'Cliente antiguo a partir de (días)',
    bigRule: 'Cliente grande',
    bigRules: { tierA: 'Nivel A por ventas', amount: 'Ventas de al menos…' },
    bigAmount: 'Importe',
    lapseDays: 'Inactivo como máximo tras (días sin comprar)',
    lapseHelp:
      'Un cliente con 3 o más pedidos pasa antes a inactivo si lleva sin comprar 3 veces su propio ciclo de compra (al menos 30 días); cada motivo de Inactivo muestra el límite usado.',
    rfmPreset: 'Modelo RFM',
    rfmPresets: { grid11: '11 segmentos (cuadrícula R × FM)', class8: '8 clases (sobre/bajo la media)' },
    churnModel: 'Modelo de abandono',
    churnModels: { mbgnbd: 'BG/NBD modificado (predeterminado)', bgnbd: 'BG/NBD' },
    churnActive: 'Activo desde (probabilidad de seguir activo)',
    churnLost: 'Probablemente perdido por debajo de (probabilidad de seguir activo)',
    churnDays: 'Pedidos esperados en (días)',
    valueMonths: 'Valor en (meses)',
    annualDiscount: 'Tasa de descuento anual',
    asOf: 'Fecha del análisis',
    language: 'Idioma de los resultados',
    languages: { en: 'English', es: 'Español', zh: '中文' },
    settings: 'Ajustes',
  },
  customerSheet: 'Clientes',
  history: {
    sheetName: 'Historial de segmentos',
    date: 'Fecha del análisis',
    customer: 'Cliente',
    revenue: 'Ventas',
    state: 'Cambios (los guarda el complemento)',
    previous: 'Anterior',
    changedOn: 'Cambió el',
    was: 'era {label} el {date}',
    dropped: 'Llámelo personalmente ahora: averigüe qué cambió antes de que se aleje más.',
    droppedWhy: 'acaba de pasar de {from} a {to} ({classification})',
    heading: 'Quién se movió',
    since: 'Del análisis del {from} a este del {to}: las filas son dónde estaban los clientes, las columnas dónde están ahora.',
    firstRun: 'Este es el primer análisis del historial: los movimientos aparecerán aquí desde el siguiente, con una fecha posterior.',
    notRecorded: 'Este análisis ({date}) tiene una fecha anterior al último del historial ({last}): no se añade al historial.',
    keep: 'La hoja de historial guarda una instantánea por fecha de análisis (un segundo Aplicar en la misma fecha la sustituye). Caben unos {runsFit, amount} análisis de este tamaño en sus 6 millones de celdas; los de más de un año se reducen al último de cada mes y, pasado ese límite, se eliminan los más antiguos.',
    fromTo: 'De \\ a',
    added: 'Nuevos',
    gone: 'Ya no están',
    total: 'Total',
    cell: '{count} · {revenue}',
    movers: 'Bajaron desde los dos mejores grupos',
    revenueThen: 'Ventas entonces',
    moved: 'Movimiento',
    noMovers: 'Nadie bajó desde los dos mejores grupos.',
    formulaCorner: 'De \\ a',
  },
  menu: {
    title: 'Segmentos de clientes',
    open: 'Abrir el panel',
    rerun: 'Repetir la última clasificación',
    clear: 'Borrar la clasificación',
  },
  messages: {
    noTable:
      'No hay una tabla de clientes en esta hoja: hace falta una fila de encabezados (Cliente, Ventas, Última compra…) con datos debajo.',
    noColumns: 'Los encabezados no nombran ninguna columna utilizable: elija las columnas en los desplegables.',
    nothingToCompute: 'Nada que calcular: marque al menos una clasificación que permitan las columnas elegidas.',
    onResultsSheet:
      'Esta hoja contiene los resultados de una clasificación. Abra la hoja que clasificó para volver a ejecutarla; Borrar elimina los resultados.',
    busy: 'Ya hay otra clasificación en marcha en esta hoja de cálculo. Inténtelo de nuevo en un momento.',
    nothingToClear: 'No hay ninguna clasificación que borrar en esta hoja.',
    cleared: 'Borrado: se han quitado las columnas, colores y la hoja de resumen que añadió el complemento.',
    applied:
      'Hecho: {rows, plural, one {{rows, count} cliente clasificado} other {{rows, count} clientes clasificados}} en {columns} columnas nuevas, con una hoja de resumen.',
    appliedLog:
      'Hecho: {customers, plural, one {{customers, count} cliente} other {{customers, count} clientes}} de {orders, plural, one {{orders, count} pedido} other {{orders, count} pedidos}}, en la hoja «{sheet}»; cada pedido muestra el grupo de su cliente, con una hoja de resumen.',
    logColumnsNeeded: 'Un registro de pedidos necesita las columnas de fecha del pedido, cliente e importe: elíjalas en las listas.',
    applyStopped: 'Aplicar se detuvo a medias porque Hojas de cálculo de Google rechazó un cambio; Borrar quita lo que llegó a escribir.',
    applyNotStarted: 'Aplicar no cambió nada: Hojas de cálculo de Google rechazó su primer cambio.',
    clearStopped: 'Borrar se detuvo a medias porque Hojas de cálculo de Google rechazó un cambio; vuelva a pulsar Borrar para terminar.',
    cellLimit:
      'La hoja de cálculo superaría el límite de 10 millones de celdas de Google: elimine antes filas, columnas u hojas que no use.',
    columnLimit: 'La hoja superaría el límite de 18.278 columnas de Google.',
    mergedFreeze: 'Hay celdas combinadas que cruzan la fila de encabezado y no se puede inmovilizar: sepárelas antes.',
    taught: 'Aprendido: «{note}» es {label}, aquí y en todas las fórmulas de esta hoja de cálculo.',
    forgot: 'Olvidado: el complemento vuelve a leer «{note}» por sí mismo.',
    teachEmpty: 'Esa nota no tiene palabras que enseñar.',
    teachTooLong: 'Esa nota es demasiado larga para enseñarla: una frase enseñada tiene como máximo {max} caracteres.',
    teachTooMany: 'Esta hoja de cálculo ya tiene {max} frases enseñadas, el máximo que guarda: deshaga alguna antes.',
    noHistoryRun: 'Ese análisis ya no está en el historial: vuelva a leer la hoja y elija otro.',
  },
};

export const ES_SIDEBAR: SidebarText = {
  title: 'Segmentos de clientes',
  loading: 'Leyendo la hoja…',
  refreshing: 'Actualizando…',
  notInSheets: 'Esta página funciona dentro de Hojas de cálculo de Google: ábrala desde Extensiones › Customer segments.',
  unreachable: 'El complemento no responde. Revise la conexión y vuelva a abrir el panel.',
  retry: 'Reintentar',
  refresh: 'Volver a leer',

  dataHeading: 'Datos',
  sheet: 'Hoja',
  headerRow: 'Fila de encabezado',
  customers: 'Clientes',
  shape: 'Formato',
  shapeCustomers: 'Una fila por cliente',
  shapeOrders: 'Registro de pedidos (una fila por pedido)',
  logHint:
    'La primera y la última compra, los pedidos y las ventas de cada cliente se calculan a partir de sus pedidos; las devoluciones restan de las ventas y nunca cuentan como compra.',
  orderRows: 'Pedidos',
  columnsHeading: 'Columnas',
  notUsed: '— sin usar —',
  blankHeader: 'Columna {letter}',
  hasOutput: 'Esta hoja ya tiene resultados. Al aplicar se reemplazan.',

  problemsHeading: 'Problemas',
  noProblems: 'No se ha encontrado ningún problema.',
  problemTotal: 'Problemas encontrados: {n}',
  problemKinds: {
    unparseable_money: 'Importe no válido',
    percent_not_money: 'Porcentaje en lugar de importe',
    sheet_error: 'Error de la hoja',
    unparseable_date: 'Fecha no válida',
    impossible_date: 'Fecha imposible',
    unparseable_number: 'No es un número',
    first_after_as_of: 'Primera compra posterior a la fecha de análisis',
    last_before_first: 'Última compra anterior a la primera',
    last_after_as_of: 'Última compra posterior a la fecha de análisis',
    orders_negative: 'Pedidos negativos',
    orders_not_whole: 'Pedidos con decimales',
    zero_orders_with_revenue: 'Ventas sin pedidos',
    lead_score_out_of_range: 'Puntuación fuera de 0–100',
    duplicate_customer: 'Cliente repetido',
    missing_value: 'Falta el dato',
    unknown_time_zone: 'Zona horaria desconocida',
    order_without_customer: 'Pedido sin cliente',
    no_purchase_in_log: 'Solo devoluciones en el registro',
    refunds_exceed_purchases: 'Devoluciones mayores que las compras',
  },
  problemRow: 'Fila {row}',
  problemsShown: 'Los primeros {shown} de {total}.',
  problemHint: 'Haga clic en un problema para ir a su celda.',

  needsColumn: 'Hace falta una columna de {fields}',
  and: 'y',
  or: 'o',
  noneChosen: 'Elija al menos una clasificación.',

  settingsHeading: 'Ajustes',
  tierHints: {
    share: 'Fracciones del total, p. ej. 0,8 y 0,95, o porcentajes: 80% y 95%.',
    count: 'Fracciones de clientes, p. ej. 0,2 y 0,5, o porcentajes: 20% y 50%.',
    amount: 'Importes: A desde el primero, B desde el segundo.',
  },

  previewHeading: 'Vista previa',
  previewWaiting: 'Calculando los grupos…',
  previewInvalid: 'Corrija los ajustes de arriba para ver la vista previa.',
  previewGroup: 'Grupo',
  previewCustomers: 'Clientes',
  previewShare: 'Ventas',
  previewProblems: 'Con algún problema: {n}',
  previewNotApplicable: 'No aplicable: {n}',
  previewOthers: 'Otras clasificaciones',
  teachHeading: 'Enseñar la intención',
  teachIntro:
    'Notas que el complemento no supo leer, las más frecuentes primero. Indique qué significa cada una: decide esas notas aquí, al aplicar y en todas las fórmulas de esta hoja de cálculo.',
  teachUnread: 'Sin leer',
  teachRead: 'Leídas (revisar)',
  teachNone: 'Se leyeron todas las notas: no hay nada que enseñar.',
  teachRows: '{n} filas',
  teachMore: '{n} notas más sin listar.',
  teachSet: 'Significa…',
  teachMatches:
    'Una frase enseñada vale también para la misma nota con otras mayúsculas, tildes, puntuación, espacios o números (fechas, cantidades, precios), no con otras palabras.',
  taughtHeading: 'Frases enseñadas',
  taughtDecided: 'Las frases enseñadas decidieron {n} filas.',
  taughtUndo: 'Deshacer',
  teachBusy: 'Guardando…',
  previewOrdersWithoutCustomer: 'Pedidos sin cliente (no se cuentan, vea Problemas): {n}',
  previewOrdersAfterAsOf: 'Pedidos posteriores a la fecha del análisis (excluidos): {n}',

  sqlHeading: 'Exportar como SQL',
  sqlIntro:
    'Para datos que no caben en una hoja: una consulta que da a cada cliente de una tabla de BigQuery o DuckDB los mismos grupos que Aplicar, con las columnas y los ajustes de arriba. Sus respuestas son las etiquetas en inglés. El complemento solo escribe la consulta; no se conecta a nada.',
  sqlDialect: 'Dialecto',
  sqlTable: 'Tabla o vista',
  sqlTableNeeded: 'Escriba el nombre de la tabla que guarda estos datos para ver su consulta.',
  sqlTableErrors: {
    quoted: 'Escriba el nombre sin acentos graves ni comillas: la consulta ya los pone.',
    control: 'El nombre contiene un salto de línea u otro carácter invisible.',
    partsBigQuery:
      'Indique también el conjunto de datos, y el proyecto si no es el predeterminado: conjunto.tabla o proyecto.conjunto.tabla.',
    partsDuckDb: 'Como mucho tres partes: tabla, esquema.tabla o base.esquema.tabla.',
    emptyPart: 'Una parte del nombre está vacía: revise los puntos.',
    project:
      '«{part}» no es un ID de proyecto de BigQuery: de 6 a 30 minúsculas, cifras y guiones, empezando por una letra, p. ej. mi-proyecto-123.',
    dataset: '«{part}» no es un nombre de conjunto de datos de BigQuery: solo letras, cifras y guiones bajos, p. ej. ventas_2026.',
    table: '«{part}» no es un nombre de tabla de BigQuery: letras, cifras, espacios, guiones y guiones bajos, como mucho 1.024 bytes.',
  },
  sqlFixSettings: 'Corrija los ajustes de arriba para ver la consulta.',
  sqlBlankHeader:
    'La columna elegida para {field} (columna {column}) no tiene encabezado: escriba en él el nombre que tiene en su almacén de datos.',
  sqlSameHeader:
    'Dos de las columnas elegidas se titulan «{name}», y una tabla no puede tener dos columnas con el mismo nombre: cambie una.',
  sqlColumnsHint:
    'Cada columna se lee por su encabezado en esta hoja; si en su almacén de datos se llama de otra forma, cámbielo en la consulta.',
  sqlParameter:
    'Un parámetro, {param}: la fecha del análisis, un DATE ({date} arriba). Todos los «días desde» se cuentan a partir de ella.',
  sqlQuery: 'Consulta SQL',
  sqlCopy: 'Copiar',
  sqlCopied: 'Copiada.',
  sqlCopyFailed: 'Este navegador no ha dejado copiar a la página: la consulta está seleccionada, pulse Ctrl+C (⌘C en un Mac).',
  sqlDownload: 'Descargar .sql',
  sqlGapsHeading: 'Lo que no incluye la consulta',
  sqlGaps: {
    intent_free_text:
      'Las notas de texto libre: la columna de estado solo cuenta cuando tiene una etiqueta de intención (Listo para comprar, Lo está pensando…, en cualquiera de los tres idiomas); las demás notas pasan a la puntuación. De ahí salen «Cliente objetivo» y «Potencial» en el ciclo de vida.',
    not_enough_columns: '{name}: no hay columna de {fields}.',
    reason_sentences: 'Los motivos en palabras: cada motivo es un código con sus cifras.',
    next_step: 'El siguiente paso y la acción que tomar.',
    unreadable_values:
      'Las celdas ilegibles: una columna del almacén tiene tipo, así que un valor que no se cargó queda vacío. Las demás comprobaciones siguen: la respuesta queda vacía y el motivo dice ⚠ y por qué.',
    duplicate_customers: 'El aviso de cliente repetido: se clasifican las dos filas.',
    log_customer_name:
      'El nombre que se muestra: un mismo nombre con cualquier mayúscula es un cliente; la consulta muestra la primera de sus grafías por orden alfabético, la hoja la de su primera fila.',
    log_same_day_status:
      'Dos notas el último día de un cliente: la hoja toma la fila de más abajo; la consulta, la última por orden alfabético.',
  },

  apply: 'Aplicar',
  clear: 'Borrar',
  stepReading: 'Leyendo la hoja…',
  stepClassifying: 'Clasificando…',
  stepWriting: 'Escribiendo las columnas…',
  stepClearing: 'Quitando lo que añadió el complemento…',
  fixSettings: 'Antes, corrija los ajustes marcados.',
  history: {
    heading: 'Historial de análisis',
    runs: '{n} análisis en la hoja de historial, uno por fecha.',
    from: 'Desde el análisis del',
    to: 'Hasta el análisis del',
    compare: 'Comparar',
    classification: 'Agrupación',
    keep: 'Conservar el historial de análisis',
  },
};

/** The local preview's own words (npm start): its top bar, formula bar and errors. Formal register (usted). */
export const ES_PREVIEW: import('./catalogue').PreviewText = {
  pageTitle: 'Segmentos de clientes · vista previa local',
  openFile: 'Abrir archivo…',
  download: 'Descargar .xlsx',
  extensions: 'Extensiones',
  addOn: 'Complemento',
  spreadsheetLocale: 'Configuración regional de la hoja',
  yourLanguage: 'Su idioma',
  today: 'Hoy',
  timeZone: 'Zona horaria: {zone}',
  cellContents: 'Contenido de la celda',
  formulaHint: 'Aquí solo se ejecutan las funciones CUSTOMER_* del complemento; por ejemplo, {example}',
  supported:
    'La vista previa local solo evalúa las funciones CUSTOMER_* del complemento, con rangos, números, texto y TRUE/FALSE como argumentos.',
  rowsShown: 'Se muestran las primeras {shown} de {total} filas; el complemento trabaja con todas.',
  sidebarFrame: 'Panel del complemento',
  close: 'Cerrar',
  series: 'Serie {n}',

  fileType: '{name}: solo se pueden abrir archivos {types}.',
  fileUnreadable: 'No se ha podido leer {name} como hoja de cálculo.',
  fileTooLarge: 'El archivo ocupa más de {mb} MB.',
  serverGone: 'La vista previa no responde: compruebe que `npm start` sigue en marcha y vuelva a cargar la página.',

  formulaErrors: {
    parse: 'Error al analizar la fórmula. {supported}',
    parseNear: 'Error al analizar la fórmula cerca de {text}.',
    unclosedQuote: 'Error al analizar la fórmula: a un texto le falta la comilla de cierre.',
    nested: 'Aquí no se admiten fórmulas anidadas ni operadores ({text}). {supported}',
    separators:
      'Error al analizar la fórmula cerca de {text}. Con la configuración regional de esta hoja ({locale}), los argumentos se separan con «{separator}» y los decimales se escriben con «{decimal}»; por ejemplo, {example}',
    unknownFunction: 'Función desconocida: {name}. {supported}',
    unknownSheet: "No se encuentra la hoja '{name}'.",
    circular: 'Dependencia circular: la fórmula lee su propia celda.',
    notReference: '{ref} no es una referencia de celda.',
    outsideSheet: '{ref} queda fuera de la hoja.',
    spillBlocked: 'El resultado de matriz no se ha ampliado porque sobrescribiría los datos de {cell}.',
    noRoom: 'El resultado no se ha ampliado automáticamente: inserte más filas o columnas (se necesitan {rows} × {cols}).',
    emptyArray: 'La función ha devuelto una matriz vacía.',
  },
};
