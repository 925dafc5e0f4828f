package org.herald.stage.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.herald.stage.name.Entity;
import org.herald.stage.name.EntityType;
import org.herald.stage.name.Mention;

/** The mentions of one article's entities, sorted by start, for speaker look-ups. Immutable. */
final class MentionIndex {
  private final Mention[] mentions;
  private final Entity[] entities;
  private final int[] maxEnd; // maxEnd[i]: the largest end of mentions 0..i (rises with i)

  private MentionIndex(Mention[] mentions, Entity[] entities) {
    this.mentions = mentions;
    this.entities = entities;
    this.maxEnd = new int[mentions.length];
    int m = 0;
    for (int i = 0; i < mentions.length; i++) {
      m = Math.max(m, mentions[i].end());
      maxEnd[i] = m;
    }
  }

  /** Indexes every mention of {@code list}. */
  static MentionIndex of(List<Entity> list) {
    List<Object[]> pairs = new ArrayList<>();
    for (Entity e : list) {
      for (Mention m : e.mentions()) {
        pairs.add(new Object[] {m, e});
      }
    }
    pairs.sort(Comparator.<Object[]>comparingInt(p -> ((Mention) p[0]).start())
        .thenComparingInt(p -> -((Mention) p[0]).end()));
    Mention[] ms = new Mention[pairs.size()];
    Entity[] es = new Entity[pairs.size()];
    for (int i = 0; i < ms.length; i++) {
      ms[i] = (Mention) pairs.get(i)[0];
      es[i] = (Entity) pairs.get(i)[1];
    }
    return new MentionIndex(ms, es);
  }

  /** How many mentions there are. */
  int size() {
    return mentions.length;
  }

  /**
   * The index of the first mention (in start order) before which no mention ends after char {@code offset}, or
   * size(): every mention that ends after the offset is at this index or later.
   */
  int firstEndingAfter(int offset) {
    int lo = 0;
    int hi = mentions.length;
    while (lo < hi) { // maxEnd rises: the first index whose maxEnd passes offset
      int mid = (lo + hi) >>> 1;
      if (maxEnd[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  Mention mention(int i) {
    return mentions[i];
  }

  Entity entity(int i) {
    return entities[i];
  }

  /**
   * The mention that best names a speaker inside chars [start, end): the first overlapping mention of a person
   * or organisation, else the first overlapping mention of any entity; -1 when none overlaps.
   */
  int best(int start, int end) {
    int any = -1;
    for (int i = firstEndingAfter(start); i < mentions.length && mentions[i].start() < end; i++) {
      if (mentions[i].end() > start) {
        EntityType t = entities[i].type();
        if (t == EntityType.PERSON || t == EntityType.ORGANIZATION) {
          return i;
        }
        if (any < 0) {
          any = i;
        }
      }
    }
    return any;
  }

  /** The last mention of an entity of type {@code type} that ends at or before {@code offset}, or -1. */
  int lastBefore(int offset, EntityType type) {
    int best = -1;
    for (int i = 0; i < mentions.length && mentions[i].start() < offset; i++) {
      if (mentions[i].end() <= offset && entities[i].type() == type
          && (best < 0 || mentions[i].end() >= mentions[best].end())) {
        best = i;
      }
    }
    return best;
  }
}
