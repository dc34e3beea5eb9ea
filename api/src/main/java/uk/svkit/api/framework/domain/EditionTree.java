package uk.svkit.api.framework.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import uk.svkit.api.platform.problem.Problem;

/**
 * The shape rules of an edition's content, checked as a whole before anything is stored: element
 * codes are unique, every parent named exists, parents form a tree (no element is its own
 * ancestor), measure codes are unique and each measure's element exists. Problems are named by the
 * JSON path of the offending input ({@code elements[3].parentCode}), so an importer can map them
 * back to its rows.
 */
public final class EditionTree {
  private EditionTree() {}

  /** An element as given: its code and its parent's code ({@code null} for a root). */
  public record Node(String code, String parentCode) {}

  /** A measure as given: its code and the code of its element ({@code null} for none). */
  public record Leaf(String code, String elementCode) {}

  /**
   * Every shape problem of the content, in input order. Blank codes are skipped: the bean
   * constraints of the request report them.
   */
  public static List<Problem.FieldError> problems(List<Node> elements, List<Leaf> measures) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < elements.size(); i++) {
      String code = elements.get(i).code();
      if (isBlank(code)) {
        continue;
      }
      Integer first = firstIndex.putIfAbsent(code, i);
      if (first != null) {
        errors.add(
            new Problem.FieldError(
                "elements[" + i + "].code",
                "'" + code + "' is also the code of elements[" + first + "]"));
      }
    }
    for (int i = 0; i < elements.size(); i++) {
      Node node = elements.get(i);
      String parent = node.parentCode();
      if (isBlank(parent)) {
        continue;
      }
      if (parent.equals(node.code())) {
        errors.add(
            new Problem.FieldError(
                "elements[" + i + "].parentCode", "an element cannot be its own parent"));
      } else if (!firstIndex.containsKey(parent)) {
        errors.add(
            new Problem.FieldError(
                "elements[" + i + "].parentCode",
                "'" + parent + "' is not the code of an element in this edition"));
      }
    }
    errors.addAll(cycles(elements, firstIndex));
    Map<String, Integer> measureIndex = new HashMap<>();
    for (int i = 0; i < measures.size(); i++) {
      Leaf leaf = measures.get(i);
      if (!isBlank(leaf.code())) {
        Integer first = measureIndex.putIfAbsent(leaf.code(), i);
        if (first != null) {
          errors.add(
              new Problem.FieldError(
                  "measures[" + i + "].code",
                  "'" + leaf.code() + "' is also the code of measures[" + first + "]"));
        }
      }
      if (!isBlank(leaf.elementCode()) && !firstIndex.containsKey(leaf.elementCode())) {
        errors.add(
            new Problem.FieldError(
                "measures[" + i + "].elementCode",
                "'" + leaf.elementCode() + "' is not the code of an element in this edition"));
      }
    }
    return errors;
  }

  /**
   * One problem per cycle of parent links, on the cycle's first element in input order, naming the
   * whole loop ({@code A -> B -> A}). Elements that merely hang below a cycle are not reported:
   * mending the cycle mends them.
   */
  private static List<Problem.FieldError> cycles(
      List<Node> elements, Map<String, Integer> firstIndex) {
    int[] state = new int[elements.size()]; // 0 unvisited, 1 on the current walk, 2 settled
    List<Problem.FieldError> errors = new ArrayList<>();
    for (int start = 0; start < elements.size(); start++) {
      if (state[start] != 0
          || firstIndex.get(elements.get(start).code()) == null
          || firstIndex.get(elements.get(start).code()) != start) {
        continue;
      }
      List<Integer> walk = new ArrayList<>();
      Integer at = start;
      while (at != null && state[at] == 0) {
        state[at] = 1;
        walk.add(at);
        at = parentIndex(elements.get(at), firstIndex);
      }
      if (at != null && state[at] == 1) {
        List<Integer> loop = walk.subList(walk.indexOf(at), walk.size());
        int first = loop.stream().min(Integer::compare).orElseThrow();
        int from = loop.indexOf(first);
        StringBuilder path = new StringBuilder();
        for (int k = 0; k <= loop.size(); k++) {
          path.append(k == 0 ? "" : " -> ")
              .append(elements.get(loop.get((from + k) % loop.size())).code());
        }
        errors.add(
            new Problem.FieldError(
                "elements[" + first + "].parentCode", "the parents form a cycle: " + path));
      }
      walk.forEach(i -> state[i] = 2);
    }
    errors.sort(
        Comparator.comparingInt(
            e ->
                Integer.parseInt(
                    e.field.substring(e.field.indexOf('[') + 1, e.field.indexOf(']')))));
    return errors;
  }

  private static Integer parentIndex(Node node, Map<String, Integer> firstIndex) {
    if (isBlank(node.parentCode()) || node.parentCode().equals(node.code())) {
      return null;
    }
    return firstIndex.get(node.parentCode());
  }

  /**
   * The indexes of the elements, parents before their children (roots first, then each level),
   * keeping the input order within a level. Only for content without {@link #problems}.
   */
  public static List<Integer> parentsFirst(List<Node> elements) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < elements.size(); i++) {
      index.put(elements.get(i).code(), i);
    }
    int[] depth = new int[elements.size()];
    for (int i = 0; i < elements.size(); i++) {
      int d = 0;
      for (Integer at = parentIndex(elements.get(i), index);
          at != null;
          at = parentIndex(elements.get(at), index)) {
        if (++d > elements.size()) {
          throw new IllegalArgumentException("The elements' parents form a cycle.");
        }
      }
      depth[i] = d;
    }
    return IntStream.range(0, elements.size())
        .boxed()
        .sorted(Comparator.comparingInt(i -> depth[i]))
        .toList();
  }

  /** The depth of each element (0 for roots), by index; only for content without problems. */
  public static int[] depths(List<Node> elements) {
    int[] depth = new int[elements.size()];
    List<Integer> order = parentsFirst(elements);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < elements.size(); i++) {
      index.put(elements.get(i).code(), i);
    }
    for (int i : order) {
      Integer parent = parentIndex(elements.get(i), index);
      depth[i] = parent == null ? 0 : depth[parent] + 1;
    }
    return depth;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
