package uk.svkit.api.recognition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.svkit.api.organisation.application.OrganisationRef;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.platform.events.EventRecorder;
import uk.svkit.api.platform.events.EventTypes;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.platform.time.Timestamps;
import uk.svkit.api.recognition.domain.ElementKind;
import uk.svkit.api.recognition.domain.Programme;
import uk.svkit.api.recognition.domain.ProgrammeElement;
import uk.svkit.api.recognition.domain.ProgrammeRepository;
import uk.svkit.api.recognition.domain.RecognitionAccess;
import uk.svkit.api.recognition.domain.Sector;
import uk.svkit.api.recognition.domain.Signature;
import uk.svkit.api.recognition.domain.SignatureCommitment;
import uk.svkit.api.recognition.domain.SignatureRepository;

/**
 * Signing charters, pledges and the anchor framework, withdrawing, and the public lists of
 * signatories.
 */
@ApplicationScoped
public class SignatureService {
  @Inject EventRecorder events;
  @Inject ProgrammeRepository programmes;
  @Inject Clock clock;
  @Inject SignatureRepository signatures;
  @Inject OrganisationService organisations;

  public record NewCommitment(String elementCode, String commitment, String indicatorCode) {}

  public record NewSignature(
      String organisationId,
      LocalDate signedOn,
      String signatoryName,
      String signatoryRole,
      String statement,
      String placeCode,
      Sector sector,
      List<NewCommitment> commitments) {}

