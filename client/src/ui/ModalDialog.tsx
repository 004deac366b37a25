import { type ComponentProps, useEffect, useRef } from 'react';

/**
 * A modal `<dialog>`, opened with `showModal()` when it mounts (so focus is trapped and the page behind
 * is inert) and closed by unmounting it; Escape calls `onCancel`. The caller lays out the body.
 */
export function ModalDialog({ className, children, ...props }: Omit<ComponentProps<'dialog'>, 'ref' | 'open'>) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={dialogRef} className={className ? `dialog ${className}` : 'dialog'} {...props}>
      {children}
    </dialog>
  );
}
