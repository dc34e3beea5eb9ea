package uk.svkit.api.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.organisation.domain.OrgIdentifier;
import uk.svkit.api.organisation.domain.Organisation;
import uk.svkit.api.organisation.domain.OrganisationRepository;
import uk.svkit.api.organisation.domain.OrganisationRole;
import uk.svkit.api.platform.persistence.DatabaseMigrator;
import uk.svkit.api.platform.request.Loggers;

/**
 * Demo organisations, loaded once in the demo configuration ({@code SVKIT_DEMO=true}). Councils
 * carry their real GB-LAE codes; the suppliers, trust and VCFSEs are fictional. Ids are fixed so
 * the README's examples work.
 */
@ApplicationScoped
public class DemoOrganisations {
  private static final Logger LOG = Loggers.of(DemoOrganisations.class);

  record Demo(String id, String name, Set<OrganisationRole> roles, String identifier) {}

  static final List<Demo> ALL =
      List.of(
          new Demo(
              "8f1f3c39-0000-4000-8000-000000000001",
              "Wirral Council",
              EnumSet.of(OrganisationRole.BUYER),
              "GB-LAE-WRL"),
          new Demo(
              "8f1f3c39-0000-4000-8000-000000000002",
              "Liverpool City Council",
              EnumSet.of(OrganisationRole.BUYER),
              "GB-LAE-LIV"),
          new Demo(
              "8f1f3c39-0000-4000-8000-000000000003",
              "Mersey Demo NHS Foundation Trust",
              EnumSet.of(OrganisationRole.BUYER),
              "GB-NHS-RZZ"),
          new Demo(
              "8f1f3c39-0000-4000-8000-000000000004",
              "Dee Estuary Facilities Ltd (demo)",
              EnumSet.of(OrganisationRole.SUPPLIER),
              "GB-COH-09900001"),
          new Demo(
              "8f1f3c39-0000-4000-8000-000000000005",
              "Mersey Build and Care Ltd (demo)",
              EnumSet.of(OrganisationRole.SUPPLIER),
              "GB-COH-09900002"),
          new Demo(
              "8f1f3c39-0000-4000-8000-000000000006",
              "Birkenhead Community Pantry (demo)",
              EnumSet.of(OrganisationRole.VCFSE),
              "GB-CHC-1990001"),
          new Demo(
              "8f1f3c39-0000-4000-8000-000000000007",
              "Wirral Wellbeing CIC (demo)",
              EnumSet.of(OrganisationRole.VCFSE, OrganisationRole.SUPPLIER),
              "GB-COH-09900003"),
          // The Cheshire & Merseyside anchor story (anchor.application.DemoAnchorStory): two
          // anchors told in full, four peer anchors so benchmarks have enough peers, a supplier
          // and a VCFSE. All fictional; kept apart from the organisations above, whose figures
          // the README's examples and the tests start from.
          new Demo(
              "8f1f3c39-0000-4000-8000-000000000011",
              "Mersey Valley Hospitals NHS Trust (demo)",
              EnumSet.of(OrganisationRole.BUYER),
              "GB-NHS-RZY"),
          new Demo(
              "8f1f3c39-0000-4000-8000-000000000012",
              "Dee and Mersey Borough Council (demo)",
              EnumSet.of(OrganisationRole.BUYER),
              "GB-LAE-ZDMB"),
          new Demo(
              "8f1f3c39-0000-4000-8000-000000000013",
              "Wirral Peninsula University (demo)",
              EnumSet.of(OrganisationRole.BUYER),
              "GB-COH-09900013"),
          new Demo(
              "8f1f3c39-0000-4000-8000-000000000014",
              "Sefton Coast Housing Group (demo)",
              EnumSet.of(OrganisationRole.BUYER),
              "GB-COH-09900014"),
          new Demo(
              "8f1f3c39-0000-4000-8000-000000000015",
              "Halton Riverside College (demo)",
              EnumSet.of(OrganisationRole.BUYER),
              "GB-COH-09900015"),
          new Demo(
              "8f1f3c39-0000-4000-8000-000000000016",
              "Knowsley Community Health Services (demo)",
              EnumSet.of(OrganisationRole.BUYER),
              "GB-NHS-RZX"),
          new Demo(
              "8f1f3c39-0000-4000-8000-000000000017",
              "Mersey Tidal Engineering Ltd (demo)",
              EnumSet.of(OrganisationRole.SUPPLIER),
              "GB-COH-09900017"),
          new Demo(
              "8f1f3c39-0000-4000-8000-000000000018",
              "Birkenhead STEM Club (demo)",
              EnumSet.of(OrganisationRole.VCFSE),
              "GB-CHC-1990018"));

  @Inject
  @ConfigProperty(name = "svkit.demo", defaultValue = "false")
  boolean demo;

  @Inject OrganisationRepository organisations;

  @Transactional
  void load(@Observes DatabaseMigrator.SchemaReady ready) {
    if (!demo) {
      return;
    }
    int added = 0;
    for (Demo d : ALL) {
      if (organisations.findByIdentifier(d.identifier()).isEmpty()) {
        organisations.add(
            new Organisation(
                d.id(), d.name(), d.roles(), OrgIdentifier.parse(d.identifier()), List.of()));
        added++;
      }
    }
    LOG.log(Level.INFO, "Demo data: {0} organisations added", added);
  }
}
