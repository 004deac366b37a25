import type { Language } from '../locale.ts';
import type { GoalKind } from '../records/goal.ts';
import type { LaneKind } from '../records/lane.ts';
import type { LedgerCategory } from '../records/ledger.ts';
import type { OutcomeKind } from '../records/outcome.ts';

export type CampaignKey =
  | 'newYear'
  | 'newYearGoods'
  | 'queensDay'
  | 'springArrivals'
  | 'day520'
  | 'mid618'
  | 'makerFestival'
  | 'autumnArrivals'
  | 'double11'
  | 'double12'
  | 'christmas';

/** The names the template writes into a new board, in the board's language (users rename freely). */
export interface TemplateLabels {
  goals: Record<Exclude<GoalKind, 'custom'>, string>;
  ledger: Record<Exclude<LedgerCategory, 'custom'>, string>;
  outcomes: Record<Exclude<OutcomeKind, 'custom'>, { label: string; unit: string }>;
  lanes: Record<Exclude<LaneKind, 'custom'>, string>;
  campaigns: Record<CampaignKey, string>;
}

export const TEMPLATE_LABELS: Record<Language, TemplateLabels> = {
  en: {
    goals: {
      sales: 'Sales',
      newCustomers: 'New customers',
      returningCustomers: 'Returning customers',
      growthRate: 'Growth rate',
      marketShare: 'Market share',
      operatingProfit: 'Operating profit',
      teamStability: 'Team stability',
    },
    ledger: {
      labour: 'Labour',
      product: 'Product cost',
      commission: 'Platform commission',
      marketing: 'Marketing and promotion',
      logistics: 'Logistics',
      afterSales: 'After-sales',
      turnover: 'Turnover (GMV)',
    },
    outcomes: {
      storeLevel: { label: 'Store level', unit: 'level' },
      creditScore: { label: 'Credit score', unit: 'points' },
      returningCustomers: { label: 'Returning customers', unit: 'people' },
      teamExperience: { label: 'Team experience', unit: 'score 1–5' },
    },
    lanes: {
      campaigns: 'Platform campaigns',
      launches: 'Product launches',
      brand: 'Brand content',
      monthly: 'Monthly results',
    },
    campaigns: {
      newYear: "New Year's Day",
      newYearGoods: 'New Year goods festival',
      queensDay: "Queen's Day (3.8)",
      springArrivals: 'Spring/summer new arrivals',
      day520: '520',
      mid618: '618 mid-year festival',
      makerFestival: 'Maker festival',
      autumnArrivals: 'Autumn/winter new arrivals',
      double11: 'Double 11',
      double12: 'Double 12',
      christmas: 'Christmas',
    },
  },
  es: {
    goals: {
      sales: 'Ventas',
      newCustomers: 'Clientes nuevos',
      returningCustomers: 'Clientes recurrentes',
      growthRate: 'Tasa de crecimiento',
      marketShare: 'Cuota de mercado',
      operatingProfit: 'Beneficio operativo',
      teamStability: 'Estabilidad del equipo',
    },
    ledger: {
      labour: 'Costes laborales',
      product: 'Coste de producto',
      commission: 'Comisión de la plataforma',
      marketing: 'Marketing y promoción',
      logistics: 'Logística',
      afterSales: 'Posventa',
      turnover: 'Facturación (GMV)',
    },
    outcomes: {
      storeLevel: { label: 'Nivel de la tienda', unit: 'nivel' },
      creditScore: { label: 'Puntuación crediticia', unit: 'puntos' },
      returningCustomers: { label: 'Clientes recurrentes', unit: 'personas' },
      teamExperience: { label: 'Experiencia del equipo', unit: 'nota 1–5' },
    },
    lanes: {
      campaigns: 'Campañas de plataforma',
      launches: 'Lanzamientos de producto',
      brand: 'Contenido de marca',
      monthly: 'Resultados mensuales',
    },
    campaigns: {
      newYear: 'Año Nuevo',
      newYearGoods: 'Feria de compras de Año Nuevo',
      queensDay: 'Día de la Reina (3.8)',
      springArrivals: 'Novedades de primavera-verano',
      day520: '520 (día del amor)',
      mid618: '618',
      makerFestival: 'Festival de la Creación',
      autumnArrivals: 'Novedades de otoño-invierno',
      double11: 'Doble Once',
      double12: 'Doble Doce',
      christmas: 'Navidad',
    },
  },
  'zh-CN': {
    goals: {
      sales: '销售额',
      newCustomers: '新客户',
      returningCustomers: '老客户',
      growthRate: '增长率',
      marketShare: '市场份额',
      operatingProfit: '营业利润',
      teamStability: '团队稳定性',
    },
    ledger: {
      labour: '人工成本',
      product: '产品成本',
      commission: '平台佣金',
      marketing: '营销推广费用',
      logistics: '物流成本',
      afterSales: '售后成本',
      turnover: '营业额 (GMV)',
    },
    outcomes: {
      storeLevel: { label: '店铺等级', unit: '级' },
      creditScore: { label: '信用评分', unit: '分' },
      returningCustomers: { label: '复购客户', unit: '人' },
      teamExperience: { label: '团队经验', unit: '1–5 分' },
    },
    lanes: {
      campaigns: '平台活动',
      launches: '新品上市',
      brand: '品牌内容',
      monthly: '月度运营结果',
    },
    campaigns: {
      newYear: '元旦',
      newYearGoods: '年货节',
      queensDay: '三八女王节',
      springArrivals: '春夏上新',
      day520: '520 网络情人节',
      mid618: '618 年中大促',
      makerFestival: '造物节',
      autumnArrivals: '秋冬上新',
      double11: '双十一',
      double12: '双十二',
      christmas: '圣诞节',
    },
  },
};
