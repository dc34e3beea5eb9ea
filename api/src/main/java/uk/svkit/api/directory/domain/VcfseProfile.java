package uk.svkit.api.directory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import uk.svkit.api.platform.persistence.AggregateRoot;

/**
 * A VCFSE organisation's directory profile: what it is, what it works on, where, and whom to
 * contact. Its id is the organisation's id and the organisation owns it. It is written whole by its
 * VCFSE ({@link #revise}); any revision clears a platform admin's {@linkplain #verify
 * verification}, since the admin checked the content as it was.
 */
@Entity
@Table(name = "dir_profile")
public class VcfseProfile extends AggregateRoot {
  @Column(name = "name", length = 300, nullable = false)
  private String name;

  @Column(name = "name_key", length = 300, nullable = false)
  private String nameKey;

  @Column(name = "identifier", length = 100, nullable = false)
  private String identifier;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_form", length = 40, nullable = false)
  private LegalForm legalForm;

  @Column(name = "description", length = 4000)
  private String description;

  @Column(name = "website", length = 500)
  private String website;

  @Enumerated(EnumType.STRING)
  @Column(name = "income_band", length = 32)
  private IncomeBand incomeBand;

  @Column(name = "base_postcode", length = 8)
  private String basePostcode;

  @Column(name = "base_place_code", length = 9)
  private String basePlaceCode;

  @Column(name = "latitude")
  private Double latitude;

  @Column(name = "longitude")
  private Double longitude;

  /** Whether the base is published at its exact point rather than its postcode district. */
  @Column(name = "exact_location_public", nullable = false)
  private boolean exactLocationPublic;

  /** Lower-cased name and description: the free-text search key. */
  @Column(name = "search_text", length = 4400, nullable = false)
  private String searchText;

  @Enumerated(EnumType.STRING)
  @Column(name = "verification_status", length = 16, nullable = false)
  private VerificationStatus verificationStatus = VerificationStatus.UNVERIFIED;

  @Column(name = "verified_at")
  private OffsetDateTime verifiedAt;

