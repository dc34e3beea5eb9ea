package uk.svkit.sdk.models;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** List helpers shared by the models: absent JSON arrays read as empty, never {@code null}. */
final class ModelLists {

  private ModelLists() {}

  static <T> List<T> copy(List<T> list) {
    return list == null
        ? List.of()
        : list.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableList());
  }

  static <T> List<T> map(List<String> list, Function<String, T> mapper) {
    return list == null
        ? List.of()
        : list.stream()
            .filter(Objects::nonNull)
            .filter(s -> !s.isBlank())
            .map(mapper)
            .collect(Collectors.toUnmodifiableList());
  }

  /** Null-safe defensive copy for builders; rejects null elements early. */
  static <T> List<T> copyOf(Iterable<? extends T> values, String what) {
    Objects.requireNonNull(values, what);
    java.util.ArrayList<T> list = new java.util.ArrayList<>();
    for (T v : values) {
      list.add(Objects.requireNonNull(v, what + " must not contain null"));
    }
    return List.copyOf(list);
  }
}
