package uk.svkit.api.directory.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.directory.domain.Contact;
import uk.svkit.api.directory.domain.IncomeBand;
import uk.svkit.api.directory.domain.LegalForm;
import uk.svkit.api.directory.domain.Need;
import uk.svkit.api.directory.domain.NeedRepository;
import uk.svkit.api.directory.domain.SupportType;
import uk.svkit.api.directory.domain.VcfseProfile;
import uk.svkit.api.directory.domain.VcfseProfileRepository;
import uk.svkit.api.organisation.application.OrganisationRef;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.platform.persistence.DatabaseMigrator;
import uk.svkit.api.platform.request.Loggers;

/**
 * Demo profiles and needs for the two demo VCFSEs, loaded once in the demo configuration ({@code
 * SVKIT_DEMO=true}) after the demo organisations. Everything here is fictional.
 */
@ApplicationScoped
public class DemoDirectory {
  private static final Logger LOG = Loggers.of(DemoDirectory.class);
  static final String PANTRY = "8f1f3c39-0000-4000-8000-000000000006";
  static final String WELLBEING = "8f1f3c39-0000-4000-8000-000000000007";

  @Inject
  @ConfigProperty(name = "svkit.demo", defaultValue = "false")
  boolean demo;

  @Inject VcfseProfileRepository profiles;
  @Inject NeedRepository needs;
  @Inject Clock clock;
  @Inject BaseLocations baseLocations;
  @Inject OrganisationService organisations;

  @Transactional
  void load(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 600)
          DatabaseMigrator.SchemaReady ready) {
    if (!demo) {
      return;
    }
    LocalDate expiry = LocalDate.now(clock).plusMonths(6);
    int added = 0;
    if (add(
        PANTRY,
        LegalForm.REGISTERED_CHARITY,
        "A community pantry and warm space in Birkenhead (demo data).",
        IncomeBand.FROM_10K_TO_100K,
        Set.of("poverty-and-cost-of-living", "food-insecurity", "community-cohesion"),
        Set.of("Families on low incomes", "Older people"),
        "CH41 5AB",
        new Contact(0, "Demo Pantry Coordinator", "Coordinator", "pantry@example.invalid", null))) {
      needs.add(
          new Need(
              PANTRY,
              new Need.Terms(
                  SupportType.VOLUNTEERING,
                  "Volunteers to run Saturday food sorting",
                  "Help sort and pack donations on Saturday mornings.",
                  new BigDecimal("200"),
                  "hours",
                  "E08000015",
                  expiry)));
      needs.add(
          new Need(
              PANTRY,
              new Need.Terms(
                  SupportType.EQUIPMENT,
                  "A chest freezer",
                  "A working chest freezer for chilled donations.",
                  null,
                  null,
                  "E08000015",
                  expiry)));
      added++;
    }
    if (add(
        WELLBEING,
        LegalForm.CIC,
        "Peer support and walking groups for mental health in Wallasey (demo data).",
        IncomeBand.FROM_100K_TO_500K,
        Set.of("mental-health", "health-and-wellbeing"),
        Set.of("Adults with mental health needs"),
        "CH44",
        new Contact(0, "Demo Wellbeing Lead", "Director", "hello@example.invalid", null))) {
      needs.add(
          new Need(
              WELLBEING,
              new Need.Terms(
                  SupportType.MENTORING,
                  "Business mentoring for our trading arm",
                  "Monthly mentoring from a finance professional.",
                  new BigDecimal("12"),
                  "sessions",
                  "E08000015",
                  expiry)));
      needs.add(
          new Need(
              WELLBEING,
              new Need.Terms(
                  SupportType.VOLUNTEERING,
                  "Walk leaders for peer walking groups",
                  "Volunteers to lead weekly wellbeing walks.",
                  new BigDecimal("100"),
                  "hours",
                  null,
                  expiry)));
      added++;
    }
    LOG.log(Level.INFO, "Demo data: {0} directory profiles added", added);
  }

  private boolean add(
      String id,
      LegalForm form,
      String description,
      IncomeBand income,
      Set<String> themes,
      Set<String> beneficiaries,
      String postcode,
      Contact contact) {
    OrganisationRef organisation = organisations.reference(id).orElse(null);
    if (organisation == null || profiles.findVisible(id).isPresent()) {
      return false;
    }
    VcfseProfile.Location base = baseLocations.locate("basePostcode", postcode, false);
    profiles.add(
        new VcfseProfile(
            id,
            organisation.name(),
            organisation.identifier(),
            new VcfseProfile.Details(
                form,
                description,
                null,
                income,
                themes,
                beneficiaries,
                Set.of("E08000015"),
                base,
                false,
                List.of(contact))));
    return true;
  }
}
