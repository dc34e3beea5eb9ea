package uk.svkit.api.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.svkit.api.directory.domain.Contact;
import uk.svkit.api.directory.domain.IncomeBand;
import uk.svkit.api.directory.domain.LegalForm;
import uk.svkit.api.directory.domain.VcfseProfile;
import uk.svkit.api.directory.domain.VcfseProfileRepository;
import uk.svkit.api.organisation.application.OrganisationRef;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.organisation.domain.OrgIdentifier;
import uk.svkit.api.organisation.domain.OrganisationRole;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Tenancy;

/**
 * Bulk upsert of VCFSE organisations and their profiles from a register or another directory
 * (Charity Commission extract, Open Referral UK), keyed by org-id identifier. All or nothing: every
 * row is checked first and any problem rejects the whole file, listing every problem by the
 * source's own position (CSV line or JSON pointer); the writes then run in one transaction, so a
 * failure half-way also leaves the directory as it was. Platform admins only, since it registers
 * organisations.
 *
 * <p>An import sets what its source carries and keeps the rest: a {@code null} field (or
 * collection) of a {@link ProfileImport} leaves an existing profile's value alone. Contacts are
 * taken only when the profile is created: sources carry them without the email and phone svkit
 * keeps, so they never overwrite what a VCFSE entered.
 */
@ApplicationScoped
public class DirectoryImportService {
  @Inject VcfseProfileRepository profiles;
  @Inject BaseLocations baseLocations;
  @Inject OrganisationService organisations;

  /**
   * One organisation as a source gives it. {@code at} prefixes the names of its problems ({@code
   * "line 7."}, {@code "/organizations/3/"}); the {@code *Field} values name the source field a
   * value came from, for problems found against the database.
   */
  public record ProfileImport(
      String at,
      String identifier,
      String identifierField,
      String name,
      LegalForm legalForm,
      String description,
      String website,
      IncomeBand incomeBand,
      Set<String> themes,
      Set<String> placesServed,
      String basePostcode,
      String postcodeField,
      List<ProfileService.ContactInput> contacts,
      List<Problem.FieldError> problems) {}

  /** What happened to one organisation. */
  public record Outcome(String identifier, String organisationId, boolean created) {}

  /**
   * Checks every row, then writes them all or nothing.
   *
   * @param fileProblems problems of the file as a whole, reported before the rows'
   * @throws ProblemException 422 listing every problem, when there is any; 403 for non-admins
   */
  @Transactional
  public List<Outcome> importProfiles(
      List<ProfileImport> rows, List<Problem.FieldError> fileProblems) {
    if (!Tenancy.caller().isPlatformAdmin()) {
      throw ProblemException.forbidden(
          "Only platform admins may import organisations into the directory.");
    }
    List<Problem.FieldError> problems = new ArrayList<>(fileProblems);
    Map<String, String> firstAt = new HashMap<>();
    List<Checked> checked = new ArrayList<>();
    for (ProfileImport row : rows) {
      List<Problem.FieldError> rowProblems = new ArrayList<>(row.problems());
      Checked c = check(row, firstAt, rowProblems);
      problems.addAll(rowProblems);
      checked.add(c);
    }
    if (!problems.isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "The file has " + problems.size() + " problem(s); nothing was imported.",
          problems,
          Map.of());
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    return checked.stream().map(this::write).toList();
  }

  /** A row that passed its checks: its identifier, existing organisation (if any) and base. */
  private record Checked(
      ProfileImport row, String identifier, OrganisationRef existing, VcfseProfile.Location base) {}

