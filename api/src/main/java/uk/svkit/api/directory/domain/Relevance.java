package uk.svkit.api.directory.domain;

import java.util.Collection;
import java.util.Locale;

/**
 * How well an organisation matches free-text terms. Per term: 3 if the name contains it, 1 if the
 * description does, 2 if any open need does; plus 2 if the name contains the whole query as typed.
 * Integer points keep the order deterministic (ties fall back to name, then id).
 */
public final class Relevance {
  private Relevance() {}

  public static int score(
      String query,
      Collection<String> terms,
      String name,
      String description,
      Collection<String> needTexts) {
    String n = lower(name);
    String d = lower(description);
    int score = 0;
    for (String term : terms) {
      if (n.contains(term)) {
        score += 3;
      }
      if (d.contains(term)) {
        score += 1;
      }
      if (needTexts.stream().anyMatch(t -> lower(t).contains(term))) {
        score += 2;
      }
    }
    if (terms.size() > 1 && query != null && n.contains(lower(query.trim()))) {
      score += 2;
    }
    return score;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
