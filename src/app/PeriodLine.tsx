import { LAST_UPDATED } from '../data/lastUpdated';
import { TIMELINE_END, TIMELINE_START } from '../model/timeline';
import { Template } from '../i18n/Template';
import { useLocale } from '../i18n/useLocale';

/**
 * What the page covers and when its facts were last checked: the map's default day is the
 * meeting, not the reader's today, and the line says so wherever the page is read.
 */
export function PeriodLine({ compact = false }: { readonly compact?: boolean }) {
  const locale = useLocale();
  const { m } = locale;
  const style = compact ? 'short' : 'long';
  return (
    <Template
      text={compact ? m.story.period.short : m.story.period.long}
      slots={{
        from: <time dateTime={TIMELINE_START}>{locale.date(TIMELINE_START, style)}</time>,
        to: <time dateTime={TIMELINE_END}>{locale.date(TIMELINE_END, style)}</time>,
        checked: <time dateTime={LAST_UPDATED}>{locale.date(LAST_UPDATED, style)}</time>,
      }}
    />
  );
}
