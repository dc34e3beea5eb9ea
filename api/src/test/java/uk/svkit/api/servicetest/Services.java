package uk.svkit.api.servicetest;

import io.smallrye.config.inject.ConfigExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jboss.weld.bootstrap.spi.BeanDiscoveryMode;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import uk.svkit.api.platform.request.TestRequests;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Roles;

/**
 * Builds the container the application services run in for a test, and runs work as a caller.
 *
 * <p>The container holds the beans of the contexts under test and of those they use (their {@code
 * application}, {@code domain} and {@code infrastructure} packages, never {@code rest}), the
 * platform's audit trail and event outbox, {@link TestClock} as the {@link java.time.Clock}, and
 * {@link TransactionalInterceptor} for {@code @Transactional}; {@code @ConfigProperty} values come
 * from the application's microprofile-config.properties (SmallRye Config).
 */
public final class Services {
  private static final AtomicInteger SEQUENCE = new AtomicInteger(10_000_000);

  private Services() {}

  /** Starts the test run's container ({@link ServiceTestExtension} holds it). */
  static WeldContainer start() {
    return new Weld("svkit-services")
        .disableDiscovery()
        .setBeanDiscoveryMode(BeanDiscoveryMode.ANNOTATED)
        .addPackages(
            false,
            uk.svkit.api.organisation.application.OrganisationService.class,
            uk.svkit.api.organisation.domain.OrganisationRepository.class,
            uk.svkit.api.framework.application.FrameworkService.class,
            uk.svkit.api.framework.domain.EditionRepository.class,
            uk.svkit.api.procurement.application.TenderService.class,
            uk.svkit.api.procurement.domain.TenderRepository.class,
            uk.svkit.api.tracking.application.ReturnService.class,
            uk.svkit.api.tracking.domain.ContractRepository.class,
            uk.svkit.api.tracking.infrastructure.ReturnRepository.class,
            uk.svkit.api.recognition.application.PartnershipService.class,
            uk.svkit.api.recognition.domain.PartnershipRepository.class)
        .addBeanClasses(
            uk.svkit.api.platform.audit.AuditTrail.class,
            uk.svkit.api.platform.events.EventRecorder.class,
            TestClock.class,
            TransactionalInterceptor.class)
        .addExtension(new TransactionalBindings())
        .addExtension(new ConfigExtension())
        .addServices(new ContainerResources())
        .initialize();
  }

  /** Runs the work as this caller, in a request of its own, as the HTTP filters would. */
  public static <T> T as(Caller caller, Supplier<T> work) {
    try {
      return TestRequests.as(caller, work);
    } finally {
      Transactions.closeUnsynchronised();
    }
  }

  public static void run(Caller caller, Runnable work) {
    as(
        caller,
        () -> {
          work.run();
          return null;
        });
  }

  /** A user of this organisation with these roles ({@link Roles}). */
  public static Caller user(String organisationId, String... roles) {
    return new Caller(
        "user-" + SEQUENCE.incrementAndGet() + "@test", organisationId, null, Set.of(roles));
  }

  /** A platform admin without an organisation. */
  public static Caller admin() {
    return user(null, Roles.PLATFORM_ADMIN);
  }

  /** Registers an organisation (as a platform admin) and returns its id. */
  public static String organisation(
      uk.svkit.api.organisation.application.OrganisationService organisations,
      String name,
      uk.svkit.api.organisation.domain.OrganisationRole... roles) {
    return as(
        admin(),
        () ->
            organisations
                .register(
                    name,
                    java.util.EnumSet.copyOf(List.of(roles)),
                    uniqueCompanyIdentifier(),
                    List.of())
                .id());
  }

  /**
   * The rows a query reads from the committed state of the test database, each as its columns'
   * values joined with {@code |}: for what a service wrote but does not read back (events).
   */
  public static List<String> rows(String sql, Object... parameters) {
    try (Connection c = TestDatabase.dataSource().getConnection();
        PreparedStatement select = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      List<String> rows = new ArrayList<>();
      try (ResultSet r = select.executeQuery()) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          StringBuilder row = new StringBuilder();
          for (int i = 1; i <= columns; i++) {
            row.append(i == 1 ? "" : "|").append(r.getString(i));
          }
          rows.add(row.toString());
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A Companies House number no other organisation of this test run has. */
  public static String uniqueCompanyIdentifier() {
    return "GB-COH-" + SEQUENCE.incrementAndGet();
  }
}
