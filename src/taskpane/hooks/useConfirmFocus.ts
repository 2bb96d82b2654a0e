import * as React from "react";

/**
 * Focus for an inline confirmation: when the question is asked, its Cancel button takes focus
 * (so it is read out); once answered, focus goes back to the button that asked.
 */
export function useConfirmFocus(confirming: boolean) {
  const cancel = React.useRef<HTMLButtonElement>(null);
  const ask = React.useRef<HTMLButtonElement>(null);
  const asked = React.useRef(false);
  React.useEffect(() => {
    if (confirming) cancel.current?.focus();
    else if (asked.current) ask.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  return { cancel, ask };
}
