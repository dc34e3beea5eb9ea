package uk.svkit.api.recognition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.svkit.api.organisation.application.OrganisationRef;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.time.Timestamps;
import uk.svkit.api.recognition.domain.AwardApplication;
import uk.svkit.api.recognition.domain.AwardApplicationRepository;
import uk.svkit.api.recognition.domain.Programme;
import uk.svkit.api.recognition.domain.ProgrammeRepository;
import uk.svkit.api.recognition.domain.Signature;
import uk.svkit.api.recognition.domain.SignatureRepository;

/**
 * An organisation's recognitions on a day: the signatures standing then and the awards current
 * then, each with its programme. This is what a commissioner's system asks when it looks a supplier
 * up ("a charter signatory? a current Social Value Award holder?"), and it is public. Partnerships
 * with VCFSEs are listed too, once both parties agreed to show them.
 */
@ApplicationScoped
public class RecognitionService {
  @Inject ProgrammeRepository programmes;
  @Inject Clock clock;
  @Inject SignatureRepository signatures;
  @Inject AwardApplicationRepository applications;
  @Inject OrganisationService organisations;
  @Inject PartnershipService partnerships;

  /**
   * What an organisation holds on {@code on}; a renewed award shows once, the one lasting longest.
   */
  public record Held(
      OrganisationRef organisation,
      LocalDate on,
      List<Signature> signatures,
      List<AwardApplication> awards,
      Map<String, Programme> programmes,
      List<PartnershipService.PartnershipView> partnerships) {}

  public Held of(String organisationId, LocalDate asOf) {
    OrganisationRef organisation =
        organisations
            .reference(organisationId)
            .orElseThrow(() -> ProblemException.notFound("Organisation", organisationId));
    LocalDate on = asOf == null ? Timestamps.today(clock) : asOf;
    List<Signature> standing =
        signatures.ofOrganisation(organisation.id()).stream()
            .filter(s -> s.isActiveOn(on))
            .toList();
    Map<String, AwardApplication> latest = new LinkedHashMap<>();
    for (AwardApplication award : applications.awardsOf(organisation.id())) {
      if (award.isCurrentOn(on)) {
        latest.merge(
            award.programmeId(), award, (a, b) -> a.expiresOn().isAfter(b.expiresOn()) ? a : b);
      }
    }
    List<AwardApplication> awards = new ArrayList<>(latest.values());
    awards.sort(Comparator.comparing(AwardApplication::decidedOn));
    List<String> ids = new ArrayList<>();
    standing.forEach(s -> ids.add(s.programmeId()));
    awards.forEach(a -> ids.add(a.programmeId()));
    Map<String, Programme> byId =
        programmes.byIds(ids.stream().distinct().toList()).stream()
            .collect(Collectors.toMap(Programme::id, Function.identity()));
    return new Held(
        organisation, on, standing, awards, byId, partnerships.shownBy(organisation.id(), on));
  }
}
