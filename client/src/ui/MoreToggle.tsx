import { useI18n } from '../i18n/index.tsx';
import { MenuIcon } from './icons.tsx';

/**
 * The "More" button that unfolds a bar's other tools on a narrow screen ([A11Y-6]); the bar's styles hide
 * it on a wide one, where nothing is folded.
 */
export function MoreToggle(props: {
  open: boolean;
  controls: string;
  onToggle: () => void;
  className: string;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className={`icon-button ${props.className}`}
      aria-expanded={props.open}
      aria-controls={props.controls}
      aria-label={t.board.more}
      title={t.board.more}
      data-testid={props.testId}
      onClick={props.onToggle}
    >
      <MenuIcon />
    </button>
  );
}