  @Column(name = "verified_by", length = 200)
  private String verifiedBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "dir_profile_theme", joinColumns = @JoinColumn(name = "profile_id"))
  @Column(name = "theme_code", length = 40)
  private Set<String> themes = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "dir_profile_place", joinColumns = @JoinColumn(name = "profile_id"))
  @Column(name = "place_code", length = 9)
  private Set<String> placesServed = new LinkedHashSet<>();

  // Lazy, as contacts: searches never show them.
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "dir_profile_beneficiary", joinColumns = @JoinColumn(name = "profile_id"))
  @Column(name = "label", length = 100)
  private Set<String> beneficiaryGroups = new LinkedHashSet<>();

  // Lazy: searches never show contacts; they load when a profile is read with a token.
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "dir_profile_contact", joinColumns = @JoinColumn(name = "profile_id"))
  @OrderBy("position")
  private List<Contact> contacts = new ArrayList<>();

  protected VcfseProfile() {}

  public VcfseProfile(String organisationId, String name, String identifier, Details details) {
    super(
        Objects.requireNonNull(organisationId, "An organisation id is required."), organisationId);
    revise(name, identifier, details);
  }

  /** What a VCFSE says about itself; the base location is already resolved from its postcode. */
  public record Details(
      LegalForm legalForm,
      String description,
      String website,
      IncomeBand incomeBand,
      Set<String> themes,
      Set<String> beneficiaryGroups,
      Set<String> placesServed,
      Location base,
      boolean exactLocationPublic,
      List<Contact> contacts) {}

  /**
   * A base postcode resolved to coordinates and a place; the coordinates are its district's unless
   * the VCFSE publishes its exact location (see {@code BaseLocations}).
   */
  public record Location(String postcode, double latitude, double longitude, String placeCode) {}

  @Override
  public String entityType() {
    return "vcfse-profile";
  }

  /**
   * Replaces the profile's content; the organisation's current name and identifier are copied too.
   */
  public void revise(String newName, String newIdentifier, Details d) {
    Objects.requireNonNull(d.legalForm(), "A legal form is required.");
    set(
        "name",
        name,
        newName,
        v -> {
          name = v;
          nameKey = v.toLowerCase(Locale.ROOT);
        });
    set("identifier", identifier, newIdentifier, v -> identifier = v);
    set("legalForm", legalForm, d.legalForm(), v -> legalForm = v);
    set("description", description, d.description(), v -> description = v);
    set("website", website, d.website(), v -> website = v);
    set("incomeBand", incomeBand, d.incomeBand(), v -> incomeBand = v);
    Location base = d.base();
    set("basePostcode", basePostcode, base == null ? null : base.postcode(), v -> basePostcode = v);
    set(
        "basePlaceCode",
        basePlaceCode,
        base == null ? null : base.placeCode(),
        v -> basePlaceCode = v);
    set("latitude", latitude, base == null ? null : base.latitude(), v -> latitude = v);
    set("longitude", longitude, base == null ? null : base.longitude(), v -> longitude = v);
    set(
        "exactLocationPublic",
        exactLocationPublic,
        d.exactLocationPublic(),
        v -> exactLocationPublic = v);
    replace("themes", themes, d.themes());
    replace("placesServed", placesServed, d.placesServed());
    replace("beneficiaryGroups", beneficiaryGroups, d.beneficiaryGroups());
    List<Contact> newContacts = d.contacts() == null ? List.of() : d.contacts();
    // Compared as a plain list: the persistent collection's own equals is not a content comparison
    // in every provider. Contacts are content like the rest, so changing them clears verification.
    if (!List.copyOf(contacts).equals(newContacts)) {
      contacts.clear();
      contacts.addAll(newContacts);
      contentChanged("contacts");
    }
    String text = (name + " " + (description == null ? "" : description)).toLowerCase(Locale.ROOT);
    searchText = text.length() > 4400 ? text.substring(0, 4400) : text;
    if (wasChanged() && verificationStatus == VerificationStatus.VERIFIED) {
      verificationStatus = VerificationStatus.UNVERIFIED;
      verifiedAt = null;
      verifiedBy = null;
      changed("verificationStatus");
    }
  }

  /** A platform admin has checked the profile as it stands. */
  public void verify(String by, OffsetDateTime at) {
    verificationStatus = VerificationStatus.VERIFIED;
    verifiedAt = at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    verifiedBy = by;
    changed("verificationStatus");
  }

  @jakarta.persistence.Transient private boolean dirty;

  private boolean wasChanged() {
    boolean was = dirty;
    dirty = false;
    return was;
  }

  /**
   * Every change to the profile's public or contact data goes through here, so that it clears
   * verification; a field changed with {@link #changed} alone would keep the badge.
   */
  private void contentChanged(String field) {
    dirty = true;
    changed(field);
  }

  private <T> void set(String field, T current, T value, java.util.function.Consumer<T> apply) {
    if (!Objects.equals(current, value)) {
      apply.accept(value);
      contentChanged(field);
    }
  }

  private void replace(String field, Set<String> current, Set<String> values) {
    Set<String> updated = values == null ? Set.of() : values;
    if (!current.equals(updated)) {
      current.clear();
      current.addAll(updated);
      contentChanged(field);
    }
  }

  public String name() {
    return name;
  }

  public String nameKey() {
    return nameKey;
  }

  public String identifier() {
    return identifier;
  }

  public LegalForm legalForm() {
    return legalForm;
  }

  public String description() {
    return description;
  }

  public String website() {
    return website;
  }

  public IncomeBand incomeBand() {
    return incomeBand;
  }

  public String basePostcode() {
    return basePostcode;
  }

  public String basePlaceCode() {
    return basePlaceCode;
  }

  public Double latitude() {
    return latitude;
  }

  public boolean exactLocationPublic() {
    return exactLocationPublic;
  }

  /**
   * The base postcode as the public sees it: in full if the VCFSE publishes its exact location,
   * else its district.
   */
  public String publicPostcode() {
    return publicPostcode(basePostcode, exactLocationPublic);
  }

  public static String publicPostcode(String postcode, boolean exactLocationPublic) {
    if (postcode == null || exactLocationPublic) {
      return postcode;
    }
    int space = postcode.indexOf(' ');
    return space < 0 ? postcode : postcode.substring(0, space);
  }

  public Double longitude() {
    return longitude;
  }

  public String searchText() {
    return searchText;
  }

  public VerificationStatus verificationStatus() {
    return verificationStatus;
  }

  public OffsetDateTime verifiedAt() {
    return verifiedAt;
  }

  public String verifiedBy() {
    return verifiedBy;
  }

  public Set<String> themes() {
    return Set.copyOf(themes);
  }

  /** Themes in a stable order. */
  public List<String> sortedThemes() {
    return themes.stream().sorted().toList();
  }

  public List<String> sortedPlacesServed() {
    return placesServed.stream().sorted().toList();
  }

  public List<String> sortedBeneficiaryGroups() {
    return beneficiaryGroups.stream().sorted().toList();
  }

  /** Places served, plus the base place: where the organisation works, for filters and facets. */
  public Set<String> places() {
    Set<String> all = new LinkedHashSet<>(placesServed);
    if (basePlaceCode != null) {
      all.add(basePlaceCode);
    }
    return all;
  }

  public List<Contact> contacts() {
    return List.copyOf(contacts);
  }
}
