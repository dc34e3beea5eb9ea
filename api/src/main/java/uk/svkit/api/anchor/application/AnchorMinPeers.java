package uk.svkit.api.anchor.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many other organisations must have a figure before a benchmark shows their median and
 * quartiles ({@code svkit.anchor.benchmark.min-peers}, default 5). Never below three: with fewer
 * peers the quartiles give single organisations' figures away.
 */
@ApplicationScoped
public class AnchorMinPeers {
  static final int FLOOR = 3;

  @Inject
  @ConfigProperty(name = "svkit.anchor.benchmark.min-peers", defaultValue = "5")
  int configured;

  public int value() {
    return Math.max(FLOOR, configured);
  }
}
