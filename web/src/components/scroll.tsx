/** A wide table's frame: it scrolls sideways on narrow screens, and takes focus so the keyboard can scroll it too. */
import type { ComponentChildren } from 'preact';

export function Scroll(props: { label: string; children: ComponentChildren }) {
  return (
    <div class="scroll" tabIndex={0} role="region" aria-label={props.label}>
      {props.children}
    </div>
  );
}
