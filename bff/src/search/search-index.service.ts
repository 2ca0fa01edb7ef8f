import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import {
  matchDocument,
  pinyinForms,
  rankSearchHits,
  toHalfWidth,
  type MatchPosition,
  type PreparedQuery,
  type SearchableDocument,
  type SearchMatchKind,
} from '@shizhong/domain';
import { pinyin } from 'pinyin-pro';
import { CatalogueStore } from '../catalogue/catalogue.store';

export type SearchHitKind = 'ITEM' | 'THEME';

/** One item or theme as the index holds it. */
export interface IndexedEntry {
  kind: SearchHitKind;
  code: string;
  name: string;
  departmentName: string | null;
  document: SearchableDocument;
}

export interface IndexHit {
  entry: IndexedEntry;
  match: SearchMatchKind;
  position: MatchPosition;
}

/**
 * The search index over the cached catalogue (items and 一件事 themes), in memory: names with
 * their pinyin syllables, needed materials and departments. Rebuilt when the catalogue changes,
 * once per burst of changes (a sync applies many pages) and off the request path; a search that
 * comes first rebuilds it itself.
 */
@Injectable()
export class SearchIndexService implements OnModuleDestroy {
  private entries: IndexedEntry[] = [];
  private dirty = true;
  private changes = 0;
  private rebuildTimer: NodeJS.Timeout | undefined;
  private readonly syllableCache = new Map<string, string[]>();

  constructor(private readonly store: CatalogueStore) {
    store.onChange(() => {
      this.dirty = true;
      this.changes += 1;
      this.rebuildTimer ??= setTimeout(() => {
        this.rebuildTimer = undefined;
        this.current();
      }, 0);
      this.rebuildTimer.unref();
    });
  }

  onModuleDestroy(): void {
    if (this.rebuildTimer) clearTimeout(this.rebuildTimer);
  }

  /** Every entry that matches the query, best first. */
  search(query: PreparedQuery, accept?: (match: SearchMatchKind) => boolean): IndexHit[] {
    const hits: (IndexHit & { code: string; name: string })[] = [];
    for (const entry of this.current()) {
      const found = matchDocument(query, entry.document);
      if (!found || (accept && !accept(found.match))) continue;
      hits.push({ entry, code: entry.code, name: entry.name, ...found });
    }
    return rankSearchHits(hits);
  }

  /** Changes whenever the catalogue does: results computed under another version are out of date. */
  get version(): number {
    return this.changes;
  }

  get size(): number {
    return this.current().length;
  }

  private current(): IndexedEntry[] {
    if (this.dirty) {
      this.dirty = false;
      this.entries = this.build();
    }
    return this.entries;
  }

  private build(): IndexedEntry[] {
    const entries: IndexedEntry[] = [];
    for (const item of this.store.items.values()) {
      const department = this.store.departments.get(item.departmentCode);
      entries.push({
        kind: 'ITEM',
        code: item.code,
        name: item.name,
        departmentName: item.departmentName,
        document: {
          name: normalise(item.name),
          syllables: this.syllables(item.name),
          pinyin: pinyinForms(this.syllables(item.name)),
          materials: item.materials.map((material) => normalise(material.name)),
          department: normalise(
            [item.departmentName, department?.name, department?.shortName]
              .filter(Boolean)
              .join(' '),
          ),
        },
      });
    }
    for (const theme of this.store.themes.values()) {
      const materials = new Set<string>();
      for (const code of theme.itemCodes) {
        for (const material of this.store.items.get(code)?.materials ?? [])
          materials.add(normalise(material.name));
      }
      entries.push({
        kind: 'THEME',
        code: theme.code,
        name: theme.name,
        departmentName: null,
        document: {
          name: normalise(theme.name),
          syllables: this.syllables(theme.name),
          pinyin: pinyinForms(this.syllables(theme.name)),
          materials: [...materials],
          department: '',
        },
      });
    }
    return entries;
  }

  /** Toneless pinyin syllables of a name; letters and digits kept, punctuation dropped. */
  private syllables(name: string): string[] {
    let cached = this.syllableCache.get(name);
    if (!cached) {
      cached = pinyin(toHalfWidth(name), { toneType: 'none', type: 'array' })
        .map((syllable) => syllable.toLowerCase().trim())
        .filter((syllable) => /^[a-z0-9]+$/.test(syllable));
      this.syllableCache.set(name, cached);
    }
    return cached;
  }
}

function normalise(text: string): string {
  return toHalfWidth(text).toLowerCase();
}
