import type { Corpus, Entry, EntryType, Segment } from '$lib/corpus/index.ts';
import { mentionsIn, plainText, segmentsOf } from '$lib/corpus/index.ts';
import { cardData } from '$lib/card/card-view.server.ts';
import type {
  ChapterMentions,
  ChapterRest,
  MentionSentence,
  Quote,
  TextMentions
} from './entry-view-types.ts';

/**
 * How many sentences an entry page quotes in full per text, in reading order. The rest are
 * reached through the chapter index and the "more in this chapter" links, so a page stays the
 * same size whether the text has a thousand words or a million.
 */
export const QUOTED_PER_TEXT = 10;

interface Indexed {
  /** Entry id → text slug → its sentences, in reading order. */
  sentences: Map<string, Map<string, MentionSentence[]>>;
  /** Text slug → segment id → segment. */
  segments: Map<string, Map<string, Segment>>;
}

const indexes = new WeakMap<Corpus, Indexed>();

/**
 * The sentences of every entry, grouped by text, from the corpus's mention list: computed once
 * per corpus (once per build), not by scanning the texts for each entry page.
 */
function indexed(corpus: Corpus): Indexed {
  let found = indexes.get(corpus);
  if (found) return found;
  const firstChapter = new Map(corpus.texts.map((t) => [t.slug, t.chapters[0]?.id ?? '']));
  const sentences = new Map<string, Map<string, MentionSentence[]>>();
  for (const [id, occurrences] of corpus.mentions) {
    const byText = new Map<string, MentionSentence[]>();
    let french = 0;
    let lastText: string | undefined;
    let last: MentionSentence | undefined;
    // Occurrences come text by text in reading order, French before English per segment.
    for (const o of occurrences) {
      if (!last || lastText !== o.text || last.segment !== o.segment) {
        const chapter = firstChapter.get(o.text) === o.chapter ? '' : o.chapter;
        last = { chapter, segment: o.segment };
        lastText = o.text;
        let list = byText.get(o.text);
        if (!list) byText.set(o.text, (list = []));
        list.push(last);
      }
      if (o.lang === 'fr') {
        last.mention ??= french;
        french += 1;
      }
    }
    sentences.set(id, byText);
  }
  const segments = new Map<string, Map<string, Segment>>();
  for (const text of corpus.texts) {
    const map = new Map<string, Segment>([[text.title.id, text.title]]);
    for (const chapter of text.chapters)
      for (const segment of segmentsOf(chapter)) map.set(segment.id, segment);
    segments.set(text.slug, map);
  }
  found = { sentences, segments };
  indexes.set(corpus, found);
  return found;
}

/** Every sentence of a text that mentions an entry, in reading order (the site's other views). */
export function mentionSentences(corpus: Corpus, id: string, text: string): MentionSentence[] {
  return indexed(corpus).sentences.get(id)?.get(text) ?? [];
}

function textMentions(corpus: Corpus, entry: Entry, slug: string): TextMentions | undefined {
  const sentences = mentionSentences(corpus, entry.id, slug);
  if (sentences.length === 0) return undefined;
  const text = corpus.textsBySlug.get(slug)!;
  const segments = indexed(corpus).segments.get(slug)!;
  const numberOf = new Map(text.chapters.map((c, i) => [i === 0 ? '' : c.id, c]));

  const chapters: ChapterMentions[] = [];
  for (const sentence of sentences) {
    const row = chapters.at(-1);
    const chapter = numberOf.get(sentence.chapter);
    const number = (chapter?.index ?? 0) + 1;
    if (row && row.number === number) row.sentences += 1;
    else
      chapters.push({
        number,
        heading: chapter?.heading ? plainText(chapter.heading.fr.runs) : undefined,
        sentences: 1,
        first: sentence
      });
  }

  const quotes: Quote[] = sentences.slice(0, QUOTED_PER_TEXT).map((sentence) => {
    const segment = segments.get(sentence.segment)!;
    return { ...sentence, fr: segment.fr.runs, en: segment.en.runs };
  });
  const rests: Record<string, ChapterRest> = {};
  const quotedIn = new Set(quotes.map((q) => q.chapter));
  for (const chapter of quotedIn) {
    const rest = sentences.slice(QUOTED_PER_TEXT).filter((s) => s.chapter === chapter);
    if (rest.length > 0) rests[chapter] = { count: rest.length, next: rest[0]! };
  }
  return {
    slug,
    title: text.meta.title,
    chapterCount: text.chapters.length,
    sentences: sentences.length,
    chapters,
    quotes,
    rests
  };
}

/**
 * An entry page: the card's content, how often and where each text mentions the entry (every
 * chapter that does, with a link to its first mention), and its first sentences quoted in both
 * languages. Its size depends on the glossary and the number of chapters, not on how many times
 * a long text names the entry.
 */
export function entryView(corpus: Corpus, entry: Entry) {
  const card = cardData(corpus, entry);
  const texts = corpus.texts
    .map((text) => textMentions(corpus, entry, text.slug))
    .filter((t): t is TextMentions => t !== undefined);
  // The mention links of the quoted sentences need their entries' types, and only those.
  const types: Record<string, EntryType> = {};
  for (const text of texts)
    for (const quote of text.quotes)
      for (const id of [...mentionsIn(quote.fr), ...mentionsIn(quote.en)])
        types[id] = corpus.entries.get(id)!.type;
  return {
    ...card,
    // The card's list of every mention place (for its previous/next buttons) grows with the
    // text; the page says how many there are and links into the reader instead.
    mentions: [],
    mentionCount: card.mentions.length,
    texts: card.texts,
    mentionTexts: texts,
    types
  };
}
