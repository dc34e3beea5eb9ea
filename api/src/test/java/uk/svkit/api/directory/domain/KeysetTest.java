package uk.svkit.api.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeysetTest {
  private static Keyset.Ranked<String> r(double number, String text, String id) {
    return new Keyset.Ranked<>(id, number, text, id);
  }

  @Test
  void pagesInOrderAndResumesStrictlyAfterTheCursor() {
    List<Keyset.Ranked<String>> all = new ArrayList<>(List.of(r(2, "b", "4"), r(1, "z", "1"), r(2, "a", "3"), r(2, "a", "2")));
    List<Keyset.Ranked<String>> first = Keyset.page(all, null, 2);
    assertEquals(List.of("1", "2"), first.stream().map(Keyset.Ranked::item).toList());
    // An insert that sorts before the cursor does not shift the next page.
    all.add(r(0, "a", "0"));
    List<Keyset.Ranked<String>> second = Keyset.page(all, first.get(1), 2);
    assertEquals(List.of("3", "4"), second.stream().map(Keyset.Ranked::item).toList());
    assertEquals(List.of(), Keyset.page(all, second.get(1), 2));
  }
}
