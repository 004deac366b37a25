import type { Section } from '@balanza/model';
import { useI18n } from '../i18n/index.tsx';
import { Link } from '../router/Link.tsx';
import { boardPath } from '../router/router.ts';

/** A calm empty state for a section that is not built yet: what will live here, in one sentence. */
export function SectionPlaceholder({ boardId, section }: { boardId: string; section: Section }) {
  const { t } = useI18n();
  return (
    <section className="section-placeholder" aria-labelledby="section-heading">
      <h1 id="section-heading">{t.sections[section]}</h1>
      <p>{t.sectionsSoon[section]}</p>
      <Link href={boardPath(boardId, 'goals')} className="button">
        {t.sectionsSoon.firstAction}
      </Link>
    </section>
  );
}
