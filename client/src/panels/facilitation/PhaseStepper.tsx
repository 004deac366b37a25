import { PHASES, type Phase } from '@balanza/model';
import { useFacilitationText } from './texts.ts';

interface PhaseStepperProps {
  phase: Phase;
  canRun: boolean;
  onChange(phase: Phase): void;
}

/** Write → discuss → decide: everyone sees the current step (number, word and mark, not colour alone). */
export function PhaseStepper({ phase, canRun, onChange }: PhaseStepperProps) {
  const text = useFacilitationText();
  return (
    <ol className="phase-stepper" aria-label={text.phases} data-testid="session-phase" data-phase={phase}>
      {PHASES.map((step, index) => {
        const current = step === phase;
        return (
          <li key={step}>
            <button
              type="button"
              className="phase-step"
              aria-current={current ? 'step' : undefined}
              disabled={!canRun}
              title={canRun ? text.setPhase(text.phase[step]) : text.facilitatorOnly}
              onClick={() => onChange(step)}
              data-testid={`phase-${step}`}
            >
              <span className="phase-index" aria-hidden="true">
                {current ? '●' : index + 1}
              </span>
              <span>{text.phase[step]}</span>
              <span className="visually-hidden">, {text.phaseStep(index + 1, PHASES.length)}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
