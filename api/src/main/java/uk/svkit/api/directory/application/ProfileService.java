package uk.svkit.api.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.svkit.api.directory.domain.Contact;
import uk.svkit.api.directory.domain.IncomeBand;
import uk.svkit.api.directory.domain.LegalForm;
import uk.svkit.api.directory.domain.Theme;
import uk.svkit.api.directory.domain.Themes;
import uk.svkit.api.directory.domain.VcfseProfile;
import uk.svkit.api.directory.domain.VcfseProfileRepository;
import uk.svkit.api.geography.domain.PlaceCode;
import uk.svkit.api.organisation.application.OrganisationRef;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.organisation.domain.OrganisationRole;
import uk.svkit.api.platform.concurrency.Versions;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.platform.security.Tenancy;

/**
 * VCFSE profiles: a VCFSE writes its own (and only its own), platform admins verify them, anyone
 * reads them. The base postcode is resolved to coordinates and a place when the profile is written.
 */
@ApplicationScoped
public class ProfileService {

  @Inject VcfseProfileRepository profiles;
  @Inject Themes themes;
  @Inject BaseLocations baseLocations;
  @Inject OrganisationService organisations;
  @Inject Clock clock;
  @Inject ContactAccess contactAccess;

  /** A profile as its VCFSE gives it. */
  public record ProfileInput(
      LegalForm legalForm,
      String description,
      String website,
      IncomeBand incomeBand,
      List<String> themes,
      List<String> beneficiaryGroups,
      List<String> placesServed,
      String basePostcode,
      boolean exactLocationPublic,
      List<ContactInput> contacts) {}

  /** A contact as given. */
  public record ContactInput(String name, String role, String email, String phone) {}

  /** The profile written, and whether this write created it. */
  public record Saved(VcfseProfile profile, boolean created) {}

  public List<Theme> themes() {
    return themes.all();
  }

  /**
   * Creates the organisation's profile, or replaces it. Creating needs no version; replacing needs
   * the current one ({@code expectedVersion}, from If-Match), else 428.
   */
  @Transactional
  public Saved save(String organisationId, Long expectedVersion, ProfileInput input) {
    Caller caller = Tenancy.caller();
    OrganisationRef organisation =
        organisations
            .reference(organisationId)
            .orElseThrow(() -> ProblemException.notFound("Organisation", organisationId));
    boolean own =
        organisationId.equals(caller.organisationId()) && caller.roles().contains(Roles.VCFSE);
    if (!own && !caller.isPlatformAdmin()) {
      throw ProblemException.forbidden(
          "Only the VCFSE itself (vcfse role) or a platform admin may write its profile.");
    }
    if (!organisation.hasRole(OrganisationRole.VCFSE)) {
      throw ProblemException.businessRule(
          "Organisation "
              + organisation.identifier()
              + " is not a VCFSE, so it has no directory profile.");
    }
    VcfseProfile.Details details = details(input);
    VcfseProfile existing = profiles.findVisible(organisationId).orElse(null);
    if (existing == null) {
      if (expectedVersion != null) {
        throw new ProblemException(
            ProblemType.PRECONDITION_FAILED,
            "The organisation has no profile yet; create it without If-Match.");
      }
      return new Saved(
          profiles.add(
              new VcfseProfile(
                  organisationId, organisation.name(), organisation.identifier(), details)),
          true);
    }
    if (expectedVersion == null) {
      throw new ProblemException(
          ProblemType.PRECONDITION_REQUIRED,
          "The profile exists: send If-Match with the ETag from your last read to replace it.");
    }
    Versions.requireCurrent(expectedVersion, existing.version());
    existing.revise(organisation.name(), organisation.identifier(), details);
    return new Saved(profiles.store(existing), false);
  }

  @Transactional
  public VcfseProfile verify(String organisationId, long expectedVersion) {
    VcfseProfile profile = profiles.find(organisationId);
    Versions.requireCurrent(expectedVersion, profile.version());
    profile.verify(Tenancy.caller().subject(), OffsetDateTime.now(clock));
    return profiles.store(profile);
  }

  /** The profile, and whether the caller may read its contacts. */
  public ProfileView get(String organisationId) {
    VcfseProfile profile = profiles.find(organisationId);
    return new ProfileView(profile, contactAccess.mayRead(profile.id()));
  }

  private VcfseProfile.Details details(ProfileInput in) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Map<String, Theme> known = themes.byCode();
    Set<String> themeCodes = new LinkedHashSet<>();
    List<String> given = in.themes() == null ? List.of() : in.themes();
    for (int i = 0; i < given.size(); i++) {
      if (!known.containsKey(given.get(i))) {
        errors.add(
            new Problem.FieldError(
                "themes[" + i + "]",
                "'" + given.get(i) + "' is not a theme of the taxonomy (GET /directory/themes)"));
      }
      themeCodes.add(given.get(i));
    }
    List<String> places = in.placesServed() == null ? List.of() : in.placesServed();
    for (int i = 0; i < places.size(); i++) {
      if (!PlaceCode.isValid(places.get(i))) {
        errors.add(new Problem.FieldError("placesServed[" + i + "]", PlaceCode.ADVICE));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED, "The profile cannot be saved.", errors, Map.of());
    }
    VcfseProfile.Location base = null;
    if (in.basePostcode() != null && !in.basePostcode().isBlank()) {
      base = baseLocations.locate("basePostcode", in.basePostcode(), in.exactLocationPublic());
    }
    List<Contact> contacts = new ArrayList<>();
    List<ContactInput> givenContacts = in.contacts() == null ? List.of() : in.contacts();
    for (int i = 0; i < givenContacts.size(); i++) {
      ContactInput c = givenContacts.get(i);
      contacts.add(
          new Contact(
              i,
              c.name().trim(),
              blankToNull(c.role()),
              blankToNull(c.email()),
              blankToNull(c.phone())));
    }
    Set<String> beneficiaries = new LinkedHashSet<>();
    if (in.beneficiaryGroups() != null) {
      in.beneficiaryGroups().forEach(b -> beneficiaries.add(b.trim()));
    }
    return new VcfseProfile.Details(
        in.legalForm(),
        blankToNull(in.description()),
        blankToNull(in.website()),
        in.incomeBand(),
        themeCodes,
        beneficiaries,
        new LinkedHashSet<>(places),
        base,
        in.exactLocationPublic(),
        contacts);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
