/**
 * The time window: two sliders over the instants of the disclosures read (each step is one
 * instant at which something happened), with the dates they stand for in words. Moving
 * either redraws the view; "Whole time" opens the window again.
 */
import { clear, el } from './dom.ts';
import { countyDateTime } from './format.ts';
import { OPEN_WINDOW, stepsOfWindow, windowOfSteps, type TimeWindow } from './time-window.ts';

export class TimeSlider {
  private steps: number[] = [];
  private readonly from: HTMLInputElement;
  private readonly until: HTMLInputElement;
  private readonly said: HTMLOutputElement;
  private readonly reset: HTMLButtonElement;
  private readonly changed: (window: TimeWindow) => void;

  constructor(container: HTMLElement, changed: (window: TimeWindow) => void) {
    this.changed = changed;
    this.from = el('input', { type: 'range', id: 'window-from', min: 0, max: 0, step: 1, value: 0 });
    this.until = el('input', { type: 'range', id: 'window-until', min: 0, max: 0, step: 1, value: 0 });
    this.said = el('output', { id: 'window-text', for: 'window-from window-until', 'aria-live': 'polite' });
    this.reset = el('button', { type: 'button', id: 'window-reset' }, 'Whole time');
    clear(
      container,
      el(
        'fieldset',
        { class: 'window' },
        el('legend', {}, 'Time window'),
        el('label', { for: 'window-from' }, 'From'),
        this.from,
        el('label', { for: 'window-until' }, 'Until'),
        this.until,
        this.reset,
        this.said,
      ),
    );
    const moved = () => this.changed(this.read());
    this.from.addEventListener('input', moved);
    this.until.addEventListener('input', moved);
    this.reset.addEventListener('click', () => {
      this.from.value = '0';
      this.until.value = String(Math.max(0, this.steps.length - 1));
      moved();
    });
  }

  /**
   * New steps: a new answer (`keep` null: the whole time), or a page more, after which the
   * window keeps the instants it had (an open side stays open).
   */
  setSteps(steps: number[], keep: TimeWindow | null): void {
    this.steps = steps;
    const max = Math.max(0, steps.length - 1);
    for (const input of [this.from, this.until]) {
      input.max = String(max);
      input.disabled = steps.length < 2;
    }
    const [first, last] = stepsOfWindow(steps, keep ?? OPEN_WINDOW);
    this.from.value = String(first);
    this.until.value = String(last);
    this.describe();
  }

  read(): TimeWindow {
    this.describe();
    return windowOfSteps(this.steps, Number(this.from.value), Number(this.until.value));
  }

  private describe(): void {
    const at = (index: number) => {
      const step = this.steps[index];
      return step === undefined ? '–' : countyDateTime(new Date(step).toISOString());
    };
    const [low, high] = [Number(this.from.value), Number(this.until.value)].sort((a, b) => a - b) as [number, number];
    this.from.setAttribute('aria-valuetext', at(low));
    this.until.setAttribute('aria-valuetext', at(high));
    const window = windowOfSteps(this.steps, low, high);
    this.said.value =
      this.steps.length === 0
        ? 'Nothing to filter yet.'
        : window === OPEN_WINDOW || (window.from === null && window.until === null)
          ? `Whole time: ${at(0)} to ${at(this.steps.length - 1)}`
          : `From ${at(low)} to ${at(high)} (inclusive)`;
  }
}