  private Checked check(
      ProfileImport row, Map<String, String> firstAt, List<Problem.FieldError> problems) {
    String identifier = null;
    OrganisationRef existing = null;
    if (row.identifier() != null) {
      try {
        identifier = OrgIdentifier.parse(row.identifier()).toString();
      } catch (IllegalArgumentException e) {
        problems.add(new Problem.FieldError(row.at() + row.identifierField(), e.getMessage()));
      }
    }
    if (identifier != null) {
      String earlier = firstAt.putIfAbsent(identifier, row.at());
      if (earlier != null) {
        problems.add(
            new Problem.FieldError(
                row.at() + row.identifierField(),
                identifier + " appears twice in the file (first at " + earlier + ")"));
      }
      existing = organisations.referenceFor(identifier).orElse(null);
      if (existing != null && !existing.hasRole(OrganisationRole.VCFSE)) {
        problems.add(
            new Problem.FieldError(
                row.at() + row.identifierField(),
                identifier
                    + " is registered in svkit, but not as a VCFSE, so it has no directory profile"));
      }
    }
    VcfseProfile.Location base = null;
    if (row.basePostcode() != null) {
      try {
        // A register is not the VCFSE's own choice to publish its exact address: district level.
        base = baseLocations.locate(row.postcodeField(), row.basePostcode(), false);
      } catch (ProblemException e) {
        String message = e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message;
        problems.add(new Problem.FieldError(row.at() + row.postcodeField(), message));
      }
    }
    return new Checked(row, identifier, existing, base);
  }

  private Outcome write(Checked c) {
    ProfileImport row = c.row();
    OrganisationRef organisation = c.existing();
    boolean registered = organisation == null;
    if (registered) {
      organisation =
          OrganisationRef.of(
              organisations.register(
                  row.name(), EnumSet.of(OrganisationRole.VCFSE), c.identifier(), List.of()));
    } else if (!organisation.name().equals(row.name().trim())) {
      organisation =
          OrganisationRef.of(
              organisations.update(organisation.id(), organisation.version(), row.name(), null));
    }
    VcfseProfile profile = profiles.findVisible(organisation.id()).orElse(null);
    boolean created = profile == null;
    if (created) {
      profiles.add(
          new VcfseProfile(
              organisation.id(),
              organisation.name(),
              organisation.identifier(),
              details(row, null, c)));
    } else {
      profile.revise(organisation.name(), organisation.identifier(), details(row, profile, c));
      profiles.store(profile);
    }
    return new Outcome(organisation.identifier(), organisation.id(), registered || created);
  }

  /** The profile's new details: the row's values where it has them, else the current ones. */
  private static VcfseProfile.Details details(ProfileImport row, VcfseProfile current, Checked c) {
    boolean fresh = current == null;
    LegalForm form =
        row.legalForm() != null
            ? row.legalForm()
            : fresh ? defaultForm(c.identifier()) : current.legalForm();
    VcfseProfile.Location base =
        c.base() != null
            ? c.base()
            : fresh || current.basePostcode() == null
                ? null
                : new VcfseProfile.Location(
                    current.basePostcode(),
                    current.latitude(),
                    current.longitude(),
                    current.basePlaceCode());
    List<Contact> contacts = new ArrayList<>();
    if (fresh && row.contacts() != null) {
      for (ProfileService.ContactInput in : row.contacts()) {
        contacts.add(new Contact(contacts.size(), in.name(), in.role(), in.email(), in.phone()));
      }
    } else if (!fresh) {
      contacts.addAll(current.contacts());
    }
    return new VcfseProfile.Details(
        form,
        pick(row.description(), fresh ? null : current.description()),
        pick(row.website(), fresh ? null : current.website()),
        row.incomeBand() != null ? row.incomeBand() : fresh ? null : current.incomeBand(),
        set(row.themes(), fresh ? null : current.themes()),
        fresh ? Set.of() : new LinkedHashSet<>(current.sortedBeneficiaryGroups()),
        set(row.placesServed(), fresh ? null : new LinkedHashSet<>(current.sortedPlacesServed())),
        base,
        // An imported postcode is stored at district level, so it also ends an exact publication.
        c.base() == null && !fresh && current.exactLocationPublic(),
        contacts);
  }

  /** Charities are registered charities until a source says more (a CIO, say); others are OTHER. */
  static LegalForm defaultForm(String identifier) {
    return identifier.startsWith("GB-CHC-")
            || identifier.startsWith("GB-SC-")
            || identifier.startsWith("GB-NIC-")
        ? LegalForm.REGISTERED_CHARITY
        : identifier.startsWith("GB-MPR-") ? LegalForm.COMMUNITY_BENEFIT_SOCIETY : LegalForm.OTHER;
  }

  private static String pick(String given, String current) {
    return given != null ? given : current;
  }

  private static Set<String> set(Set<String> given, Set<String> current) {
    return given != null
        ? new LinkedHashSet<>(given)
        : current == null ? Set.of() : new LinkedHashSet<>(current);
  }
}
