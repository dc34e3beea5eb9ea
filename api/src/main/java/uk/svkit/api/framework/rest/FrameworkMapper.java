package uk.svkit.api.framework.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.svkit.api.framework.domain.Edition;
import uk.svkit.api.framework.domain.Element;
import uk.svkit.api.framework.domain.Framework;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.framework.domain.ProxySet;
import uk.svkit.api.framework.domain.ProxyValue;
import uk.svkit.api.framework.domain.ValuationEngine;
import uk.svkit.api.framework.infrastructure.FrameworkEditionCsv;

/** Domain to API shapes for the framework context. */
public final class FrameworkMapper {
  private FrameworkMapper() {}

  static FrameworkResponse framework(Framework framework, List<Edition> editions) {
    FrameworkResponse response = new FrameworkResponse();
    response.code = framework.code();
    response.name = framework.name();
    response.publisher = framework.publisher();
    response.description = framework.description();
    response.licenceNote = framework.licenceNote();
    response.ownerOrganisationId = framework.ownerOrganisationId();
    response.editions =
        editions.stream().map(e -> summary(e, new EditionSummaryResponse())).toList();
    return response;
  }

  static <T extends EditionSummaryResponse> T summary(Edition edition, T response) {
    response.id = edition.id();
    response.edition = edition.edition();
    response.status = edition.status().name();
    response.validFrom = edition.validFrom();
    response.source = edition.source();
    response.notes = edition.notes();
    response.ownerOrganisationId = edition.ownerOrganisationId();
    return response;
  }

  /** The edition as a tree: children under their parents, measures under their element. */
  static FrameworkEditionResponse tree(
      Edition edition, List<Element> elements, List<Measure> measures) {
    FrameworkEditionResponse response = summary(edition, new FrameworkEditionResponse());
    response.frameworkCode = edition.framework().code();
    response.frameworkName = edition.framework().name();
    Map<String, FrameworkElementResponse> byId = new LinkedHashMap<>();
    for (Element element : elements) {
      FrameworkElementResponse node = new FrameworkElementResponse();
      node.kind = element.kind().name();
      node.code = element.code();
      node.title = element.title();
      node.source = element.source();
      node.children = new ArrayList<>();
      node.measures = new ArrayList<>();
      byId.put(element.id(), node);
    }
    response.elements = new ArrayList<>();
    for (Element element : elements) {
      FrameworkElementResponse node = byId.get(element.id());
      FrameworkElementResponse parent =
          element.parentId() == null ? null : byId.get(element.parentId());
      (parent == null ? response.elements : parent.children).add(node);
    }
    response.measures = new ArrayList<>();
    for (Measure measure : measures) {
      FrameworkElementResponse owner =
          measure.elementId() == null ? null : byId.get(measure.elementId());
      (owner == null ? response.measures : owner.measures).add(measure(measure));
    }
    return response;
  }

  /** The request a CSV file stands for, so it is checked exactly like the JSON form. */
  static ImportFrameworkEditionRequest importEdition(FrameworkEditionCsv.Parsed parsed) {
    ImportFrameworkEditionRequest body = new ImportFrameworkEditionRequest();
    body.frameworkCode = parsed.get("frameworkCode");
    body.frameworkName = parsed.get("frameworkName");
    body.publisher = parsed.get("publisher");
    body.description = parsed.get("description");
    body.licenceNote = parsed.get("licenceNote");
    body.edition = parsed.get("edition");
    body.validFrom = parsed.validFrom();
    body.source = parsed.get("source");
    body.elements =
        parsed.elements().stream()
            .map(
                row -> {
                  ImportFrameworkElementRequest element = new ImportFrameworkElementRequest();
                  element.code = row.code();
                  element.kind = row.kind();
                  element.title = row.title();
                  element.parentCode = row.parentCode();
                  return element;
                })
            .toList();
    body.measures =
        parsed.measures().stream()
            .map(
                row -> {
                  ImportMeasureRequest measure = new ImportMeasureRequest();
                  measure.code = row.code();
                  measure.title = row.title();
                  measure.unitType = row.unitType();
                  measure.unitLabel = row.unitLabel();
                  measure.monetised = row.monetised();
                  measure.elementCode = row.elementCode();
                  return measure;
                })
            .toList();
    return body;
  }

  static MeasureResponse measure(Measure measure) {
    MeasureResponse response = new MeasureResponse();
    response.code = measure.code();
    response.title = measure.title();
    response.unitType = measure.unitType().name();
    response.unitLabel = measure.unitLabel();
    response.monetised = measure.isMonetised();
    response.bespoke = measure.isBespoke();
    response.source = measure.source();
    return response;
  }

  static ProxySetResponse proxySet(ProxySet set, Edition edition) {
    ProxySetResponse response = new ProxySetResponse();
    response.id = set.id();
    response.frameworkCode = edition.framework().code();
    response.edition = edition.edition();
    response.name = set.name();
    response.currency = set.currency();
    response.priceYear = set.priceYear();
    response.source = set.source();
    response.licenceNote = set.licenceNote();
    response.illustrative = set.isIllustrative();
    response.ownerOrganisationId = set.ownerOrganisationId();
    response.createdAt = set.createdAt();
    response.values =
        set.values().stream()
            .sorted(java.util.Comparator.comparing(ProxyValue::measureCode))
            .map(FrameworkMapper::proxyValue)
            .toList();
    return response;
  }

  static ProxyValueRequest proxyValue(ProxyValue value) {
    ProxyValueRequest dto = new ProxyValueRequest();
    dto.measureCode = value.measureCode();
    dto.valuePerUnit = plain(value.valuePerUnit());
    dto.multiplier = value.multiplier() == null ? null : plain(value.multiplier());
    return dto;
  }

  public static ValuationTermResponse term(ValuationEngine.Term term) {
    ValuationTermResponse dto = new ValuationTermResponse();
    dto.measureCode = term.measureCode();
    dto.measureTitle = term.measureTitle();
    dto.unitLabel = term.unitLabel();
    dto.quantity = term.quantity();
    dto.valuePerUnit = term.valuePerUnit() == null ? null : plain(term.valuePerUnit());
    dto.multiplier = term.multiplier() == null ? null : plain(term.multiplier());
    dto.adjustmentFactor = term.adjustmentFactor() == null ? null : plain(term.adjustmentFactor());
    dto.value = term.value();
    dto.note = term.note();
    return dto;
  }

  private static java.math.BigDecimal plain(java.math.BigDecimal value) {
    java.math.BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
