import { t } from '../i18n/i18n';
import { byId } from './dom';

const STEP_MS = 900;

/** Year slider with play/pause; reports every year it shows. */
export class Timeline {
  private readonly root = byId('timeline');
  private readonly slider = byId<HTMLInputElement>('year-slider');
  private readonly label = byId<HTMLOutputElement>('year-label');
  private readonly play = byId<HTMLButtonElement>('play');
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly onYear: (year: number) => void) {
    this.slider.addEventListener('input', () => this.show(Number(this.slider.value)));
    this.play.addEventListener('click', () => (this.timer ? this.stop() : this.start()));
  }

  setRange(min: number | null, max: number | null, year: number | null): void {
    this.stop();
    this.root.hidden = min === null || max === null;
    if (min === null || max === null) return;
    this.slider.min = String(min);
    this.slider.max = String(max);
    this.slider.value = String(year ?? max);
    this.label.value = this.slider.value;
  }

  private show(year: number): void {
    this.slider.value = String(year);
    this.label.value = String(year);
    this.onYear(year);
  }

  private start(): void {
    const min = Number(this.slider.min);
    const max = Number(this.slider.max);
    if (Number(this.slider.value) >= max) this.show(min);
    this.play.textContent = t('pause');
    this.play.dataset.i18n = 'pause';
    this.timer = setInterval(() => {
      const next = Number(this.slider.value) + 1;
      if (next <= max) this.show(next);
      if (next >= max) this.stop();
    }, STEP_MS);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.play.textContent = t('play');
    this.play.dataset.i18n = 'play';
  }

  summary(text: string): void {
    byId('year-summary').textContent = text;
  }
}
