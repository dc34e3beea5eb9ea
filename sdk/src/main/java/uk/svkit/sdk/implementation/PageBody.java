package uk.svkit.sdk.implementation;

import java.util.List;

/** The list envelope {@code {"items":[...],"next":"<url>"}}. */
public final class PageBody<T> {

  public List<T> items;
  public String next;

  public PageBody() {}
}
