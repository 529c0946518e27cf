import { useEffect, useId, useRef } from 'preact/hooks';
import {
  COMMENTS_MODES, FONTS, LINE_WIDTHS, TEXT_SIZE_MAX, TEXT_SIZE_MIN, THEMES,
  type Settings,
} from '../utils/settings';
import { useI18n } from './i18n';

export interface SettingsPanelProps {
  settings: Settings;
  onSettingsChange(next: Settings): void;
  onDone(): void;
}

const LABELS = {
  theme: { auto: 'themeAuto', light: 'themeLight', dark: 'themeDark', sepia: 'themeSepia' },
  font: { serif: 'fontSerif', sans: 'fontSans' },
  lineWidth: { narrow: 'widthNarrow', medium: 'widthMedium', wide: 'widthWide' },
  comments: { collapsed: 'commentsModeCollapsed', hidden: 'commentsModeHidden' },
} as const;

/**
 * The reading settings as a real form: radio groups in fieldsets and a labelled
 * slider. Every change is reported at once; the caller persists it and re-renders the reader.
 */
export function SettingsPanel(props: SettingsPanelProps) {
  const i18n = useI18n();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { settings } = props;
  const set = (patch: Partial<Settings>) => props.onSettingsChange({ ...settings, ...patch });

  useEffect(() => {
    // Opening the panel moves focus to its first control, so the next Tab is not spent
    // walking back through the top bar.
    formRef.current?.querySelector<HTMLInputElement>('input:checked, input')?.focus();
  }, []);

  const radios = <K extends 'theme' | 'font' | 'lineWidth' | 'comments'>(key: K, values: readonly Settings[K][], legend: string) => (
    <fieldset class={`cr-field cr-field-${key}`}>
      <legend>{i18n.t(legend)}</legend>
      <div class="cr-options">
        {values.map((value) => (
          <label class="cr-option" key={value}>
            <input
              type="radio"
              name={`${id}-${key}`}
              value={value}
              checked={settings[key] === value}
              onChange={() => set({ [key]: value } as Partial<Settings>)}
            />
            <span>{i18n.t((LABELS[key] as Record<string, string>)[value])}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );

  return (
    <section class="cr-settings" aria-labelledby={`${id}-h`} id={`${id}-panel`}>
      <h2 id={`${id}-h`} class="cr-settings-heading">{i18n.t('settingsHeading')}</h2>
      <form ref={formRef} onSubmit={(event) => { event.preventDefault(); props.onDone(); }}>
        {radios('theme', THEMES, 'settingTheme')}
        {radios('font', FONTS, 'settingFont')}
        <div class="cr-field cr-field-size">
          <label for={`${id}-size`} class="cr-field-label">{i18n.t('settingTextSize')}</label>
          <div class="cr-range">
            <span aria-hidden="true" class="cr-range-small">{i18n.t('textSizeSmaller')}</span>
            <input
              id={`${id}-size`}
              type="range"
              min={TEXT_SIZE_MIN}
              max={TEXT_SIZE_MAX}
              step={1}
              value={settings.textSize}
              aria-valuetext={i18n.t('textSizeValue', [settings.textSize, TEXT_SIZE_MAX])}
              onInput={(event) => set({ textSize: Number((event.currentTarget as HTMLInputElement).value) })}
            />
            <span aria-hidden="true" class="cr-range-large">{i18n.t('textSizeLarger')}</span>
          </div>
        </div>
        {radios('lineWidth', LINE_WIDTHS, 'settingLineWidth')}
        {radios('comments', COMMENTS_MODES, 'settingComments')}
        <div class="cr-actions">
          <button type="submit" class="cr-button cr-button-primary">{i18n.t('settingsDone')}</button>
        </div>
      </form>
    </section>
  );
}
