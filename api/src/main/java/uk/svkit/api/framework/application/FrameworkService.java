package uk.svkit.api.framework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import uk.svkit.api.framework.domain.Edition;
import uk.svkit.api.framework.domain.EditionRepository;
import uk.svkit.api.framework.domain.EditionTree;
import uk.svkit.api.framework.domain.Element;
import uk.svkit.api.framework.domain.Framework;
import uk.svkit.api.framework.domain.FrameworkRepository;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.framework.domain.ProxySet;
import uk.svkit.api.framework.domain.ProxySetRepository;
import uk.svkit.api.framework.domain.ProxyValue;
import uk.svkit.api.framework.domain.UnitType;
import uk.svkit.api.framework.domain.Valuation;
import uk.svkit.api.framework.domain.ValuationEngine;
import uk.svkit.api.framework.domain.ValuationRepository;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.platform.time.Timestamps;

/**
 * Importing framework editions, loading proxy sets and valuing quantities. Shipped and published
 * editions cannot be changed through any operation: an import only ever adds a new edition.
 */
@ApplicationScoped
public class FrameworkService {
  @Inject FrameworkRepository library;
  @Inject uk.svkit.api.platform.audit.AuditTrail audit;
  @Inject EditionRepository editions;
  @Inject ProxySetRepository proxySets;
  @Inject ValuationRepository valuations;
  @Inject Clock clock;

  /** A proxy value as loaded by a tenant. */
  public record ProxyValueInput(
      String measureCode, BigDecimal valuePerUnit, BigDecimal multiplier) {}

  /** An edition to import, with its framework's details (used only if the framework is new). */
  public record EditionImport(
      String frameworkCode,
      String frameworkName,
      String publisher,
      String description,
      String licenceNote,
      String edition,
      LocalDate validFrom,
      String source,
      List<ElementInput> elements,
      List<MeasureInput> measures) {}

  /** An element of an imported edition; {@code parentCode} is {@code null} for a root. */
  public record ElementInput(String code, Element.Kind kind, String title, String parentCode) {}

  /**
   * A measure of an imported edition; {@code elementCode} is {@code null} for an unattached one.
   */
  public record MeasureInput(
      String code,
      String title,
      UnitType unitType,
      String unitLabel,
      boolean monetised,
      String elementCode) {}

  /**
   * The shape problems of the content ({@code elements[i].parentCode}, …); empty when it is a tree.
   */
  public static List<Problem.FieldError> shapeProblems(
      List<ElementInput> elements, List<MeasureInput> measures) {
    return EditionTree.problems(
        elements.stream().map(e -> new EditionTree.Node(e.code(), e.parentCode())).toList(),
        measures.stream().map(m -> new EditionTree.Leaf(m.code(), m.elementCode())).toList());
  }

  /**
   * Imports and publishes an edition for the caller's organisation, creating the framework if its
   * code is new. A tenant may add editions only to its own frameworks, never to a shipped one or to
   * a code another organisation uses; an edition that exists is never replaced (409).
   */
  /** Imports and publishes an edition; answers with its tree, as read back in the same call. */
  @Transactional
  public EditionView importEdition(EditionImport command) {
    List<Problem.FieldError> shape = shapeProblems(command.elements(), command.measures());
    if (!shape.isEmpty()) {
      throw new ProblemException(
          ProblemType.VALIDATION_FAILED,
          "The edition's elements and measures do not form a tree.",
          shape,
          Map.of());
    }
    String owner = Tenancy.caller().organisationId();
    if (owner == null) {
      // Every imported framework belongs to one organisation; library-wide ones ship with svkit.
      throw ProblemException.businessRule(
          "An imported framework belongs to the organisation that imports it; call with a token that names an organisation (org claim).");
    }
    Framework framework = library.frameworkTakingCode(command.frameworkCode()).orElse(null);
    if (framework == null) {
      framework =
          library.addFramework(
              new Framework(
                  command.frameworkCode(),
                  command.frameworkName(),
                  command.publisher(),
                  command.description(),
                  command.licenceNote(),
                  owner));
    } else {
      requireOpenTo(framework, command);
    }
    Edition edition =
        editions.add(
            Edition.published(framework, command.edition(), command.validFrom(), command.source()));
    storeTree(edition, command.elements(), command.measures());
    return tree(edition);
  }

