import { areaTexts } from '../../i18n/area.ts';

/** Texts of the timeline's two views (bars on the year, or the agenda by month). */
export const useTimelineViewText = areaTexts({
  en: {
    label: 'View',
    gantt: 'Bars',
    agenda: 'Agenda',
    gmv: 'GMV',
    empty: 'No events yet. Switch to Bars and click or drag on a lane to add one.',
  },
  es: {
    label: 'Vista',
    gantt: 'Barras',
    agenda: 'Agenda',
    gmv: 'GMV',
    empty: 'Aún no hay eventos. Cambia a Barras y haz clic o arrastra en un carril para añadir uno.',
  },
  'zh-CN': {
    label: '视图',
    gantt: '条形图',
    agenda: '日程',
    gmv: 'GMV',
    empty: '还没有事件。切换到条形图，在泳道上点击或拖动即可添加。',
  },
});
