/**
 * The handle between the graph and the side panel: drag it, or focus it and press Left and
 * Right (Home and End for the widest and narrowest), to give the panel's tables the room they
 * need. The width is kept for the tab. It is set through the CSSOM (a custom property on the
 * stage), which the content security policy allows where it forbids style attributes.
 */
const KEY = 'disclosure-tracker.explorer.panel-width';
/** A view asks for a wider panel (a table that would scroll): the event's detail is the width in pixels. */
export const PANEL_WIDTH_EVENT = 'explorer:panel-width';
const STEP = 40;

export function attachSplitter(handle: HTMLElement, stage: HTMLElement, panel: HTMLElement): void {
  const limits = () => {
    const width = stage.clientWidth;
    // The graph keeps at least 300 pixels beside the panel.
    return { min: 320, max: Math.max(360, Math.round(width - 300)) };
  };
  const set = (px: number) => {
    const { min, max } = limits();
    const width = Math.round(Math.min(max, Math.max(min, px)));
    stage.style.setProperty('--panel-width', `${width}px`);
    handle.setAttribute('aria-valuenow', String(width));
    handle.setAttribute('aria-valuemin', String(min));
    handle.setAttribute('aria-valuemax', String(max));
    handle.setAttribute('aria-valuetext', `side panel ${width} pixels wide`);
    sessionStorage.setItem(KEY, String(width));
  };
  const kept = Number(sessionStorage.getItem(KEY));
  if (kept > 0) set(kept);
  else handle.setAttribute('aria-valuenow', String(panel.getBoundingClientRect().width || 0));

  document.addEventListener(PANEL_WIDTH_EVENT, (event) => set(Number((event as CustomEvent<number>).detail)));

  handle.addEventListener('pointerdown', (event) => {
    event.preventDefault();
    handle.setPointerCapture(event.pointerId);
    const right = stage.getBoundingClientRect().right;
    const move = (moved: PointerEvent) => set(right - moved.clientX);
    const stop = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', stop);
      handle.removeEventListener('pointercancel', stop);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', stop);
    handle.addEventListener('pointercancel', stop);
  });
  handle.addEventListener('keydown', (event) => {
    const now = panel.getBoundingClientRect().width;
    const { min, max } = limits();
    const next =
      event.key === 'ArrowLeft'
        ? now + STEP
        : event.key === 'ArrowRight'
          ? now - STEP
          : event.key === 'Home'
            ? max
            : event.key === 'End'
              ? min
              : null;
    if (next === null) return;
    event.preventDefault();
    set(next);
  });
}