  private void requireOpenTo(Framework framework, EditionImport command) {
    String code = framework.code();
    if (library.isShipped(framework)) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          code
              + " is a framework shipped with svkit; its editions come with svkit releases and none can be added."
              + " Import your edition under a framework code of your own.");
    }
    if (!Tenancy.canSee(framework.ownerOrganisationId())) {
      // Codes are unique across the library; say no more than that the code is taken.
      throw new ProblemException(
          ProblemType.CONFLICT,
          "The framework code "
              + code
              + " is already in use by another organisation; choose another code.");
    }
    if (!framework.name().equals(command.frameworkName())) {
      throw ProblemException.invalid(
          "frameworkName",
          "must be '"
              + framework.name()
              + "', the name of framework "
              + code
              + "; a framework's details do not change between editions");
    }
    if (library.hasEdition(framework, command.edition())) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          code
              + " edition "
              + command.edition()
              + " already exists. Published editions never change; import the new content as a new edition.");
    }
  }

  /** Stores the elements level by level (parents before children), then the measures. */
  private void storeTree(
      Edition edition, List<ElementInput> elements, List<MeasureInput> measures) {
    List<EditionTree.Node> nodes =
        elements.stream().map(e -> new EditionTree.Node(e.code(), e.parentCode())).toList();
    int[] depth = EditionTree.depths(nodes);
    Map<String, String> idByCode = new HashMap<>();
    Map<String, Integer> nextPosition = new HashMap<>();
    int maxDepth = Arrays.stream(depth).max().orElse(-1);
    for (int level = 0; level <= maxDepth; level++) {
      List<Element> stored = new ArrayList<>();
      for (int i = 0; i < elements.size(); i++) {
        if (depth[i] != level) {
          continue;
        }
        ElementInput input = elements.get(i);
        String parentKey = input.parentCode() == null ? "" : input.parentCode();
        int position = nextPosition.merge(parentKey, 1, Integer::sum) - 1;
        Element element =
            new Element(
                edition.id(),
                input.parentCode() == null ? null : idByCode.get(input.parentCode()),
                input.kind(),
                input.code(),
                input.title(),
                position);
        idByCode.put(input.code(), element.id());
        stored.add(element);
      }
      library.addElements(stored);
      stored.forEach(
          e ->
              audit.record(
                  "framework-element",
                  e.id(),
                  edition.ownerOrganisationId(),
                  uk.svkit.api.platform.audit.AuditAction.CREATED,
                  List.of()));
    }
    List<Measure> storedMeasures =
        measures.stream()
            .map(
                m ->
                    new Measure(
                        edition.id(),
                        m.elementCode() == null ? null : idByCode.get(m.elementCode()),
                        m.code(),
                        m.title(),
                        m.unitType(),
                        m.unitLabel(),
                        m.monetised()))
            .toList();
    library.addMeasures(storedMeasures);
    storedMeasures.forEach(
        m ->
            audit.record(
                "framework-measure",
                m.id(),
                edition.ownerOrganisationId(),
                uk.svkit.api.platform.audit.AuditAction.CREATED,
                List.of()));
  }

  /** The frameworks visible to the caller, with their editions: a view for the library list. */
  public record LibraryView(List<Framework> frameworks, List<Edition> editions) {}

  /** An edition with its elements and measures: a view for the edition tree. */
  public record EditionView(Edition edition, List<Element> elements, List<Measure> measures) {}

  public LibraryView library() {
    return new LibraryView(library.frameworks(), library.editions());
  }

  /** A framework's edition with its tree of elements and measures. */
  public EditionView editionTree(String frameworkCode, String edition) {
    return tree(edition(frameworkCode, edition));
  }

  public Edition edition(String frameworkCode, String edition) {
    return library
        .edition(frameworkCode, edition)
        .orElseThrow(
            () -> ProblemException.notFound("Framework edition", frameworkCode + " " + edition));
  }

  private EditionView tree(Edition edition) {
    return new EditionView(edition, library.elements(edition.id()), library.measures(edition.id()));
  }

  @Transactional
  public ProxySetView loadProxySet(
      String frameworkCode,
      String editionName,
      String name,
      String currency,
      int priceYear,
      String source,
      String licenceNote,
      List<ProxyValueInput> values) {
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
        errors.add(
            new Problem.FieldError(
                field + ".measureCode",
                "is not a measure of " + frameworkCode + " " + editionName));
      } else if (!measure.isMonetised()) {
        errors.add(
            new Problem.FieldError(
                field + ".measureCode",
                value.measureCode() + " is record-only and cannot have a proxy value"));
      } else if (!seen.add(value.measureCode())) {
        errors.add(new Problem.FieldError(field + ".measureCode", "appears more than once"));
      } else {
        proxies.add(new ProxyValue(value.measureCode(), value.valuePerUnit(), value.multiplier()));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "Some proxy values do not fit the framework edition.",
          errors,
          Map.of());
    }
    String owner = Tenancy.caller().organisationId();
    return new ProxySetView(
        proxySets.add(
            new ProxySet(
                owner, edition.id(), name, currency, priceYear, source, licenceNote, proxies)),
        edition);
  }

  public java.util.Optional<ProxySet> proxySetIfVisible(String id) {
    return proxySets.findVisible(id);
  }

  /**
   * A proxy set named by a record the caller may see (a tender, a contract), read without the
   * caller's own tenancy check: an evaluator from another organisation values bids with the buyer's
   * set without being able to list the buyer's sets.
   */
  public ProxySet proxySetNamedBy(String id) {
    return proxySets.bound(id);
  }

  public ProxySet proxySet(String id) {
    return proxySets.find(id);
  }

  /** A proxy set with the framework edition its values are for: what its response shows. */
  public record ProxySetView(ProxySet set, Edition edition) {}

  public ProxySetView proxySetView(String id) {
    ProxySet set = proxySets.find(id);
    return new ProxySetView(set, editionOf(set));
  }

  public List<ProxySetView> proxySets(String afterName, String afterId, int fetch) {
    // A page's sets mostly share an edition: read each once.
    Map<String, Edition> editionsById = new java.util.HashMap<>();
    return proxySets.list(afterName, afterId, fetch).stream()
        .map(
            set ->
                new ProxySetView(
                    set, editionsById.computeIfAbsent(set.editionId(), e -> editionOf(set))))
        .toList();
  }

  public Map<String, Measure> measuresOf(ProxySet set) {
    return library.measuresByCode(set.editionId());
  }

  /** An edition by its id; shipped and imported editions are all addressable by id. */
  public Edition edition(String editionId) {
    return library
        .edition(editionId)
        .orElseThrow(() -> ProblemException.notFound("Framework edition", editionId));
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
      uk.svkit.api.framework.domain.Element element =
          measure.elementId() == null ? null : byId.get(measure.elementId());
      int guard = 0;
      while (element != null
          && element.parentId() != null
          && byId.containsKey(element.parentId())
          && guard++ < 32) {
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
        errors.add(
            new Problem.FieldError(
                "items[" + i + "].measureCode",
                "is not a measure of the proxy set's framework edition"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "Some items cannot be valued with this proxy set.",
          errors,
          Map.of());
    }
    return ValuationEngine.value(set, measures, items);
  }

  /**
   * Values the items with a proxy set the caller may use and records the valuation with the trace
   * {@code render} makes of it: the exact body the caller receives, which a later read returns.
   */
  @Transactional
  public Valuation valueAndRecord(
      String proxySetId,
      List<ValuationEngine.Item> items,
      Function<ValuationDraft, String> render) {
    ProxySet set = proxySet(proxySetId);
    ValuationEngine.Result result = value(set, items);
    ValuationDraft draft =
        new ValuationDraft(
            UUID.randomUUID().toString(), set, editionOf(set), result, Timestamps.now(clock));
    return valuations.add(
        new Valuation(
            draft.id(),
            Tenancy.caller().organisationId(),
            set,
            result.value(),
            render.apply(draft)));
  }

  public Valuation valuation(String id) {
    return valuations.find(id);
  }
}
