package uk.svkit.api.framework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import uk.svkit.api.platform.persistence.AggregateRoot;

/**
 * A stored valuation: the proxy set it used and its full trace exactly as it was returned, so a
 * published total can be audited later even after new proxy sets are loaded.
 */
@Entity
@Table(name = "fwk_valuation")
public class Valuation extends AggregateRoot {
  @Column(name = "proxy_set_id", length = 36)
  private String proxySetId;

  @Column(name = "currency", length = 3)
  private String currency;

  @Column(name = "total", precision = 19, scale = 2)
  private BigDecimal total;

  @Column(name = "trace", length = 1_000_000)
  private String trace;

  protected Valuation() {}

  public Valuation(
      String id, String ownerOrganisationId, ProxySet proxies, BigDecimal total, String trace) {
    super(id, ownerOrganisationId);
    this.proxySetId = proxies.id();
    this.currency = proxies.currency();
    this.total = total;
    this.trace = trace;
  }

  @Override
  public String entityType() {
    return "valuation";
  }

  public String proxySetId() {
    return proxySetId;
  }

  public String currency() {
    return currency;
  }

  public BigDecimal total() {
    return total;
  }

  public String trace() {
    return trace;
  }
}
