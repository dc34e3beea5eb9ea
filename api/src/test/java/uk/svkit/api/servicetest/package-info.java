/**
 * A small harness that runs the application services for real in unit tests, without a server and
 * without mocks of our own database.
 *
 * <ul>
 *   <li><b>Database:</b> one in-memory H2 per test run, migrated by the application's Flyway
 *       migrations ({@code db/migration} and {@code db/vendor/h2}); the application's persistence
 *       unit on EclipseLink (Liberty's jpa-3.1 provider), resource-local ({@link TestDatabase}).
 *   <li><b>Transactions:</b> {@code @Transactional} (every TxType, JTA's rollback rules) maps onto
 *       one resource-local transaction per thread; the JDBC repositories get that transaction's
 *       connection through {@code jdbc/svkit}, so JDBC and JPA writes commit or roll back together
 *       as on the server ({@link Transactions}, {@link TransactionalInterceptor}).
 *   <li><b>CDI:</b> one Weld SE container per test run holding the beans of the {@code
 *       application}, {@code domain} and {@code infrastructure} packages of the contexts under test
 *       and those they use (never {@code rest}); {@code @ConfigProperty} from the application's
 *       microprofile-config.properties through SmallRye Config ({@link Services}).
 *   <li><b>Time and tenancy:</b> {@link TestClock} is the injected {@link java.time.Clock}; {@link
 *       Services#as} runs work as a {@link uk.svkit.api.platform.security.Caller} in a request
 *       context, as the HTTP filters do, so {@code Tenancy} applies as it does on the server.
 * </ul>
 *
 * <p>A test class is annotated {@link ServiceTest} and {@code @Inject}s the services it drives.
 * Tests share the database as integration tests share a server: each creates its own organisations
 * (with {@link Services#uniqueCompanyIdentifier}) and records, and sets the clock it needs.
 */
package uk.svkit.api.servicetest;
