package uk.svkit.api.framework.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.problem.Problem;

class EditionTreeTest {
  private static EditionTree.Node node(String code, String parent) {
    return new EditionTree.Node(code, parent);
  }

  private static List<String> problems(
      List<EditionTree.Node> elements, List<EditionTree.Leaf> measures) {
    return EditionTree.problems(elements, measures).stream()
        .map(e -> e.field + ": " + e.message)
        .toList();
  }

  @Test
  void aTreeWithParentsAfterTheirChildrenHasNoProblems() {
    List<EditionTree.Node> elements =
        List.of(node("1.1", "T1"), node("T1", null), node("MAC 1.1", "1.1"), node("T2", ""));

    assertEquals(
        List.of(),
        problems(
            elements,
            List.of(new EditionTree.Leaf("M-1", "MAC 1.1"), new EditionTree.Leaf("M-2", null))));
    assertEquals(List.of(1, 3, 0, 2), EditionTree.parentsFirst(elements));
    assertEquals(
        List.of(1, 0, 2, 0),
        java.util.Arrays.stream(EditionTree.depths(elements)).boxed().toList());
  }

  @Test
  void duplicateCodesAreNamedWithTheirFirstUse() {
    List<String> found =
        problems(
            List.of(node("T1", null), node("T2", null), node("T1", null)),
            List.of(new EditionTree.Leaf("M-1", "T1"), new EditionTree.Leaf("M-1", "T2")));

    assertEquals(
        List.of(
            "elements[2].code: 'T1' is also the code of elements[0]",
            "measures[1].code: 'M-1' is also the code of measures[0]"),
        found);
  }

  @Test
  void parentsAndMeasureElementsMustExist() {
    List<String> found =
        problems(
            List.of(node("T1", null), node("O1", "T9"), node("O2", "O2")),
            List.of(new EditionTree.Leaf("M-1", "NOPE")));

    assertEquals(
        List.of(
            "elements[1].parentCode: 'T9' is not the code of an element in this edition",
            "elements[2].parentCode: an element cannot be its own parent",
            "measures[0].elementCode: 'NOPE' is not the code of an element in this edition"),
        found);
  }

  @Test
  void aCycleIsReportedOnceOnItsFirstElementWithTheWholeLoop() {
    // C -> A -> B -> C is a loop; D hangs below it and E is a healthy root.
    List<EditionTree.Node> elements =
        List.of(node("E", null), node("B", "C"), node("D", "B"), node("A", "B"), node("C", "A"));

    List<Problem.FieldError> found = EditionTree.problems(elements, List.of());

    assertEquals(1, found.size(), found.toString());
    assertEquals("elements[1].parentCode", found.get(0).field);
    assertEquals("the parents form a cycle: B -> C -> A -> B", found.get(0).message);
    assertThrows(IllegalArgumentException.class, () -> EditionTree.parentsFirst(elements));
  }

  @Test
  void twoSeparateCyclesAreBothReported() {
    List<String> found =
        problems(
            List.of(
                node("A", "B"), node("B", "A"), node("R", null), node("X", "Y"), node("Y", "X")),
            List.of());

    assertEquals(
        List.of(
            "elements[0].parentCode: the parents form a cycle: A -> B -> A",
            "elements[3].parentCode: the parents form a cycle: X -> Y -> X"),
        found);
  }

  @Test
  void blankCodesAreLeftToTheRequestConstraints() {
    assertTrue(
        problems(
                List.of(node(null, null), node(" ", null), node("T1", null)),
                List.of(new EditionTree.Leaf(null, "T1")))
            .isEmpty());
  }
}
