package uk.svkit.api.framework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.svkit.api.framework.domain.Edition;
import uk.svkit.api.framework.domain.FrameworkRepositories;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.framework.domain.ProxySet;
import uk.svkit.api.framework.domain.ProxyValue;
import uk.svkit.api.framework.domain.Valuation;
import uk.svkit.api.framework.domain.ValuationEngine;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Tenancy;

/**
 * Loading proxy sets and valuing quantities. The library itself is read-only data; shipped
 * editions cannot be changed through any operation.
 */
@ApplicationScoped
public class FrameworkService {
  @Inject FrameworkRepositories.Library library;
  @Inject FrameworkRepositories.ProxySets proxySets;
  @Inject FrameworkRepositories.Valuations valuations;

  /** A proxy value as loaded by a tenant. */
  public record ProxyValueInput(String measureCode, BigDecimal valuePerUnit, BigDecimal multiplier) {}

  public Edition edition(String frameworkCode, String edition) {
    return library
        .edition(frameworkCode, edition)
        .orElseThrow(() -> ProblemException.notFound("Framework edition", frameworkCode + " " + edition));
  }

  @Transactional
  public ProxySet loadProxySet(
      String frameworkCode, String editionName, String name, String currency, int priceYear,
      String source, String licenceNote, List<ProxyValueInput> values) {
    Edition edition = edition(frameworkCode, editionName);
    Map<String, Measure> measures = library.measuresByCode(edition.id());
    List<Problem.FieldError> errors = new ArrayList<>();
    List<ProxyValue> proxies = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      ProxyValueInput value = values.get(i);
      String field = "values[" + i + "]";
      Measure measure = measures.get(value.measureCode());
      if (measure == null) {
        errors.add(new Problem.FieldError(field + ".measureCode", "is not a measure of " + frameworkCode + " " + editionName));
      } else if (!measure.isMonetised()) {
        errors.add(new Problem.FieldError(field + ".measureCode", value.measureCode() + " is record-only and cannot have a proxy value"));
      } else if (!seen.add(value.measureCode())) {
        errors.add(new Problem.FieldError(field + ".measureCode", "appears more than once"));
      } else {
        proxies.add(new ProxyValue(value.measureCode(), value.valuePerUnit(), value.multiplier()));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.BUSINESS_RULE_VIOLATED, "Some proxy values do not fit the framework edition.", errors, Map.of());
    }
    String owner = Tenancy.caller().organisationId();
    return proxySets.add(new ProxySet(owner, edition.id(), name, currency, priceYear, source, licenceNote, proxies));
  }

  public java.util.Optional<ProxySet> proxySetIfVisible(String id) {
    return proxySets.findVisible(id);
  }

  /**
   * A proxy set named by a record the caller may see (a tender, a contract), read without the
   * caller's own tenancy check: an evaluator from another organisation values bids with the
   * buyer's set without being able to list the buyer's sets.
   */
  public ProxySet proxySetNamedBy(String id) {
    return proxySets.bound(id);
  }

  public ProxySet proxySet(String id) {
    return proxySets.find(id);
  }

  public List<ProxySet> proxySets(String afterName, String afterId, int fetch) {
    return proxySets.list(afterName, afterId, fetch);
  }

  public Map<String, Measure> measuresOf(ProxySet set) {
    return library.measuresByCode(set.editionId());
  }

  /** An edition by its id; shipped and imported editions are all addressable by id. */
  public Edition edition(String editionId) {
    return library.edition(editionId).orElseThrow(() -> ProblemException.notFound("Framework edition", editionId));
  }

  public Map<String, Measure> measuresOf(String editionId) {
    return library.measuresByCode(editionId);
  }

  /** The codes of an edition's elements: its themes or missions, outcomes and award criteria. */
  public Set<String> elementCodesOf(String editionId) {
    Set<String> codes = new HashSet<>();
    library.elements(editionId).forEach(e -> codes.add(e.code()));
    return codes;
  }

  /**
   * Each measure's top-level element (theme, mission or pillar) in its edition, by measure code:
   * what dashboards group delivered value by. Measures outside the tree map to no theme.
   */
  public Map<String, String> themesOf(String editionId) {
    Map<String, uk.svkit.api.framework.domain.Element> byId = new java.util.HashMap<>();
    library.elements(editionId).forEach(e -> byId.put(e.id(), e));
    Map<String, String> themes = new java.util.HashMap<>();
    for (Measure measure : library.measures(editionId)) {
      uk.svkit.api.framework.domain.Element element = measure.elementId() == null ? null : byId.get(measure.elementId());
      int guard = 0;
      while (element != null && element.parentId() != null && byId.containsKey(element.parentId()) && guard++ < 32) {
        element = byId.get(element.parentId());
      }
      if (element != null) {
        themes.put(measure.code(), element.title());
      }
    }
    return themes;
  }

  public Edition editionOf(ProxySet set) {
    return library.edition(set.editionId()).orElseThrow();
  }

  /** Values the items with the proxy set and returns the engine's result; nothing is stored. */
  public ValuationEngine.Result value(ProxySet set, List<ValuationEngine.Item> items) {
    Map<String, Measure> measures = measuresOf(set);
    List<Problem.FieldError> errors = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (!measures.containsKey(items.get(i).measureCode())) {
        errors.add(new Problem.FieldError("items[" + i + "].measureCode", "is not a measure of the proxy set's framework edition"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.BUSINESS_RULE_VIOLATED, "Some items cannot be valued with this proxy set.", errors, Map.of());
    }
    return ValuationEngine.value(set, measures, items);
  }

  /** Stores a valuation with the exact trace the caller received. */
  @Transactional
  public Valuation record(String id, ProxySet set, BigDecimal total, String trace) {
    return valuations.add(new Valuation(id, Tenancy.caller().organisationId(), set, total, trace));
  }

  public Valuation valuation(String id) {
    return valuations.find(id);
  }
}
