package uk.svkit.api.framework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import uk.svkit.api.platform.money.Money;
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

  /** A valuation with {@code proxies}, whose total is in the set's currency. */
  public Valuation(
      String id, String ownerOrganisationId, ProxySet proxies, Money total, String trace) {
    super(id, ownerOrganisationId);
    if (!total.currency().equals(proxies.currency())) {
      throw new IllegalArgumentException(
          "A valuation with a proxy set in " + proxies.currency() + " cannot total " + total);
    }
    this.proxySetId = proxies.id();
    this.currency = total.currency();
    this.total = total.amount();
    this.trace = trace;
  }

  @Override
  public String entityType() {
    return "valuation";
  }

  public String proxySetId() {
    return proxySetId;
  }

  public Money total() {
    return new Money(total, currency);
  }

  public String trace() {
    return trace;
  }
}
