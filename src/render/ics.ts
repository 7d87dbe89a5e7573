import type { StoryBrief } from '../model/story-brief.ts';
import { citationLabels } from './citation-labels.ts';

/** Upcoming timeline events of every story as an iCalendar (RFC 5545) feed of all-day events. */
export function renderIcs(brief: StoryBrief, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Crosscheck//Story timeline//EN', 'CALSCALE:GREGORIAN'];
  // A calendar reader knows outlets, not article ids (BASIL's UUIDs, a fetched page's URL hash): each source is named
  // as the Markdown brief cites it, by its outlet where that names it alone within the story, else by its id (two
  // articles of one outlet would otherwise both read "nyt").
  const articles = new Map(brief.articles.map((a) => [a.id, a]));
  for (const story of brief.stories) {
    const labels = citationLabels(story.articleIds, articles);
    const source = (id: string): string => labels.get(id) ?? id;
    story.timeline.forEach((event, i) => {
      if (!event.upcoming || !/^\d{4}-\d{2}-\d{2}$/.test(event.date)) return;
      const day = event.date.replace(/-/g, '');
      const next = new Date(`${event.date}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      lines.push(
        'BEGIN:VEVENT',
        `UID:${story.id}-${i}-${day}@crosscheck`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${day}`,
        `DTEND;VALUE=DATE:${next.toISOString().slice(0, 10).replace(/-/g, '')}`,
        `SUMMARY:${escapeIcs(event.text.length > 120 ? event.text.slice(0, 117) + '...' : event.text)}`,
        // A date worked out ("on Wednesday" against the reports' dates) is said to be one, as the brief and web UI say.
        `DESCRIPTION:${escapeIcs(`${event.text}${event.certainty === 'inferred' ? '\nDate inferred, not stated in the text' : ''}\nStory: ${story.title}\nSources: ${event.sources.map(source).join(', ')}`)}`,
        'END:VEVENT',
      );
    });
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

function escapeIcs(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 lines are at most 75 octets; longer ones continue on lines starting with a space. */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const ch of line) {
    if (Buffer.byteLength(current + ch, 'utf8') > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
    }
    current += ch;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
