package uk.svkit.api.recognition.rest;

import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.svkit.api.organisation.application.OrganisationRef;
import uk.svkit.api.recognition.application.AwardApplicationView;
import uk.svkit.api.recognition.application.RecognitionService;
import uk.svkit.api.recognition.application.SignatureView;
import uk.svkit.api.recognition.domain.AwardApplication;
import uk.svkit.api.recognition.domain.Programme;
import uk.svkit.api.recognition.domain.ProgrammeElement;
import uk.svkit.api.recognition.domain.Signature;

/** Domain to DTO. Organisation names come through a lookup so the mapper stays free of services. */
final class RecognitionMapper {
  private RecognitionMapper() {}

  static ProgrammeResponse programme(Programme p, boolean showAssessors) {
    ProgrammeResponse r = new ProgrammeResponse();
    r.id = p.id();
    r.code = p.code();
    r.kind = p.kind();
    r.name = p.name();
    r.administeredBy = p.administeredBy();
    r.ownerOrganisationId = p.ownerOrganisationId();
    r.summary = p.summary();
    r.textUrl = p.textUrl();
    r.programmeVersion = p.programmeVersion();
    r.launchedOn = p.launchedOn();
    r.validityMonths = p.validityMonths();
    r.elements = p.elements().stream().map(RecognitionMapper::element).toList();
    r.assessors = showAssessors ? p.assessors().stream().sorted().toList() : null;
    r.createdAt = p.createdAt();
    return r;
  }

  private static ProgrammeElementResponse element(ProgrammeElement e) {
    ProgrammeElementResponse r = new ProgrammeElementResponse();
    r.code = e.code();
    r.kind = e.kind();
    r.title = e.title();
    r.guidance = e.guidance();
    return r;
  }

  static SignatureResponse signature(SignatureView view) {
    Signature s = view.signature();
    Programme p = view.programme();
    SignatureResponse r = new SignatureResponse();
    r.id = s.id();
    r.programmeId = p.id();
    r.programmeCode = p.code();
    r.programmeName = p.name();
    r.programmeVersion = s.programmeVersion();
    r.organisationId = s.organisationId();
    OrganisationRef o = view.organisation();
    if (o != null) {
      r.organisationName = o.name();
      r.organisationIdentifier = o.identifier();
    }
    r.signedOn = s.signedOn();
    r.signatoryName = s.signatoryName();
    r.signatoryRole = s.signatoryRole();
    r.statement = s.statement();
    r.placeCode = s.placeCode();
    r.sector = s.sector();
    r.status = s.withdrawnOn() != null ? "WITHDRAWN" : s.isPending() ? "PENDING" : "ACTIVE";
    r.withdrawnOn = s.withdrawnOn();
    r.withdrawalReason = s.withdrawalReason();
    r.commitments =
        s.commitments().stream()
            .map(
                c -> {
                  SignatureCommitmentResponse cr = new SignatureCommitmentResponse();
                  cr.elementCode = c.elementCode();
                  cr.elementTitle =
                      p.element(c.elementCode()).map(ProgrammeElement::title).orElse(null);
                  cr.commitment = c.commitment();
                  cr.indicatorCode = c.indicatorCode();
                  return cr;
                })
            .toList();
    r.createdAt = s.createdAt();
    return r;
  }

  static ApplicationResponse application(AwardApplicationView view) {
    AwardApplication a = view.application();
    Programme scheme = view.scheme();
    OrganisationRef applicant = view.organisation();
    ApplicationResponse r = new ApplicationResponse();
    r.id = a.id();
    r.programmeId = scheme.id();
    r.programmeCode = scheme.code();
    r.programmeVersion = a.programmeVersion();
    r.organisationId = a.organisationId();
    r.organisationName = applicant == null ? null : applicant.name();
    r.status = a.status();
    r.placeCode = a.placeCode();
    r.sector = a.sector();
    r.contactName = a.contactName();
    r.renewalOf = a.renewalOf();
    r.submittedBy = a.submittedBy();
    r.submittedAt = a.createdAt();
    List<String> order = scheme.elements().stream().map(ProgrammeElement::code).toList();
    r.evidence =
        a.evidence().stream()
            .sorted(Comparator.comparingInt(e -> order.indexOf(e.themeCode())))
            .map(
                e -> {
                  ThemeEvidenceResponse er = new ThemeEvidenceResponse();
                  er.themeCode = e.themeCode();
                  er.change = e.change();
                  er.stakeholders = e.stakeholders();
                  er.location = e.location();
                  er.period = e.period();
                  return er;
                })
            .toList();
    r.decidedOn = a.decidedOn();
    r.decidedBy = a.decidedBy();
    r.reasons = a.reasons();
    r.expiresOn = a.expiresOn();
    r.awardStatus = a.awardStatus(view.asOf());
    return r;
  }

  static AwardResponse award(AwardApplicationView view) {
    AwardApplication a = view.application();
    Programme scheme = view.scheme();
    OrganisationRef holder = view.organisation();
    AwardResponse r = new AwardResponse();
    r.id = a.id();
    r.programmeId = scheme.id();
    r.programmeCode = scheme.code();
    r.programmeName = scheme.name();
    r.programmeVersion = a.programmeVersion();
    r.organisationId = a.organisationId();
    if (holder != null) {
      r.organisationName = holder.name();
      r.organisationIdentifier = holder.identifier();
    }
    r.placeCode = a.placeCode();
    r.sector = a.sector();
    r.awardedOn = a.decidedOn();
    r.expiresOn = a.expiresOn();
    r.status = a.awardStatus(view.asOf());
    r.renewalOf = a.renewalOf();
    return r;
  }

  static RecognitionsResponse recognitions(RecognitionService.Held held, UriInfo uri) {
    RecognitionsResponse r = new RecognitionsResponse();
    r.organisationId = held.organisation().id();
    r.organisationName = held.organisation().name();
    r.organisationIdentifier = held.organisation().identifier();
    r.asOf = held.on();
    r.items = new ArrayList<>();
    for (Signature s : held.signatures()) {
      RecognitionResponse item = item("SIGNATURE", held.programmes().get(s.programmeId()));
      item.programmeVersion = s.programmeVersion();
      item.since = s.signedOn();
      item.signatoryName = s.signatoryName();
      item.signatoryRole = s.signatoryRole();
      item.sourceId = s.id();
      item.source = uri.getBaseUriBuilder().path("signatures").path(s.id()).build().toString();
      r.items.add(item);
    }
    for (AwardApplication a : held.awards()) {
      RecognitionResponse item = item("AWARD", held.programmes().get(a.programmeId()));
      item.programmeVersion = a.programmeVersion();
      item.since = a.decidedOn();
      item.expiresOn = a.expiresOn();
      item.sourceId = a.id();
      item.source = uri.getBaseUriBuilder().path("awards").path(a.id()).build().toString();
      r.items.add(item);
    }
    r.partnerships =
        held.partnerships().stream()
            .map(p -> PartnershipMapper.shown(p, held.organisation().id()))
            .toList();
    return r;
  }

  private static RecognitionResponse item(String type, Programme p) {
    RecognitionResponse item = new RecognitionResponse();
    item.type = type;
    item.programmeId = p.id();
    item.programmeCode = p.code();
    item.programmeName = p.name();
    item.programmeKind = p.kind();
    item.administeredBy = p.administeredBy();
    return item;
  }
}
