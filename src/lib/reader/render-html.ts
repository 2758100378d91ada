// The reader's chapter as one HTML string, written at build time: the page shows it as static
// markup (ReaderMarkupSlot.svelte, the site's one slot for markup made from a string), so a
// chapter of any length costs the browser no per-sentence hydration. Everything authored is
// escaped here; nothing else may feed that slot.
import type { EntryType } from '../corpus/entry-types.ts';
import type { InlineRun } from '../corpus/inline.ts';
import type { Chapter, Segment } from '../corpus/model.ts';
import {
  SEGMENT_CLASS,
  SEGMENT_LINK_CLASS,
  SIDE_CLASS,
  SPEAK_BUTTON_CLASS,
  segmentAnchor
} from './dom-contract.ts';

/** Markup made here from escaped parts: the only kind of string the reader renders as HTML. */
export type ReaderHtml = string & { readonly __readerHtml: true };

/** A reader page's sentences as markup: the text's title, and the chapter (heading, paragraphs). */
export interface ReaderMarkup {
  title: ReaderHtml;
  body: ReaderHtml;
}

/** What the markup needs besides the segments: links and labels in the page's UI language. */
export interface ChapterHtmlOptions {
  /** Type of each mentioned entry (a mention's colour and shape). */
  types: Readonly<Record<string, EntryType>>;
  /** The address of an entry's glossary page (a mention's link without JavaScript). */
  entryHref(id: string): string;
  /** The text's vocabulary page (a term's link without JavaScript). */
  termHref: string;
  labels: {
    /** "Copy a link to this sentence": followed by the segment id for screen readers. */
    copyLink: string;
    /** "Read this sentence aloud". */
    speak: string;
  };
  /** Id of the element that tells why read-aloud is unavailable, if it is. */
  speechNoteId: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
};

/** Text safe in element content and in double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function runsHtml(
  runs: readonly InlineRun[],
  options: ChapterHtmlOptions,
  inLink: boolean
): string {
  let out = '';
  for (const run of runs) {
    if (run.kind === 'text') {
      out += escapeHtml(run.text);
    } else if (run.kind === 'mention') {
      const id = escapeHtml(run.entity);
      const type = options.types[run.entity];
      out +=
        `<a class="mention"${type ? ` data-type="${escapeHtml(type)}"` : ''} data-entity="${id}"` +
        ` href="${escapeHtml(options.entryHref(run.entity))}">${runsHtml(run.children, options, true)}</a>`;
    } else if (inLink) {
      // A link cannot hold a link: inside a mention a term is marked, and a pointer opens it.
      out += `<span class="term" data-term="${escapeHtml(run.term)}">${runsHtml(run.children, options, true)}</span>`;
    } else {
      const href = `${options.termHref}#t-${run.term}`;
      out += `<a class="term" data-term="${escapeHtml(run.term)}" href="${escapeHtml(href)}">${runsHtml(run.children, options, true)}</a>`;
    }
  }
  return out;
}

/**
 * One aligned pair: both halves in the same grid row, so each stays level with the other. The #
 * is a real link to the segment (it works without JavaScript); the read-aloud button shows once
 * the page's script runs (CSS draws its icon). Both are named with the segment id, so a list of
 * them reads unambiguously. Kept lean: a chapter has hundreds of these.
 */
export function segmentHtml(
  segment: Segment,
  options: ChapterHtmlOptions,
  tag: 'div' | 'h1' | 'h2' = 'div',
  extraClass = ''
): ReaderHtml {
  const id = escapeHtml(segment.id);
  const anchor = escapeHtml(segmentAnchor(segment.id));
  const { copyLink, speak } = options.labels;
  const classes = extraClass ? `${SEGMENT_CLASS} ${escapeHtml(extraClass)}` : SEGMENT_CLASS;
  return (`<${tag} class="${classes}" id="${anchor}">` +
    `<span class="${SIDE_CLASS} fr" lang="fr">${runsHtml(segment.fr.runs, options, false)}</span> ` +
    `<span class="${SIDE_CLASS} en" lang="en">${runsHtml(segment.en.runs, options, false)}</span>` +
    `<span class="segment-tools">` +
    `<a class="${SEGMENT_LINK_CLASS}" href="#${anchor}" aria-label="${escapeHtml(copyLink)} (${id})">#</a>` +
    `<button type="button" class="${SPEAK_BUTTON_CLASS}" aria-label="${escapeHtml(speak)} (${id})"` +
    ` aria-pressed="false" aria-describedby="${escapeHtml(options.speechNoteId)}"></button>` +
    `</span></${tag}>`) as ReaderHtml;
}

/** A paragraph's length in sentences, in the four steps app.css sizes placeholders by. */
export function paragraphSize(segments: number): 's' | 'm' | 'l' | 'xl' {
  return segments <= 3 ? 's' : segments <= 7 ? 'm' : segments <= 15 ? 'l' : 'xl';
}

/** A chapter's heading (if it has one) and paragraphs, in reading order. */
export function chapterHtml(chapter: Chapter, options: ChapterHtmlOptions): ReaderHtml {
  let out: string = chapter.heading
    ? segmentHtml(chapter.heading, options, 'h2', 'chapter-heading')
    : '';
  for (const paragraph of chapter.paragraphs) {
    // How many sentences it holds sizes its placeholder while it is off screen (app.css).
    out += `<div class="paragraph" data-size="${paragraphSize(paragraph.length)}">`;
    for (const segment of paragraph) out += segmentHtml(segment, options);
    out += '</div>';
  }
  return out as ReaderHtml;
}
