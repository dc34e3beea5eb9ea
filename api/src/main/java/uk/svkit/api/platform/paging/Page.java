package uk.svkit.api.platform.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: its items and the link to the next page ({@code null} on the last). */
public class Page<T> {
  public List<T> items;

  @Schema(description = "Absolute URL of the next page; absent on the last page")
  public String next;

  public Page() {}

  public Page(List<T> items, String next) {
    this.items = items;
    this.next = next;
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), next);
  }
}
