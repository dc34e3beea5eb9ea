package uk.svkit.api.framework.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.svkit.api.platform.persistence.AggregateRoot;

/**
 * Proxy values for the measures of one framework edition, with their currency, price year, source
 * and licence. Loaded by a tenant (and private to it); the shipped illustrative set has no owner
 * and is visible to everyone. A set is never edited after loading: a valuation must be reproducible
 * from the set it names, so a new price year is a new set.
 */
@Entity
@Table(name = "fwk_proxy_set")
public class ProxySet extends AggregateRoot {
  @Column(name = "edition_id", length = 36)
  private String editionId;

  @Column(name = "name", length = 200)
  private String name;

  @Column(name = "currency", length = 3)
  private String currency;

  @Column(name = "price_year")
  private int priceYear;

  @Column(name = "source", length = 1000)
  private String source;

  @Column(name = "licence_note", length = 1000)
  private String licenceNote;

  @Column(name = "illustrative")
  private boolean illustrative;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "fwk_proxy_value", joinColumns = @JoinColumn(name = "proxy_set_id"))
  private List<ProxyValue> values = new ArrayList<>();

  protected ProxySet() {}

  public ProxySet(
      String ownerOrganisationId,
      String editionId,
      String name,
      String currency,
      int priceYear,
      String source,
      String licenceNote,
      List<ProxyValue> values) {
    super(null, ownerOrganisationId);
    this.editionId = editionId;
    this.name = name;
    this.currency = currency;
    this.priceYear = priceYear;
    this.source = source;
    this.licenceNote = licenceNote;
    this.illustrative = false;
    this.values.addAll(values);
  }

  @Override
  public String entityType() {
    return "proxy-set";
  }

  public Optional<ProxyValue> valueFor(String measureCode) {
    return values.stream().filter(v -> v.measureCode().equals(measureCode)).findFirst();
  }

  public String editionId() {
    return editionId;
  }

  public String name() {
    return name;
  }

  public String currency() {
    return currency;
  }

  public int priceYear() {
    return priceYear;
  }

  public String source() {
    return source;
  }

  public String licenceNote() {
    return licenceNote;
  }

  public boolean isIllustrative() {
    return illustrative;
  }

  public List<ProxyValue> values() {
    return List.copyOf(values);
  }
}