  /**
   * Records a signature. A signature is shown to everyone as the organisation's own commitment, so
   * an organisation signs for itself; the programme's administrators may record one on an
   * organisation's behalf (signed on paper, say), but it stays pending, public nowhere, until the
   * organisation {@linkplain #confirm confirms} it. Never dated before the programme existed. One
   * standing (or pending) signature per organisation and programme.
   */
  @Transactional
  public SignatureView sign(String programmeId, NewSignature s) {
    Caller caller = Tenancy.caller();
    Programme programme = programmes.find(programmeId);
    String organisationId =
        s.organisationId() != null ? s.organisationId() : caller.organisationId();
    if (organisationId == null) {
      throw ProblemException.invalid(
          "organisationId", "is required when you act for no organisation");
    }
    boolean own = RecognitionAccess.actsFor(caller, organisationId);
    if (!own && !RecognitionAccess.administers(caller, programme)) {
      throw ProblemException.forbidden(
          "An organisation signs for itself; only the programme's administrators may record one on its behalf,"
              + " for it to confirm.");
    }
    List<Problem.FieldError> errors = new ArrayList<>();
    if (!programme.kind().isSigned()) {
      throw ProblemException.businessRule(
          "Programme "
              + programme.code()
              + " is an award scheme: apply for the award instead of signing it.");
    }
    if (organisations.reference(organisationId).isEmpty()) {
      errors.add(
          new Problem.FieldError("organisationId", "there is no organisation " + organisationId));
    }
    LocalDate today = Timestamps.today(clock);
    LocalDate signedOn = s.signedOn() == null ? today : s.signedOn();
    if (signedOn.isAfter(today)) {
      errors.add(new Problem.FieldError("signedOn", "must not be in the future"));
    }
    LocalDate since = programme.existsSince();
    if (since != null && signedOn.isBefore(since)) {
      errors.add(
          new Problem.FieldError(
              "signedOn", "must not be before the programme existed (" + since + ")"));
    }
    List<SignatureCommitment> commitments = new ArrayList<>();
    for (int i = 0; i < s.commitments().size(); i++) {
      NewCommitment c = s.commitments().get(i);
      ProgrammeElement element = programme.element(c.elementCode()).orElse(null);
      if (element == null || element.kind() == ElementKind.THEME) {
        errors.add(
            new Problem.FieldError(
                "commitments[" + i + "].elementCode",
                "is not a pillar or principle of " + programme.code() + ": " + c.elementCode()));
      }
      commitments.add(
          new SignatureCommitment(i, c.elementCode(), c.commitment(), c.indicatorCode()));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "The signature cannot be recorded.",
          errors,
          Map.of());
    }
    if (signatures.activeOf(organisationId, programme.id()).isPresent()) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Organisation "
              + organisationId
              + " has already signed "
              + programme.code()
              + "; withdraw that signature before signing again.");
    }
    Signature signature =
        new Signature(
            organisationId,
            programme,
            signedOn,
            s.signatoryName(),
            s.signatoryRole(),
            s.statement(),
            s.placeCode(),
            s.sector(),
            caller.subject(),
            Timestamps.now(clock),
            commitments);
    if (!own) {
      signature.awaitConfirmation();
    }
    Signature signed = signatures.add(signature);
    events.record(
        EventTypes.SIGNATURE_MADE,
        "signatures/" + signed.id(),
        EventRecorder.data(
            "signatureId", signed.id(),
            "programmeId", programme.id(),
            "programmeCode", programme.code(),
            "organisationId", organisationId,
            "signedOn", signed.signedOn(),
            "pendingConfirmation", signed.isPending()),
        organisationId);
    return view(signed, programme);
  }

  /**
   * The signing organisation confirms a signature recorded on its behalf; from then on it stands
   * and is public.
   */
  @Transactional
  public SignatureView confirm(String id, long expectedVersion) {
    Caller caller = Tenancy.caller();
    Signature signature = signatures.find(id);
    if (!RecognitionAccess.actsFor(caller, signature.organisationId())) {
      throw ProblemException.forbidden(
          "Only the signing organisation confirms a signature recorded on its behalf.");
    }
    Signature confirmed =
        signatures.update(
            signature,
            expectedVersion,
            () -> signature.confirm(caller.subject(), Timestamps.now(clock)));
    return view(confirmed, programmes.find(confirmed.programmeId()));
  }

  public SignatureView get(String id) {
    Signature signature = signatures.find(id);
    return view(signature, programmes.find(signature.programmeId()));
  }

  private SignatureView view(Signature signature, Programme programme) {
    return new SignatureView(
        signature, programme, organisations.reference(signature.organisationId()).orElse(null));
  }

  /** Withdraws a signature; the signing organisation or the programme's administrators may. */
  @Transactional
  public SignatureView withdraw(
      String id, long expectedVersion, LocalDate withdrawnOn, String reason) {
    Caller caller = Tenancy.caller();
    Signature signature = signatures.find(id);
    Programme programme = programmes.find(signature.programmeId());
    if (!RecognitionAccess.actsFor(caller, signature.organisationId())
        && !RecognitionAccess.administers(caller, programme)) {
      throw ProblemException.forbidden(
          "Only the signing organisation or the programme's administrators may withdraw a signature.");
    }
    Signature withdrawn =
        signatures.update(
            signature,
            expectedVersion,
            () -> {
              LocalDate today = Timestamps.today(clock);
              LocalDate on = withdrawnOn == null ? today : withdrawnOn;
              if (on.isAfter(today)) {
                throw ProblemException.invalid("withdrawnOn", "must not be in the future");
              }
              signature.withdraw(on, reason);
            });
    events.record(
        EventTypes.SIGNATURE_WITHDRAWN,
        "signatures/" + withdrawn.id(),
        EventRecorder.data(
            "signatureId", withdrawn.id(),
            "programmeId", programme.id(),
            "programmeCode", programme.code(),
            "organisationId", withdrawn.organisationId(),
            "withdrawnOn", withdrawn.withdrawnOn()),
        withdrawn.organisationId());
    return view(withdrawn, programme);
  }

  /** A programme's signatures, each with its signatory organisation (read together). */
  public List<SignatureView> list(
      String programmeId,
      String organisationId,
      String placeCode,
      Sector sector,
      boolean includeWithdrawn,
      LocalDate asOf,
      LocalDate afterSignedOn,
      String afterId,
      int fetch) {
    Programme programme = programmes.find(programmeId);
    List<Signature> page =
        signatures.list(
            programmeId,
            organisationId,
            placeCode,
            sector,
            includeWithdrawn,
            asOf == null ? Timestamps.today(clock) : asOf,
            afterSignedOn,
            afterId,
            fetch);
    Map<String, OrganisationRef> signatories =
        organisations.references(page.stream().map(Signature::organisationId).toList());
    return page.stream()
        .map(s -> new SignatureView(s, programme, signatories.get(s.organisationId())))
        .toList();
  }
}
